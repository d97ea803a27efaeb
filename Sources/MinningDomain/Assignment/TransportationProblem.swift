/// Workers (each can fill at most one vacancy, or none) and vacancies (each
/// with a number of remaining openings), joined by candidate pairs that carry
/// an integer benefit. Solving maximises the total benefit of the chosen pairs.
public struct TransportationProblem: Sendable, Equatable {
    public struct Candidate: Sendable, Hashable {
        public var worker: Int
        public var vacancy: Int
        public var benefit: Int

        public init(worker: Int, vacancy: Int, benefit: Int) {
            self.worker = worker
            self.vacancy = vacancy
            self.benefit = benefit
        }
    }

    public let workerCount: Int
    public let vacancyCapacities: [Int]
    public let candidates: [Candidate]

    public var vacancyCount: Int { vacancyCapacities.count }

    public init(workerCount: Int, vacancyCapacities: [Int], candidates: [Candidate]) throws(TransportationProblemError) {
        guard workerCount >= 0 else { throw .negativeWorkerCount(workerCount) }
        if let vacancy = vacancyCapacities.firstIndex(where: { $0 < 0 }) {
            throw .negativeCapacity(vacancy: vacancy, capacity: vacancyCapacities[vacancy])
        }
        for candidate in candidates {
            guard candidate.worker >= 0 && candidate.worker < workerCount,
                  candidate.vacancy >= 0 && candidate.vacancy < vacancyCapacities.count
            else { throw .candidateOutOfRange(candidate) }
            guard candidate.benefit >= 0 else { throw .negativeBenefit(candidate) }
            // Benefits are scaled by the node count during solving; this bound keeps that exact in 64 bits.
            guard candidate.benefit <= TransportationProblem.largestBenefit else { throw .benefitTooLarge(candidate) }
        }
        self.workerCount = workerCount
        self.vacancyCapacities = vacancyCapacities
        self.candidates = candidates
    }

    /// 2^31 − 1: with up to ~2^24 nodes the scaled prices still fit comfortably in 64 bits.
    public static let largestBenefit = Int(Int32.max)
}
