/// An optimal assignment: `vacancyOfWorker[w]` is the vacancy worker `w` fills, or nil.
public struct TransportationAssignment: Sendable, Equatable {
    public let vacancyOfWorker: [Int?]
    /// Sum of the benefits of the chosen pairs, pins included.
    public let totalBenefit: Int

    public init(vacancyOfWorker: [Int?], totalBenefit: Int) {
        self.vacancyOfWorker = vacancyOfWorker
        self.totalBenefit = totalBenefit
    }

    public var assignedCount: Int { vacancyOfWorker.reduce(0) { $0 + ($1 == nil ? 0 : 1) } }
}
