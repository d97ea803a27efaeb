/// A phone number another worker already gave. Families often share one, so it is accepted; the
/// clerk is told, in case it was typed from the wrong line of a list.
public enum SharedPhone {
    public static func warning(otherWorkers: Int) -> FieldIssue {
        FieldIssue(field: "phone", message: .sharedPhone(otherWorkers: otherWorkers))
    }
}
