extension TransportationEncoding {
    /// The network's optimum through the specialised solver, or nil to hand it to general cost scaling.
    func solve() -> MinCostFlowResult? {
        guard let assignment = try? problem.solve() else { return nil }
        let vacancyOfCopy = assignment.vacancyOfWorker
        let kinds = shape.kinds
        let nodeCount = network.nodeCount
        for node in 0..<nodeCount where forced[node] {
            let first = Int(firstCopy[node])
            // The bonus outweighs every benefit, so a forced unit left out means no feasible flow exists.
            for copy in first..<(first + units[node]) where vacancyOfCopy[copy] == nil { return .infeasible }
        }
        // Parallel arcs for one pair: a unit travels on the best of them.
        var chosen = [Int32](repeating: -1, count: problem.workerCount)
        for (index, candidate) in problem.candidates.enumerated() where vacancyOfCopy[candidate.worker] == candidate.vacancy {
            let previous = Int(chosen[candidate.worker])
            if previous < 0 || problem.candidates[previous].benefit < candidate.benefit {
                chosen[candidate.worker] = Int32(index)
            }
        }
        var flows = [Int](repeating: 0, count: network.arcCount)
        for candidate in chosen where candidate >= 0 { flows[Int(candidateArc[Int(candidate)])] += 1 }

        var assigned = [Int](repeating: 0, count: nodeCount)
        for node in 0..<nodeCount where units[node] > 0 {
            let first = Int(firstCopy[node])
            for copy in first..<(first + units[node]) where vacancyOfCopy[copy] != nil { assigned[node] += 1 }
        }
        var parked = shape.source >= 0 ? network.supplies[shape.source] : 0
        for node in 0..<nodeCount where kinds[node] == .suppliedWorker || kinds[node] == .fedWorker {
            let unassigned = units[node] - assigned[node]
            let exit = Int(exitArc[node])
            if exit >= 0 { flows[exit] += unassigned }
            if kinds[node] == .fedWorker && feedArc[node] >= 0 {
                let entering = assigned[node] + (exit >= 0 ? unassigned : 0)
                flows[Int(feedArc[node])] = entering
                parked -= entering
            }
        }
        if sourceBypassArc >= 0 { flows[sourceBypassArc] = parked }
        var inflow = [Int](repeating: 0, count: nodeCount)
        for arc in 0..<network.arcCount where kinds[Int(network.heads[arc])] == .vacancy {
            inflow[Int(network.heads[arc])] += flows[arc]
        }
        for node in 0..<nodeCount where kinds[node] == .vacancy && shape.sinkArc[node] >= 0 {
            flows[Int(shape.sinkArc[node])] = inflow[node]
        }
        // A last guard against a mapping mistake: a flow that breaks a bound or a balance is never returned.
        guard network.violation(of: flows) == nil else { return nil }
        return .optimal(MinCostFlowSolution(totalCost: network.cost(of: flows), flows: flows))
    }
}
