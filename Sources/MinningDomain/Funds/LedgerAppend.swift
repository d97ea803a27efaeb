/// What a clerk asks the ledger to append: a new entry, or a reversal of an earlier one (which
/// copies its pairing, year, amount and project).
public enum LedgerAppend: Sendable, Equatable {
    case entry(NewLedgerEntry)
    case reversal(LedgerReversal)
}

public struct LedgerReversal: Sendable, Equatable {
    public let position: Int
    public let entryDate: CalendarDay
    public let documentNumber: String

    public init(position: Int, entryDate: CalendarDay, documentNumber: String) {
        self.position = position
        self.entryDate = entryDate
        self.documentNumber = documentNumber
    }
}

extension NewLedgerEntry {
    /// What is wrong with the entry, given the years its pairing runs (nil end: still running) and
    /// whether its project, if it names one, belongs to that pairing.
    public func problems(pairingRuns start: Int, to end: Int?, projectOfPairing: Bool) -> [FieldIssue] {
        var issues: [FieldIssue] = []
        if year < start || year > (end ?? 2100) {
            issues.append(FieldIssue(field: "year", message: .pairingYears(start: start, end: end, year: year)))
        }
        if projectId != nil, !projectOfPairing {
            issues.append(FieldIssue(field: "project_id", message: .noProjectOfPairing))
        }
        if projectId != nil, kind != .expenditure {
            issues.append(FieldIssue(field: "project_id", message: .onlyExpenditureForProject))
        }
        return issues
    }
}
