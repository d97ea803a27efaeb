@testable import MinningDomain

/// A deliberately simple reference solver to check the fast ones against:
/// saturate every negative arc (so no negative cycle remains in the residual
/// graph), then route the resulting imbalances along Bellman–Ford shortest paths.
/// Returns nil when the supplies cannot be routed.
enum SuccessiveShortestPathReference {
    static func minimumCost(_ network: MinCostFlowNetwork) -> Int? {
        let nodeCount = network.nodeCount
        var heads: [Int] = [], residual: [Int] = [], costs: [Int] = [], tails: [Int] = []
        var excess = network.supplies
        var total = 0
        func addPair(_ from: Int, _ to: Int, _ capacity: Int, _ cost: Int) {
            tails.append(from); heads.append(to); residual.append(capacity); costs.append(cost)
            tails.append(to); heads.append(from); residual.append(0); costs.append(-cost)
        }
        for arc in network.arcs {
            let lower = arc.lowerBound
            excess[arc.from] -= lower
            excess[arc.to] += lower
            total += lower * arc.cost
            let free = arc.capacity - lower
            if arc.cost < 0 {
                // Start with the arc full: its reverse (positive cost) lets the flow be withdrawn later.
                excess[arc.from] -= free
                excess[arc.to] += free
                total += free * arc.cost
                addPair(arc.to, arc.from, free, -arc.cost)
            } else {
                addPair(arc.from, arc.to, free, arc.cost)
            }
        }
        guard excess.reduce(0, +) == 0 else { return nil }
        let source = nodeCount, sink = nodeCount + 1
        for node in 0..<nodeCount {
            if excess[node] > 0 { addPair(source, node, excess[node], 0) }
            if excess[node] < 0 { addPair(node, sink, -excess[node], 0) }
        }
        let required = excess.filter { $0 > 0 }.reduce(0, +)
        var routed = 0
        let infinity = Int.max / 4
        while routed < required {
            var distance = [Int](repeating: infinity, count: nodeCount + 2)
            var via = [Int](repeating: -1, count: nodeCount + 2)
            distance[source] = 0
            var changed = true
            var rounds = 0
            while changed && rounds <= nodeCount + 2 {
                changed = false
                rounds += 1
                for arc in 0..<heads.count where residual[arc] > 0 && distance[tails[arc]] < infinity {
                    let candidate = distance[tails[arc]] + costs[arc]
                    if candidate < distance[heads[arc]] {
                        distance[heads[arc]] = candidate
                        via[heads[arc]] = arc
                        changed = true
                    }
                }
            }
            guard distance[sink] < infinity else { return nil }
            var bottleneck = Int.max
            var node = sink
            while node != source { bottleneck = min(bottleneck, residual[via[node]]); node = tails[via[node]] }
            node = sink
            while node != source {
                let arc = via[node]
                residual[arc] -= bottleneck
                residual[arc ^ 1] += bottleneck
                total += bottleneck * costs[arc]
                node = tails[arc]
            }
            routed += bottleneck
        }
        return total
    }
}
