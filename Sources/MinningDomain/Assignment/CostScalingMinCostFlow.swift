/// Exact minimum-cost flow by Goldberg's cost-scaling push-relabel.
///
/// Costs are multiplied by `nodeCount + 1`; a flow that is 1-optimal for the
/// scaled costs is (1/(n+1))-optimal for the original integer costs, and any
/// negative cycle would cost at most -1, so none exists: the flow is optimal.
public enum CostScalingMinCostFlow {
    /// The factor by which epsilon shrinks between refinements.
    static let scalingFactor = 8

    public static func solve(_ network: MinCostFlowNetwork) -> MinCostFlowResult {
        solve(network, knownFeasible: false)
    }

    static func solve(_ network: MinCostFlowNetwork, knownFeasible: Bool) -> MinCostFlowResult {
        let nodeCount = network.nodeCount
        var supplies = network.supplies
        var capacities = network.capacities
        var constantCost = 0
        // Lower bounds become fixed flow moved into the supplies, leaving a problem with all lower bounds zero.
        for index in 0..<network.arcCount {
            let lower = network.lowerBounds[index]
            guard lower != 0 else { continue }
            supplies[Int(network.tails[index])] -= lower
            supplies[Int(network.heads[index])] += lower
            capacities[index] -= lower
            constantCost += lower * network.costs[index]
        }
        var balance = 0
        for supply in supplies { balance += supply }
        guard balance == 0 else { return .infeasible }
        if !knownFeasible {
            guard FeasibilityCheck.isFeasible(
                nodeCount: nodeCount, tails: network.tails, heads: network.heads,
                capacities: capacities, supplies: supplies
            ) else { return .infeasible }
        }

        let multiplier = nodeCount + 1
        var largestCost = 0
        for cost in network.costs { largestCost = max(largestCost, cost.magnitude > UInt(Int.max) ? Int.max : abs(cost)) }
        // Prices move by at most a few n·epsilon per refinement; keep that comfortably inside 64 bits.
        let (scaledLargest, overflowA) = largestCost.multipliedReportingOverflow(by: multiplier)
        let (priceBound, overflowB) = scaledLargest.multipliedReportingOverflow(by: 4 * (nodeCount + 2))
        guard !overflowA, !overflowB, priceBound < Int.max / 4 else { return .costRangeTooLarge }

        let scaledCosts = network.costs.map { $0 * multiplier }
        let graph = ResidualGraph(
            nodeCount: nodeCount, tails: network.tails, heads: network.heads,
            capacities: capacities, costs: scaledCosts
        )
        let engine = PushRelabelRefiner(graph: graph, supplies: supplies)
        var epsilon = max(scaledLargest, 1)
        repeat {
            epsilon = max(1, epsilon / scalingFactor)
            engine.refine(epsilon: epsilon)
        } while epsilon > 1

        var flows = [Int](repeating: 0, count: network.arcCount)
        var totalCost = constantCost
        for index in 0..<network.arcCount {
            // Self-loops are not in the residual graph; only a negative one is worth using, to capacity.
            let free = graph.flow(ofInputArc: index) ?? (network.costs[index] < 0 ? capacities[index] : 0)
            flows[index] = free + network.lowerBounds[index]
            totalCost += free * network.costs[index]
        }
        return .optimal(MinCostFlowSolution(totalCost: totalCost, flows: flows))
    }
}
