/// A phone number another worker already gave. Families often share one, so it is accepted; the
/// clerk is told, in case it was typed from the wrong line of a list.
public enum SharedPhone {
    public static func warning(otherWorkers: Int) -> FieldIssue {
        FieldIssue(field: "phone", message: "is also the phone of \(otherWorkers) other worker(s); accepted, since families often share one: check that it is right")
    }
}
