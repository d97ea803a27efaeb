/// Decides whether supplies can be routed at all, with Dinic's max-flow from a
/// super source to a super sink. Cost scaling assumes a feasible instance: on an
/// infeasible one its prices would fall forever instead of stopping.
enum FeasibilityCheck {
    static func isFeasible(nodeCount: Int, tails: [Int32], heads: [Int32], capacities: [Int], supplies: [Int]) -> Bool {
        let source = nodeCount, sink = nodeCount + 1
        var extendedTails = tails, extendedHeads = heads, extendedCapacities = capacities
        var required = 0
        for node in 0..<nodeCount {
            let supply = supplies[node]
            if supply > 0 {
                extendedTails.append(Int32(source)); extendedHeads.append(Int32(node))
                extendedCapacities.append(supply)
                required += supply
            } else if supply < 0 {
                extendedTails.append(Int32(node)); extendedHeads.append(Int32(sink))
                extendedCapacities.append(-supply)
            }
        }
        if required == 0 { return true }
        let graph = ResidualGraph(
            nodeCount: nodeCount + 2, tails: extendedTails, heads: extendedHeads,
            capacities: extendedCapacities, costs: [Int](repeating: 0, count: extendedTails.count)
        )
        return maximumFlow(graph, from: source, to: sink) == required
    }

    private static func maximumFlow(_ graph: ResidualGraph, from source: Int, to sink: Int) -> Int {
        let nodeCount = graph.nodeCount
        var level = [Int32](repeating: -1, count: nodeCount)
        var current = [Int32](repeating: 0, count: nodeCount)
        var queue = [Int32](repeating: 0, count: nodeCount)
        var total = 0
        while true {
            for node in 0..<nodeCount { level[node] = -1 }
            level[source] = 0
            queue[0] = Int32(source)
            var front = 0, back = 1
            while front < back {
                let node = Int(queue[front]); front += 1
                for arc in Int(graph.firstArc[node])..<Int(graph.firstArc[node + 1]) where graph.residual[arc] > 0 {
                    let next = Int(graph.head[arc])
                    if level[next] < 0 {
                        level[next] = level[node] + 1
                        queue[back] = Int32(next); back += 1
                    }
                }
            }
            if level[sink] < 0 { return total }
            for node in 0..<nodeCount { current[node] = graph.firstArc[node] }
            while true {
                let pushed = blockingPush(graph, node: source, sink: sink, limit: Int.max, level: &level, current: &current)
                if pushed == 0 { break }
                total += pushed
            }
        }
    }

    // Iterative depth-first search would avoid deep recursion; the path length is bounded by the BFS level count,
    // so recursion depth stays at the graph's layered depth, which is acceptable for the instances we check.
    private static func blockingPush(
        _ graph: ResidualGraph, node: Int, sink: Int, limit: Int, level: inout [Int32], current: inout [Int32]
    ) -> Int {
        if node == sink { return limit }
        let end = Int(graph.firstArc[node + 1])
        while Int(current[node]) < end {
            let arc = Int(current[node])
            let next = Int(graph.head[arc])
            if graph.residual[arc] > 0 && level[next] == level[node] + 1 {
                let pushed = blockingPush(
                    graph, node: next, sink: sink, limit: min(limit, graph.residual[arc]), level: &level, current: &current
                )
                if pushed > 0 {
                    graph.residual[arc] -= pushed
                    graph.residual[Int(graph.sister[arc])] += pushed
                    return pushed
                }
            }
            current[node] += 1
        }
        return 0
    }
}
