import Testing
@testable import MinningDomain
import MinningTestSupport

/// Networks one change away from a transportation shape: none may be recognised
/// (or, when the shape is read but cannot be mapped exactly, none may take the fast
/// path), and every one must still be solved exactly by the general path.
@Suite("Transportation shapes: look-alikes go to the general path")
struct TransportationLookalikeTests {
    enum Change: String, CaseIterable {
        case arcBetweenWorkers, vacancyWithSupply, vacancyWithDemand, relayNode, lowerBound,
             parallelSinkArcs, unitsSharingAnArc, sourceBypassTooSmall, sourceFeedsVacancy
    }

    @Test("look-alikes are not recognised and are solved exactly by the general path: 9 × 60 instances",
          arguments: Change.allCases)
    func lookalike(change: Change) throws {
        var generator = SplitMix64(seed: 17_500 + UInt64(Change.allCases.firstIndex(of: change)!))
        var changed = 0
        for _ in 0..<60 {
            let problem = RandomInstances.transportation(
                workers: 2...6, vacancies: 2...4, maximumCapacity: 3, maximumBenefit: 20, density: 0.6, using: &generator
            )
            guard let network = Self.apply(change, to: problem, using: &generator) else { continue }
            changed += 1
            #expect(TransportationEncoding(network)?.solve() == nil, "\(change) took the fast path")
            let result = MinCostFlowSolver.solve(network)
            #expect(result == CostScalingMinCostFlow.solve(network))
            #expect(result.solution?.totalCost == SuccessiveShortestPathReference.minimumCost(network))
        }
        #expect(changed >= 30)
    }

    @Test("the shape reader rejects structure, not just values")
    func structureRejected() {
        var generator = SplitMix64(seed: 17_600)
        let problem = RandomInstances.transportation(
            workers: 4...4, vacancies: 3...3, maximumCapacity: 2, maximumBenefit: 9, density: 0.8, using: &generator
        )
        for change in [Change.arcBetweenWorkers, .vacancyWithSupply, .vacancyWithDemand, .relayNode, .lowerBound,
                       .parallelSinkArcs, .sourceFeedsVacancy] {
            guard let network = Self.apply(change, to: problem, using: &generator) else { continue }
            #expect(TransportationShape(network) == nil, "\(change) read as a transportation shape")
        }
    }

    /// The network of `problem` in the one-supply-per-worker form, with `change` made; nil if it does not apply.
    static func apply(_ change: Change, to problem: TransportationProblem, using generator: inout SplitMix64) -> MinCostFlowNetwork? {
        let workers = problem.workerCount, vacancies = problem.vacancyCount
        let ones = [Int](repeating: 1, count: workers)
        let base = TransportationNetworkForms.suppliedWorkers(problem, units: ones, wayOut: .toSink, using: &generator)
        let sink = workers + vacancies + 1
        var arcs = base.arcs, supplies = base.supplies, extraNodes = 0
        // Vacancy 0 is the one changed; without a worker interested in it the change would leave a true shape.
        guard arcs.contains(where: { $0.to == workers && $0.from < workers }) else { return nil }
        switch change {
        case .arcBetweenWorkers:
            guard workers >= 2 else { return nil }
            arcs.append(.init(from: 0, to: 1, capacity: 1, cost: -7))
        case .vacancyWithSupply:
            supplies[workers] += 1
            supplies[sink] -= 1
        case .vacancyWithDemand:
            supplies[workers] -= 1
            supplies[sink] += 1
        case .relayNode:
            // Two workers feed it, so it is neither a worker (one source at most) nor a vacancy (it sends on to one).
            guard workers >= 2 else { return nil }
            let relay = sink + 1
            extraNodes = 1
            arcs.append(.init(from: 0, to: relay, capacity: 1, cost: -5))
            arcs.append(.init(from: 1, to: relay, capacity: 1, cost: -6))
            arcs.append(.init(from: relay, to: workers, capacity: 1, cost: -4))
        case .lowerBound:
            guard let index = arcs.firstIndex(where: { $0.from < workers && $0.to >= workers && $0.to < sink - 1 }) else { return nil }
            arcs[index].lowerBound = 1
        case .parallelSinkArcs:
            // A second, dearer way from vacancy 0 to the sink makes its cost a curve; two workers keep it a vacancy.
            guard Set(arcs.filter { $0.to == workers }.map(\.from)).count >= 2 else { return nil }
            arcs.append(.init(from: workers, to: sink, capacity: 2, cost: 5))
        case .unitsSharingAnArc:
            // Two units on worker w whose arc to vacancy 0 carries one, the vacancy scarce: the units would compete
            // for that arc, which no assignment of independent units can express.
            let interested = Set(arcs.filter { $0.to == workers }.map(\.from)).sorted()
            guard interested.count >= 2, let index = arcs.firstIndex(where: { $0.to == workers && $0.from == interested[0] }) else {
                return nil
            }
            let worker = interested[0]
            supplies[worker] += 1
            supplies[sink] -= 1
            for other in arcs.indices where arcs[other].from == worker { arcs[other].capacity = 2 }
            arcs[index].capacity = 1
            for other in arcs.indices where arcs[other].from == workers { arcs[other].capacity = 1 }
        case .sourceBypassTooSmall, .sourceFeedsVacancy:
            let fed = TransportationNetworkForms.fedWorkers(problem, units: ones, workerBypass: false, using: &generator)
            let source = workers + vacancies
            arcs = fed.arcs
            supplies = fed.supplies
            if change == .sourceFeedsVacancy {
                arcs.append(.init(from: source, to: workers, capacity: 1, cost: -3))
            } else {
                let bypass = arcs.firstIndex { $0.from == source && $0.to == sink }!
                arcs[bypass].capacity = supplies[source] - 1
            }
        }
        var network = MinCostFlowNetwork(nodeCount: sink + 1 + extraNodes)
        for arc in arcs { network.addArc(arc) }
        for (node, supply) in supplies.enumerated() { network.setSupply(supply, of: node) }
        return network
    }
}
