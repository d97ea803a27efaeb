extension TransportationProblem {
    /// The equivalent min-cost-flow network, for external solvers (via DIMACS) to confirm an optimum:
    /// its optimal cost is minus the maximum total benefit.
    ///
    /// Node 0 is the source with supply `workerCount`, nodes `1...workerCount` are the workers,
    /// the next `vacancyCount` nodes the vacancies, and the last node the sink with the matching
    /// demand. Source→worker arcs (capacity 1) cap each worker at one vacancy; a source→sink
    /// bypass (capacity `workerCount`, cost 0) lets workers stay unassigned, so the problem is
    /// always feasible and balanced, which both LEMON and OR-Tools require.
    public func minCostFlowNetwork() -> MinCostFlowNetwork {
        let source = 0
        let sink = workerCount + vacancyCount + 1
        var network = MinCostFlowNetwork(nodeCount: sink + 1)
        network.reserveArcs(workerCount + candidates.count + vacancyCount + 1)
        network.setSupply(workerCount, of: source)
        network.setSupply(-workerCount, of: sink)
        for worker in 0..<workerCount {
            network.addArc(from: source, to: 1 + worker, capacity: 1, cost: 0)
        }
        for candidate in candidates {
            network.addArc(
                from: 1 + candidate.worker, to: 1 + workerCount + candidate.vacancy,
                capacity: 1, cost: -candidate.benefit
            )
        }
        for vacancy in 0..<vacancyCount {
            network.addArc(from: 1 + workerCount + vacancy, to: sink, capacity: vacancyCapacities[vacancy], cost: 0)
        }
        network.addArc(from: source, to: sink, capacity: workerCount, cost: 0)
        return network
    }
}
