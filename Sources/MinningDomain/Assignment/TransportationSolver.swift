/// Solves the reduced transportation problem (no pins, only positive benefits)
/// and returns the indices of the chosen arcs, in increasing order.
enum TransportationSolver {
    static func solve(
        workerCount: Int, capacities: [Int],
        arcWorkers: [Int32], arcVacancies: [Int32], arcBenefits: [Int]
    ) -> [Int] {
        guard !arcWorkers.isEmpty else { return [] }
        return TransportationAuction(
            workerCount: workerCount, capacities: capacities,
            arcWorkers: arcWorkers, arcVacancies: arcVacancies, arcBenefits: arcBenefits
        ).solve()
    }

    /// The same problem through general cost scaling; kept as an independent cross-check.
    static func solveByCostScaling(
        workerCount: Int, capacities: [Int],
        arcWorkers: [Int32], arcVacancies: [Int32], arcBenefits: [Int]
    ) -> [Int] {
        guard !arcWorkers.isEmpty else { return [] }
        let vacancyCount = capacities.count
        let sink = workerCount + vacancyCount
        var network = MinCostFlowNetwork(nodeCount: sink + 1)
        network.reserveArcs(arcWorkers.count + workerCount + vacancyCount)
        for arc in 0..<arcWorkers.count {
            network.addArc(
                from: Int(arcWorkers[arc]), to: workerCount + Int(arcVacancies[arc]),
                capacity: 1, cost: -arcBenefits[arc]
            )
        }
        for worker in 0..<workerCount {
            network.addArc(from: worker, to: sink, capacity: 1, cost: 0)
            network.setSupply(1, of: worker)
        }
        for vacancy in 0..<vacancyCount where capacities[vacancy] > 0 {
            network.addArc(from: workerCount + vacancy, to: sink, capacity: capacities[vacancy], cost: 0)
        }
        network.setSupply(-workerCount, of: sink)
        guard case .optimal(let solution) = CostScalingMinCostFlow.solve(network, knownFeasible: true) else {
            preconditionFailure("the bypass arcs make every transportation problem feasible")
        }
        return (0..<arcWorkers.count).filter { solution.flows[$0] > 0 }
    }
}
