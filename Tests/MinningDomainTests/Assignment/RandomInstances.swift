@testable import MinningDomain
import MinningTestSupport

enum RandomInstances {
    static func transportation(
        workers: ClosedRange<Int>, vacancies: ClosedRange<Int>, maximumCapacity: Int, maximumBenefit: Int,
        density: Double, using generator: inout SplitMix64
    ) -> TransportationProblem {
        let workerCount = Int.random(in: workers, using: &generator)
        let vacancyCount = Int.random(in: vacancies, using: &generator)
        let capacities = (0..<vacancyCount).map { _ in Int.random(in: 1...maximumCapacity, using: &generator) }
        var candidates: [TransportationProblem.Candidate] = []
        for worker in 0..<workerCount {
            for vacancy in 0..<vacancyCount where Double.random(in: 0..<1, using: &generator) < density {
                candidates.append(.init(
                    worker: worker, vacancy: vacancy, benefit: Int.random(in: 0...maximumBenefit, using: &generator)
                ))
            }
        }
        // Shuffled so that tests do not depend on candidates arriving grouped by worker.
        candidates.shuffle(using: &generator)
        return try! TransportationProblem(workerCount: workerCount, vacancyCapacities: capacities, candidates: candidates)
    }

    static func network(
        nodes: ClosedRange<Int>, arcsPerNode: Int, using generator: inout SplitMix64
    ) -> MinCostFlowNetwork {
        let nodeCount = Int.random(in: nodes, using: &generator)
        var network = MinCostFlowNetwork(nodeCount: nodeCount)
        for _ in 0..<(nodeCount * arcsPerNode) {
            let from = Int.random(in: 0..<nodeCount, using: &generator)
            let to = Int.random(in: 0..<nodeCount, using: &generator)
            let capacity = Int.random(in: 0...8, using: &generator)
            let lower = Int.random(in: 0...3, using: &generator) == 0 ? Int.random(in: 0...capacity, using: &generator) : 0
            network.addArc(from: from, to: to, lowerBound: lower, capacity: capacity,
                           cost: Int.random(in: -20...50, using: &generator))
        }
        // Balanced supplies: pairs of +s / -s so that about half the instances are feasible.
        for _ in 0..<max(1, nodeCount / 2) {
            let amount = Int.random(in: 1...6, using: &generator)
            let giver = Int.random(in: 0..<nodeCount, using: &generator)
            let taker = Int.random(in: 0..<nodeCount, using: &generator)
            network.setSupply(network.supplies[giver] + amount, of: giver)
            network.setSupply(network.supplies[taker] - amount, of: taker)
        }
        return network
    }
}
