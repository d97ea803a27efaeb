import Testing
@testable import MinningDomain
import MinningTestSupport

@Suite("Transportation shapes: recognised forms")
struct TransportationShapeTests {
    /// The recognised fast path against general cost scaling (and, when small, the SSP reference);
    /// returns whether the instance was feasible.
    @discardableResult
    private func expectFastPathExact(_ network: MinCostFlowNetwork, small: Bool) throws -> Bool {
        let encoding = try #require(TransportationEncoding(network), "a transportation-shaped network was not recognised")
        let fast = try #require(encoding.solve(), "the recognised network fell back to the general path")
        let general = CostScalingMinCostFlow.solve(network)
        #expect(fast.solution?.totalCost == general.solution?.totalCost)
        #expect((fast == .infeasible) == (general == .infeasible))
        if small { #expect(fast.solution?.totalCost == SuccessiveShortestPathReference.minimumCost(network)) }
        guard let solution = fast.solution else { return false }
        #expect(network.violation(of: solution.flows) == nil)
        #expect(network.cost(of: solution.flows) == solution.totalCost)
        #expect(MinCostFlowSolver.solve(network) == fast)
        return true
    }

    private func problem(
        workers: ClosedRange<Int>, vacancies: ClosedRange<Int>, capacity: Int = 3, benefit: Int = 20,
        density: Double = 0.5, using generator: inout SplitMix64
    ) -> TransportationProblem {
        RandomInstances.transportation(
            workers: workers, vacancies: vacancies, maximumCapacity: capacity, maximumBenefit: benefit,
            density: density, using: &generator
        )
    }

    @Test("the single-source form with a bypass, as minCostFlowNetwork() writes it: 200 instances")
    func singleSource() throws {
        var generator = SplitMix64(seed: 17_401)
        for round in 0..<200 {
            let small = round < 150
            let problem = problem(workers: small ? 1...7 : 40...150, vacancies: small ? 1...4 : 5...30,
                                  benefit: small ? 20 : 10_000, density: small ? 0.5 : 0.2, using: &generator)
            try expectFastPathExact(problem.minCostFlowNetwork(), small: small)
        }
    }

    @Test("one supply node per worker, 1 or k units, each way out (none, to the sink, dummy columns): 480 instances",
          arguments: TransportationNetworkForms.WayOut.allCases)
    func suppliedWorkers(wayOut: TransportationNetworkForms.WayOut) throws {
        var generator = SplitMix64(seed: 17_402)
        var feasible = 0
        for round in 0..<120 {
            let small = round < 90
            let problem = problem(workers: small ? 1...6 : 30...120, vacancies: small ? 1...4 : 5...25,
                                  capacity: small ? 3 : 8, benefit: small ? 20 : 10_000,
                                  density: small ? 0.6 : 0.3, using: &generator)
            let units = TransportationNetworkForms.units(problem.workerCount, most: round % 2 == 0 ? 1 : 3, using: &generator)
            let network = TransportationNetworkForms.suppliedWorkers(problem, units: units, wayOut: wayOut, using: &generator)
            if try expectFastPathExact(network, small: small) { feasible += 1 }
        }
        #expect(feasible >= 20, "too few feasible instances to mean anything")
    }

    @Test("one source feeding workers 1 or k units, with and without worker→sink arcs: 240 instances",
          arguments: [false, true])
    func fedWorkers(workerBypass: Bool) throws {
        var generator = SplitMix64(seed: workerBypass ? 17_403 : 17_404)
        for round in 0..<120 {
            let small = round < 90
            let problem = problem(workers: small ? 1...6 : 30...120, vacancies: small ? 1...4 : 5...25,
                                  benefit: small ? 20 : 10_000, density: small ? 0.6 : 0.3, using: &generator)
            let units = TransportationNetworkForms.units(problem.workerCount, most: round % 2 == 0 ? 1 : 3, using: &generator)
            // With no pair at all the source cannot be told from a worker; such a trivial network may go either way.
            guard !problem.candidates.isEmpty else { continue }
            let network = TransportationNetworkForms.fedWorkers(problem, units: units, workerBypass: workerBypass, using: &generator)
            try expectFastPathExact(network, small: small)
        }
    }

    @Test("skewed: many workers, one to three vacancies with large capacities, in every form: 120 instances")
    func skewed() throws {
        var generator = SplitMix64(seed: 17_405)
        for round in 0..<120 {
            let problem = problem(workers: 40...200, vacancies: 1...3, capacity: 80, benefit: 10_000,
                                  density: 0.7, using: &generator)
            let units = [Int](repeating: 1, count: problem.workerCount)
            let network = switch round % 4 {
            case 0: problem.minCostFlowNetwork()
            case 1: TransportationNetworkForms.suppliedWorkers(problem, units: units, wayOut: .toSink, using: &generator)
            case 2: TransportationNetworkForms.suppliedWorkers(problem, units: units, wayOut: .dummyColumn, using: &generator)
            default: TransportationNetworkForms.fedWorkers(problem, units: units, workerBypass: false, using: &generator)
            }
            try expectFastPathExact(network, small: false)
        }
    }
}
