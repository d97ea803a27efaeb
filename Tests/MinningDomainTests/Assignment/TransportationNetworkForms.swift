@testable import MinningDomain
import MinningTestSupport

/// Writes a transportation problem as a min-cost-flow network in the forms other
/// tools use, with arcs in random order and small extra costs on the bypass and
/// vacancy arcs, so the recogniser is tested on more than the one form we write.
enum TransportationNetworkForms {
    enum WayOut: CaseIterable {
        /// Every unit must be assigned.
        case none
        /// worker→sink, at a cost.
        case toSink
        /// worker→dummy vacancy, the dummy able to take every unit.
        case dummyColumn
        /// worker→dummy vacancy sized to balance the classic table: it is just one more vacancy.
        case balancingDummy
    }

    /// One supply node per worker (its units), worker→vacancy arcs able to carry all of them, vacancy→sink arcs.
    static func suppliedWorkers(
        _ problem: TransportationProblem, units: [Int], wayOut: WayOut, using generator: inout SplitMix64
    ) -> MinCostFlowNetwork {
        let workers = problem.workerCount, vacancies = problem.vacancyCount
        let dummy = workers + vacancies, sink = dummy + 1
        let total = units.reduce(0, +)
        var arcs: [MinCostFlowNetwork.Arc] = []
        for candidate in problem.candidates {
            arcs.append(.init(from: candidate.worker, to: workers + candidate.vacancy,
                              capacity: units[candidate.worker] + Int.random(in: 0...1, using: &generator),
                              cost: -candidate.benefit))
        }
        for (vacancy, capacity) in problem.vacancyCapacities.enumerated() {
            arcs.append(.init(from: workers + vacancy, to: sink, capacity: capacity, cost: Int.random(in: 0...3, using: &generator)))
        }
        for worker in 0..<workers {
            let cost = Int.random(in: -4...4, using: &generator)
            switch wayOut {
            case .none: break
            case .toSink: arcs.append(.init(from: worker, to: sink, capacity: units[worker], cost: cost))
            case .dummyColumn, .balancingDummy: arcs.append(.init(from: worker, to: dummy, capacity: units[worker], cost: cost))
            }
        }
        switch wayOut {
        case .dummyColumn: arcs.append(.init(from: dummy, to: sink, capacity: total, cost: 0))
        case .balancingDummy:
            arcs.append(.init(from: dummy, to: sink, capacity: max(0, total - problem.vacancyCapacities.reduce(0, +)), cost: 0))
        case .none, .toSink: break
        }
        arcs.shuffle(using: &generator)
        var network = MinCostFlowNetwork(nodeCount: sink + 1)
        for arc in arcs { network.addArc(arc) }
        for worker in 0..<workers { network.setSupply(units[worker], of: worker) }
        network.setSupply(-total, of: sink)
        return network
    }

    /// One source feeding each worker its units at a cost, a source→sink bypass, and optionally worker→sink arcs too.
    static func fedWorkers(
        _ problem: TransportationProblem, units: [Int], workerBypass: Bool, using generator: inout SplitMix64
    ) -> MinCostFlowNetwork {
        let workers = problem.workerCount, vacancies = problem.vacancyCount
        let source = workers + vacancies, sink = source + 1
        let supply = units.reduce(0, +) + Int.random(in: 0...2, using: &generator)
        var arcs: [MinCostFlowNetwork.Arc] = []
        for worker in 0..<workers {
            arcs.append(.init(from: source, to: worker, capacity: units[worker], cost: Int.random(in: 0...2, using: &generator)))
            if workerBypass {
                arcs.append(.init(from: worker, to: sink, capacity: units[worker], cost: Int.random(in: -3...3, using: &generator)))
            }
        }
        for candidate in problem.candidates {
            arcs.append(.init(from: candidate.worker, to: workers + candidate.vacancy,
                              capacity: units[candidate.worker], cost: -candidate.benefit))
        }
        for (vacancy, capacity) in problem.vacancyCapacities.enumerated() {
            arcs.append(.init(from: workers + vacancy, to: sink, capacity: capacity, cost: Int.random(in: 0...3, using: &generator)))
        }
        arcs.append(.init(from: source, to: sink, capacity: supply, cost: Int.random(in: 0...2, using: &generator)))
        arcs.shuffle(using: &generator)
        var network = MinCostFlowNetwork(nodeCount: sink + 1)
        for arc in arcs { network.addArc(arc) }
        network.setSupply(supply, of: source)
        network.setSupply(-supply, of: sink)
        return network
    }

    /// Units per worker: all 1, or up to `most`.
    static func units(_ workers: Int, most: Int, using generator: inout SplitMix64) -> [Int] {
        (0..<workers).map { _ in Int.random(in: 1...most, using: &generator) }
    }
}
