import Testing
@testable import MinningDomain
import MinningTestSupport

@Suite("Transportation solver")
struct TransportationSolverTests {
    /// Checks that the assignment respects the problem and that its stated benefit is what it adds up to.
    private func expectValid(_ assignment: TransportationAssignment, for problem: TransportationProblem) {
        #expect(assignment.vacancyOfWorker.count == problem.workerCount)
        var best: [TransportationPair: Int] = [:]
        for candidate in problem.candidates {
            let pair = TransportationPair(worker: candidate.worker, vacancy: candidate.vacancy)
            best[pair] = max(best[pair] ?? Int.min, candidate.benefit)
        }
        var filled = [Int](repeating: 0, count: problem.vacancyCount)
        var total = 0
        for (worker, vacancy) in assignment.vacancyOfWorker.enumerated() {
            guard let vacancy else { continue }
            filled[vacancy] += 1
            let benefit = best[TransportationPair(worker: worker, vacancy: vacancy)]
            #expect(benefit != nil, "worker \(worker) got vacancy \(vacancy) without a candidate arc")
            total += benefit ?? 0
        }
        for vacancy in 0..<problem.vacancyCount {
            #expect(filled[vacancy] <= problem.vacancyCapacities[vacancy])
        }
        #expect(total == assignment.totalBenefit)
    }

    @Test("matches brute force, general cost scaling and the SSP reference on 400 tiny instances")
    func matchesBruteForce() throws {
        var generator = SplitMix64(seed: 20_240_601)
        for _ in 0..<400 {
            let problem = RandomInstances.transportation(
                workers: 0...6, vacancies: 1...4, maximumCapacity: 3, maximumBenefit: 12, density: 0.6,
                using: &generator
            )
            let assignment = try problem.solve()
            expectValid(assignment, for: problem)
            let truth = BruteForceTransportation.bestBenefit(problem)
            #expect(assignment.totalBenefit == truth)
            let network = problem.minCostFlowNetwork()
            #expect(CostScalingMinCostFlow.solve(network).solution?.totalCost == -truth)
            #expect(SuccessiveShortestPathReference.minimumCost(network) == -truth)
            let dispatched = try #require(MinCostFlowSolver.solve(network).solution)
            #expect(dispatched.totalCost == -truth)
            #expect(network.violation(of: dispatched.flows) == nil)
            #expect(network.cost(of: dispatched.flows) == -truth)
        }
    }

    @Test("matches the SSP reference on 40 medium instances with wide benefits and capacities")
    func matchesReferenceOnMediumInstances() throws {
        var generator = SplitMix64(seed: 77)
        for _ in 0..<40 {
            let problem = RandomInstances.transportation(
                workers: 20...120, vacancies: 5...40, maximumCapacity: 6, maximumBenefit: 10_000, density: 0.15,
                using: &generator
            )
            let assignment = try problem.solve()
            expectValid(assignment, for: problem)
            let reference = SuccessiveShortestPathReference.minimumCost(problem.minCostFlowNetwork())
            #expect(reference == -assignment.totalBenefit)
        }
    }

    @Test("ties between many equal benefits still give the optimum")
    func equalBenefits() throws {
        var generator = SplitMix64(seed: 5)
        for _ in 0..<200 {
            let problem = RandomInstances.transportation(
                workers: 1...6, vacancies: 1...4, maximumCapacity: 2, maximumBenefit: 1, density: 0.8,
                using: &generator
            )
            #expect(try problem.solve().totalBenefit == BruteForceTransportation.bestBenefit(problem))
        }
    }

    @Test("the same input always gives the same assignment")
    func deterministic() throws {
        var generator = SplitMix64(seed: 99)
        for _ in 0..<30 {
            let problem = RandomInstances.transportation(
                workers: 50...150, vacancies: 10...30, maximumCapacity: 4, maximumBenefit: 5, density: 0.2,
                using: &generator
            )
            let first = try problem.solve()
            let rebuilt = try TransportationProblem(
                workerCount: problem.workerCount, vacancyCapacities: problem.vacancyCapacities,
                candidates: problem.candidates
            )
            #expect(try rebuilt.solve() == first)
            #expect(try problem.solve() == first)
        }
    }

    @Test("pairs of benefit zero are never chosen")
    func zeroBenefitLeavesWorkerFree() throws {
        let problem = try TransportationProblem(
            workerCount: 2, vacancyCapacities: [2],
            candidates: [.init(worker: 0, vacancy: 0, benefit: 0), .init(worker: 1, vacancy: 0, benefit: 3)]
        )
        let assignment = try problem.solve()
        #expect(assignment.vacancyOfWorker == [nil, 0])
        #expect(assignment.totalBenefit == 3)
    }

    @Test("an empty problem has nothing to assign")
    func emptyProblem() throws {
        let problem = try TransportationProblem(workerCount: 3, vacancyCapacities: [], candidates: [])
        #expect(try problem.solve() == TransportationAssignment(vacancyOfWorker: [nil, nil, nil], totalBenefit: 0))
    }

    @Test("invalid problems are rejected with the offending element")
    func invalidProblem() {
        #expect(throws: TransportationProblemError.negativeCapacity(vacancy: 1, capacity: -1)) {
            try TransportationProblem(workerCount: 1, vacancyCapacities: [1, -1], candidates: [])
        }
        let outside = TransportationProblem.Candidate(worker: 2, vacancy: 0, benefit: 1)
        #expect(throws: TransportationProblemError.candidateOutOfRange(outside)) {
            try TransportationProblem(workerCount: 2, vacancyCapacities: [1], candidates: [outside])
        }
        let negative = TransportationProblem.Candidate(worker: 0, vacancy: 0, benefit: -1)
        #expect(throws: TransportationProblemError.negativeBenefit(negative)) {
            try TransportationProblem(workerCount: 2, vacancyCapacities: [1], candidates: [negative])
        }
    }
}

@Suite("Auction against cost scaling")
struct TransportationAuctionCrossCheckTests {
    @Test("agrees with general cost scaling on 30 larger instances, including openings beyond demand")
    func agreesWithCostScaling() throws {
        var generator = SplitMix64(seed: 1_000_003)
        for round in 0..<30 {
            let problem = RandomInstances.transportation(
                workers: 100...400, vacancies: 10...60, maximumCapacity: round % 3 == 0 ? 40 : 5,
                maximumBenefit: round % 2 == 0 ? 10_000 : 3, density: 0.1, using: &generator
            )
            let assignment = try problem.solve()
            let general = try #require(CostScalingMinCostFlow.solve(problem.minCostFlowNetwork()).solution)
            #expect(general.totalCost == -assignment.totalBenefit)
            var filled = [Int](repeating: 0, count: problem.vacancyCount)
            for vacancy in assignment.vacancyOfWorker.compactMap({ $0 }) { filled[vacancy] += 1 }
            #expect(zip(filled, problem.vacancyCapacities).allSatisfy { $0 <= $1 })
        }
    }
}
