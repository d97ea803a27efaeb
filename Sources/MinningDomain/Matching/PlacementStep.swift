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

    /// What the step lacks or carries wrongly, given the placement's start (for a separation).
    public func problems(hiredOn: CalendarDay?) -> [FieldIssue] {
        switch to {
        case .hired:
            return on == nil ? [FieldIssue(field: "on", message: "is required to hire: the first day of work")] : []
        case .separated:
            var issues: [FieldIssue] = []
            if on == nil { issues.append(FieldIssue(field: "on", message: "is required to separate: the last day of work")) }
            if reason == nil { issues.append(FieldIssue(field: "reason", message: "is required to separate")) }
            if let on, let hiredOn, on < hiredOn {
                issues.append(FieldIssue(field: "on", message: "must not be before the start, \(hiredOn)"))
            }
            return issues
        default:
            guard on != nil || reason != nil else { return [] }
            return [FieldIssue(field: on != nil ? "on" : "reason", message: "is only for hired or separated")]
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

extension PlacementRecord {
    /// The months this placement may record on `today`: from the month of hire to the month of
    /// separation, or to the current month while the worker stays (each as its first day). Nil
    /// before hiring. Not a `ClosedRange`: a hire dated after today makes `first` later than `last`.
    public func recordableMonths(today: CalendarDay) -> (first: CalendarDay, last: CalendarDay)? {
        guard let hiredOn, [.hired, .separated].contains(status) else { return nil }
        return (hiredOn.firstOfMonth, (separatedOn ?? today).firstOfMonth)
    }
}
