import Testing
@testable import MinningDomain
import MinningTestSupport

@Suite("Pinned and forbidden pairs")
struct TransportationPinTests {
    @Test("pins and forbids are honoured and the rest is optimal, on 300 tiny instances")
    func pinsAndForbidsMatchBruteForce() throws {
        var generator = SplitMix64(seed: 31_337)
        var checked = 0
        for _ in 0..<300 {
            let problem = RandomInstances.transportation(
                workers: 1...6, vacancies: 1...4, maximumCapacity: 3, maximumBenefit: 9, density: 0.6,
                using: &generator
            )
            guard !problem.candidates.isEmpty else { continue }
            var pinned: [TransportationPair] = []
            var pinnedWorkers = Set<Int>()
            var pinsPerVacancy = [Int](repeating: 0, count: problem.vacancyCount)
            var forbidden = Set<TransportationPair>()
            for candidate in problem.candidates {
                let pair = TransportationPair(worker: candidate.worker, vacancy: candidate.vacancy)
                let roll = Int.random(in: 0..<10, using: &generator)
                if roll == 0, !pinnedWorkers.contains(candidate.worker),
                   pinsPerVacancy[candidate.vacancy] < problem.vacancyCapacities[candidate.vacancy],
                   !forbidden.contains(pair) {
                    pinned.append(pair)
                    pinnedWorkers.insert(candidate.worker)
                    pinsPerVacancy[candidate.vacancy] += 1
                } else if roll <= 2, !pinned.contains(pair) {
                    forbidden.insert(pair)
                }
            }
            let assignment = try problem.solve(pinned: pinned, forbidden: forbidden)
            for pair in pinned { #expect(assignment.vacancyOfWorker[pair.worker] == pair.vacancy) }
            for (worker, vacancy) in assignment.vacancyOfWorker.enumerated() {
                if let vacancy, !pinned.contains(TransportationPair(worker: worker, vacancy: vacancy)) {
                    #expect(!forbidden.contains(TransportationPair(worker: worker, vacancy: vacancy)))
                }
            }
            #expect(assignment.totalBenefit
                    == BruteForceTransportation.bestBenefit(problem, pinned: pinned, forbidden: forbidden))
            checked += 1
        }
        #expect(checked > 250)
    }

    private let problem = try! TransportationProblem(
        workerCount: 3, vacancyCapacities: [1, 2],
        candidates: [
            .init(worker: 0, vacancy: 0, benefit: 5),
            .init(worker: 1, vacancy: 0, benefit: 7),
            .init(worker: 1, vacancy: 1, benefit: 1),
            .init(worker: 2, vacancy: 1, benefit: 2),
        ]
    )

    @Test("a pin overrides a better choice")
    func pinOverrides() throws {
        let assignment = try problem.solve(pinned: [TransportationPair(worker: 0, vacancy: 0)])
        #expect(assignment.vacancyOfWorker == [0, 1, 1])
        #expect(assignment.totalBenefit == 8)
    }

    @Test("a forbidden pair is never used")
    func forbidRemovesPair() throws {
        let assignment = try problem.solve(forbidden: [TransportationPair(worker: 1, vacancy: 0)])
        #expect(assignment.vacancyOfWorker == [0, 1, 1])
    }

    @Test("impossible pins are reported")
    func impossiblePins() {
        let first = TransportationPair(worker: 0, vacancy: 0)
        let second = TransportationPair(worker: 1, vacancy: 0)
        #expect(throws: TransportationPinError.capacityExhausted(second, capacity: 1)) {
            try problem.solve(pinned: [first, second])
        }
        let notCandidate = TransportationPair(worker: 0, vacancy: 1)
        #expect(throws: TransportationPinError.notACandidate(notCandidate)) {
            try problem.solve(pinned: [notCandidate])
        }
        let again = TransportationPair(worker: 1, vacancy: 1)
        #expect(throws: TransportationPinError.workerPinnedTwice(again, earlierVacancy: 0)) {
            try problem.solve(pinned: [second, again])
        }
        #expect(throws: TransportationPinError.forbidden(first)) {
            try problem.solve(pinned: [first], forbidden: [first])
        }
        let outside = TransportationPair(worker: 9, vacancy: 0)
        #expect(throws: TransportationPinError.outOfRange(outside)) {
            try problem.solve(pinned: [outside])
        }
    }
}
