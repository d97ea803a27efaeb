/// One step of a placement's life, as a bureau records it.
public struct PlacementStep: Sendable, Equatable {
    public let to: PlacementStatus
    /// The first day of work for `hired`, the last day for `separated`.
    public let on: CalendarDay?
    public let reason: String?

    public init(to: PlacementStatus, on: CalendarDay? = nil, reason: String? = nil) {
        self.to = to
        self.on = on
        self.reason = reason
    }

    /// What the step lacks or carries where it does not belong; its day is judged by `PlacementTimeline`.
    public func problems() -> [FieldIssue] {
        switch to {
        case .hired:
            return on == nil ? [FieldIssue(field: "on", message: .onRequiredToHire)] : []
        case .separated:
            var issues: [FieldIssue] = []
            if on == nil { issues.append(FieldIssue(field: "on", message: .onRequiredToSeparate)) }
            if reason == nil { issues.append(FieldIssue(field: "reason", message: .reasonRequiredToSeparate)) }
            return issues
        default:
            guard on != nil || reason != nil else { return [] }
            return [FieldIssue(field: on != nil ? "on" : "reason", message: .onlyForHiredOrSeparated)]
        }
    }
}

/// A month of work (稳岗) as the destination bureau verified it.
public struct MonthWorked: Sendable, Equatable {
    /// The first day of the month worked.
    public let month: CalendarDay
    /// Nil: the month was worked but no wage was paid.
    public let wagePaidFen: Int?
    public let verifiedBy: String

    public init(month: CalendarDay, wagePaidFen: Int?, verifiedBy: String) {
        self.month = month
        self.wagePaidFen = wagePaidFen
        self.verifiedBy = verifiedBy
    }
}
