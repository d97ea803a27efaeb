/// One epsilon-refinement of cost scaling: turns an (alpha·epsilon)-optimal
/// flow into an epsilon-optimal one by push-relabel on admissible arcs
/// (residual arcs of negative reduced cost), FIFO order, with a global price
/// update (Goldberg's "price update" heuristic) at the start and after every
/// `nodeCount` relabels, which keeps pushes aimed at the nearest deficits.
final class PushRelabelRefiner {
    let graph: ResidualGraph
    let nodeCount: Int
    let price: UnsafeMutablePointer<Int>
    let excess: UnsafeMutablePointer<Int>
    let current: UnsafeMutablePointer<Int32>
    let queue: UnsafeMutablePointer<Int32>
    private var queueFront = 0
    private var queueCount = 0
    private let priceUpdate: GlobalPriceUpdate

    init(graph: ResidualGraph, supplies: [Int]) {
        self.graph = graph
        nodeCount = graph.nodeCount
        price = .allocate(capacity: max(nodeCount, 1))
        price.initialize(repeating: 0, count: max(nodeCount, 1))
        excess = .allocate(capacity: max(nodeCount, 1))
        for node in 0..<nodeCount { excess[node] = supplies[node] }
        current = .allocate(capacity: max(nodeCount, 1))
        queue = .allocate(capacity: max(nodeCount, 1))
        priceUpdate = GlobalPriceUpdate(nodeCount: nodeCount)
    }

    deinit {
        price.deallocate()
        excess.deallocate()
        current.deallocate()
        queue.deallocate()
    }

    private func enqueue(_ node: Int32) {
        var slot = queueFront + queueCount
        if slot >= nodeCount { slot -= nodeCount }
        queue[slot] = node
        queueCount += 1
    }

    func refine(epsilon: Int) {
        let firstArc = graph.firstArc, head = graph.head, sister = graph.sister
        let residual = graph.residual, cost = graph.cost
        // Saturating every negative-reduced-cost arc makes the pseudoflow 0-optimal; push-relabel then restores balance.
        for node in 0..<nodeCount {
            let nodePrice = price[node]
            for arc in Int(firstArc[node])..<Int(firstArc[node + 1]) {
                let amount = residual[arc]
                guard amount > 0 else { continue }
                let tip = Int(head[arc])
                if cost[arc] + nodePrice - price[tip] < 0 {
                    residual[arc] = 0
                    residual[Int(sister[arc])] += amount
                    excess[node] -= amount
                    excess[tip] += amount
                }
            }
        }
        queueFront = 0
        queueCount = 0
        for node in 0..<nodeCount {
            current[node] = firstArc[node]
            if excess[node] > 0 { enqueue(Int32(node)) }
        }
        if queueCount == 0 { return }
        priceUpdate.run(graph: graph, price: price, excess: excess, epsilon: epsilon)
        var relabelsSinceUpdate = 0
        let updateInterval = max(nodeCount, 64)

        while queueCount > 0 {
            let node = Int(queue[queueFront])
            queueFront += 1
            if queueFront == nodeCount { queueFront = 0 }
            queueCount -= 1

            var remaining = excess[node]
            var nodePrice = price[node]
            var arc = Int(current[node])
            let end = Int(firstArc[node + 1])
            let begin = Int(firstArc[node])
            while true {
                while arc < end {
                    let capacity = residual[arc]
                    if capacity > 0 {
                        let tip = Int(head[arc])
                        if cost[arc] + nodePrice - price[tip] < 0 {
                            let delta = remaining < capacity ? remaining : capacity
                            residual[arc] = capacity - delta
                            residual[Int(sister[arc])] += delta
                            let before = excess[tip]
                            excess[tip] = before + delta
                            if before <= 0 && before + delta > 0 { enqueue(Int32(tip)) }
                            remaining -= delta
                            if remaining == 0 { break }
                        }
                    }
                    arc += 1
                }
                if remaining == 0 { break }
                // Relabel: lower the price just enough that the cheapest residual arc becomes admissible by epsilon.
                var best = Int.min
                var bestArc = begin
                for candidate in begin..<end where residual[candidate] > 0 {
                    let value = price[Int(head[candidate])] - cost[candidate]
                    if value > best { best = value; bestArc = candidate }
                }
                nodePrice = best - epsilon
                arc = bestArc
                relabelsSinceUpdate += 1
            }
            excess[node] = 0
            price[node] = nodePrice
            current[node] = Int32(arc)
            if relabelsSinceUpdate >= updateInterval {
                relabelsSinceUpdate = 0
                priceUpdate.run(graph: graph, price: price, excess: excess, epsilon: epsilon)
                for node in 0..<nodeCount { current[node] = firstArc[node] }
            }
        }
    }
}
