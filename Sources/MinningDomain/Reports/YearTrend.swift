/// One year's headline figures, for the meeting pack's five-year view: what arrived and was spent
/// of the pairing funds, and how many people started work.
public struct YearFigures: Sendable, Equatable {
    public let year: Int
    public let transferredFen: Int
    public let spentFen: Int
    public let hired: Int

    public init(year: Int, transferredFen: Int, spentFen: Int, hired: Int) {
        self.year = year
        self.transferredFen = transferredFen
        self.spentFen = spentFen
        self.hired = hired
    }
}
