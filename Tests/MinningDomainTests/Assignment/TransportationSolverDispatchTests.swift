import Testing
@testable import MinningDomain
import MinningTestSupport

/// Many openings per vacancy go to cost scaling instead of the auction; both must stay exact on both kinds.
@Suite("Transportation solver: auction or cost scaling")
struct TransportationSolverDispatchTests {
    @Test("few vacancies with many openings go to cost scaling, many small vacancies to the auction")
    func dispatch() {
        let skewed: [Int32] = (0..<600).map { Int32($0 % 3) }
        #expect(TransportationSolver.manyOpeningsPerVacancy(capacities: [150, 150, 150], arcVacancies: skewed))
        let spread: [Int32] = (0..<600).map { Int32($0 % 60) }
        #expect(!TransportationSolver.manyOpeningsPerVacancy(capacities: [Int](repeating: 5, count: 60), arcVacancies: spread))
        // Openings beyond the workers interested cannot be used, so they do not count.
        #expect(!TransportationSolver.manyOpeningsPerVacancy(capacities: [1_000, 1_000], arcVacancies: [0, 0, 1, 1]))
    }

    @Test("the auction and cost scaling agree on both sides of the threshold: 40 instances")
    func bothExact() {
        var generator = SplitMix64(seed: 17_700)
        for round in 0..<40 {
            let problem = RandomInstances.transportation(
                workers: 60...200, vacancies: round % 2 == 0 ? 1...4 : 20...40, maximumCapacity: round % 2 == 0 ? 60 : 4,
                maximumBenefit: 10_000, density: 0.3, using: &generator
            )
            let positive = problem.candidates.filter { $0.benefit > 0 }
            let workers = positive.map { Int32($0.worker) }, vacancies = positive.map { Int32($0.vacancy) }
            let benefits = positive.map(\.benefit)
            let total = { (chosen: [Int]) in chosen.reduce(0) { $0 + benefits[$1] } }
            let auction = TransportationAuction(
                workerCount: problem.workerCount, capacities: problem.vacancyCapacities,
                arcWorkers: workers, arcVacancies: vacancies, arcBenefits: benefits
            ).solve()
            let scaling = TransportationSolver.solveByCostScaling(
                workerCount: problem.workerCount, capacities: problem.vacancyCapacities,
                arcWorkers: workers, arcVacancies: vacancies, arcBenefits: benefits
            )
            #expect(total(auction) == total(scaling))
        }
    }
}
