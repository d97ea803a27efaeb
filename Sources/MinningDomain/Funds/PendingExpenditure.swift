import Foundation

/// An expenditure above the confirmation threshold: recorded by one key, it waits until a second
/// key of a cooperation office confirms it, and only then is appended to the ledger (four eyes on
/// money). The balance rule is judged again at confirmation, against the ledger as it is then.
public struct PendingExpenditure: Sendable, Equatable {
    public enum Status: String, CaseIterable, Sendable, Codable {
        case pending
        case confirmed
    }

    public let id: UUID
    public let entry: NewLedgerEntry
    public let requestedByKey: UUID
    public let requestedByBureau: UUID
    public let requestedAt: Date
    public let status: Status
    public let confirmedByKey: UUID?
    public let ledgerPosition: Int?

    public init(
        id: UUID, entry: NewLedgerEntry, requestedByKey: UUID, requestedByBureau: UUID, requestedAt: Date, status: Status,
        confirmedByKey: UUID?, ledgerPosition: Int?
    ) {
        self.id = id
        self.entry = entry
        self.requestedByKey = requestedByKey
        self.requestedByBureau = requestedByBureau
        self.requestedAt = requestedAt
        self.status = status
        self.confirmedByKey = confirmedByKey
        self.ledgerPosition = ledgerPosition
    }
}

/// Which ledger entries take a second key.
public enum ExpenditureConfirmation {
    /// ¥100,000: MINNING_LEDGER_CONFIRMATION_FEN changes it.
    public static let defaultThresholdFen = 10_000_000

    /// Expenditures above the threshold; commitments, transfers and reversals move no money out.
    public static func isNeeded(for entry: NewLedgerEntry, thresholdFen: Int) -> Bool {
        entry.kind == .expenditure && entry.amountFen > thresholdFen
    }
}
