/// A dated fact of a placement entered wrong and set right: never by overwriting silently, always
/// with a reason, kept beside the old value (`placement_corrections`, the audit log).
public struct PlacementCorrection: Sendable, Equatable {
    public enum Fact: String, CaseIterable, Sendable, Codable {
        case hiredOn = "hired_on"
        case separatedOn = "separated_on"
    }

    public let fact: Fact
    public let to: CalendarDay
    public let reason: String

    public init(fact: Fact, to: CalendarDay, reason: String) {
        self.fact = fact
        self.to = to
        self.reason = reason
    }

    /// The fact as stored now, nil when the placement has not reached it.
    public func current(in placement: PlacementRecord) -> CalendarDay? {
        switch fact {
        case .hiredOn: placement.hiredOn
        case .separatedOn: placement.separatedOn
        }
    }

    /// The corrected day against the timeline: the steps around it and the months recorded
    /// (`months`, first days), which a hire may not come after and a separation not before.
    public func problems(for placement: PlacementRecord, months: [CalendarDay], today: CalendarDay) -> [FieldIssue] {
        guard let current = current(in: placement) else {
            return [FieldIssue(field: "fact", message: .factAbsent(fact, status: placement.status))]
        }
        guard to != current else { return [FieldIssue(field: "to", message: .alreadyRecordedDay(current))] }
        var issues: [FieldIssue] = []
        switch fact {
        case .hiredOn:
            let earliest = placement.acceptedOn ?? placement.proposedOn
            let latest = placement.separatedOn ?? today
            if to < earliest || to > latest {
                issues.append(FieldIssue(field: "to", message: .correctionRange(earliest, latest, lastDayOfWork: placement.separatedOn != nil)))
            }
            if let first = months.min(), to.firstOfMonth > first {
                issues.append(FieldIssue(field: "to", message: .notAfterWorkedMonth(first)))
            }
        case .separatedOn:
            guard let hiredOn = placement.hiredOn else { return issues }
            if to < hiredOn || to > today {
                issues.append(FieldIssue(field: "to", message: .hireCorrectionRange(hiredOn, today: today)))
            }
            if let last = months.max(), to.firstOfMonth < last {
                issues.append(FieldIssue(field: "to", message: .notBeforeWorkedMonth(last)))
            }
        }
        return issues
    }
}

/// What a placement's record of one month says.
public enum MonthFact: Sendable, Equatable, Codable {
    /// Worked, with the wage paid (nil: worked, not paid).
    case worked(wagePaidFen: Int?)
    /// Recorded in error: the worker did not work that month. The row stays, struck out, so that
    /// the history shows what was once counted; it counts for nothing.
    case notWorked

    public var worked: Bool { self != .notWorked }

    public var wagePaidFen: Int? {
        if case .worked(let wage) = self { return wage }
        return nil
    }

    public init(worked: Bool, wagePaidFen: Int?) {
        self = worked ? .worked(wagePaidFen: wagePaidFen) : .notWorked
    }

    /// For reasons and audit: "450000 fen", "unpaid", "not worked".
    public var text: String {
        switch self {
        case .worked(let wage?): "\(wage) fen"
        case .worked(nil): "unpaid"
        case .notWorked: "not worked"
        }
    }
}

/// A month's record set right: another wage, or struck out as not worked (or back again).
public struct MonthCorrection: Sendable, Equatable {
    /// The first day of the month.
    public let month: CalendarDay
    public let to: MonthFact
    public let reason: String

    public init(month: CalendarDay, to: MonthFact, reason: String) {
        self.month = month
        self.to = to
        self.reason = reason
    }
}
