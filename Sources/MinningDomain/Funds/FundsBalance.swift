/// What a pairing's year holds, counting only entries that have not been reversed. The rule the
/// ledger enforces: spending never exceeds what was transferred for that pairing and year.
public struct FundsBalance: Sendable, Equatable {
    public var committedFen: Int
    public var transferredFen: Int
    public var spentFen: Int

    public init(committedFen: Int = 0, transferredFen: Int = 0, spentFen: Int = 0) {
        self.committedFen = committedFen
        self.transferredFen = transferredFen
        self.spentFen = spentFen
    }

    public var availableFen: Int { transferredFen - spentFen }

    /// The balance after `kind` of `amount` is added (or, for a reversal, after the entry of
    /// `reversedKind` is cancelled); nil when that would spend more than was transferred.
    public func applying(_ kind: LedgerEntryKind, amountFen: Int, reversedKind: LedgerEntryKind? = nil) -> FundsBalance? {
        var next = self
        switch kind {
        case .commitment: next.committedFen += amountFen
        case .transfer: next.transferredFen += amountFen
        case .expenditure: next.spentFen += amountFen
        case .reversal:
            switch reversedKind {
            case .commitment: next.committedFen -= amountFen
            case .transfer: next.transferredFen -= amountFen
            case .expenditure: next.spentFen -= amountFen
            case .reversal, nil: return nil
            }
        }
        return next.spentFen <= next.transferredFen ? next : nil
    }
}
