/// Goldberg's price update: a bucket-based Dijkstra from the deficit nodes over
/// reverse residual arcs, where an arc of reduced cost `rc` is
/// `max(0, floor(rc / epsilon) + 1)` long. Lowering each node's price by
/// `epsilon · distance` keeps epsilon-optimality and gives every excess node an
/// admissible path toward a deficit, which saves long chains of single relabels.
final class GlobalPriceUpdate {
    private let nodeCount: Int
    private let maximumLevel: Int
    private let distance: UnsafeMutablePointer<Int>
    private let state: UnsafeMutablePointer<UInt8>
    private let next: UnsafeMutablePointer<Int32>
    private let previous: UnsafeMutablePointer<Int32>
    private let bucketFirst: UnsafeMutablePointer<Int32>

    private static let unreached: UInt8 = 0
    private static let queued: UInt8 = 1
    private static let scanned: UInt8 = 2

    init(nodeCount: Int) {
        self.nodeCount = nodeCount
        maximumLevel = nodeCount + 1
        let size = max(nodeCount, 1)
        distance = .allocate(capacity: size)
        state = .allocate(capacity: size)
        next = .allocate(capacity: size)
        previous = .allocate(capacity: size)
        bucketFirst = .allocate(capacity: maximumLevel + 1)
        bucketFirst.initialize(repeating: -1, count: maximumLevel + 1)
    }

    deinit {
        distance.deallocate()
        state.deallocate()
        next.deallocate()
        previous.deallocate()
        bucketFirst.deallocate()
    }

    private func insert(_ node: Int, level: Int) {
        let first = bucketFirst[level]
        next[node] = first
        previous[node] = -1
        if first >= 0 { previous[Int(first)] = Int32(node) }
        bucketFirst[level] = Int32(node)
    }

    private func remove(_ node: Int, level: Int) {
        let before = previous[node], after = next[node]
        if before >= 0 { next[Int(before)] = after } else { bucketFirst[level] = after }
        if after >= 0 { previous[Int(after)] = before }
    }

    func run(graph: ResidualGraph, price: UnsafeMutablePointer<Int>, excess: UnsafeMutablePointer<Int>, epsilon: Int) {
        let firstArc = graph.firstArc, head = graph.head, sister = graph.sister
        let residual = graph.residual, cost = graph.cost
        var pendingExcessNodes = 0
        for node in 0..<nodeCount {
            state[node] = Self.unreached
            distance[node] = Int.max
            if excess[node] > 0 { pendingExcessNodes += 1 }
        }
        guard pendingExcessNodes > 0 else { return }
        for node in 0..<nodeCount where excess[node] < 0 {
            distance[node] = 0
            state[node] = Self.queued
            insert(node, level: 0)
        }
        var level = 0
        scan: while level <= maximumLevel {
            while bucketFirst[level] >= 0 {
                let node = Int(bucketFirst[level])
                remove(node, level: level)
                state[node] = Self.scanned
                if excess[node] > 0 {
                    pendingExcessNodes -= 1
                    if pendingExcessNodes == 0 { break scan }
                }
                let nodePrice = price[node]
                for arc in Int(firstArc[node])..<Int(firstArc[node + 1]) {
                    let reverse = Int(sister[arc])
                    guard residual[reverse] > 0 else { continue }
                    let tail = Int(head[arc])
                    let tailState = state[tail]
                    if tailState == Self.scanned { continue }
                    let reducedCost = cost[reverse] + price[tail] - nodePrice
                    let length = reducedCost < 0 ? 0 : reducedCost / epsilon + 1
                    let candidate = min(level + length, maximumLevel)
                    if candidate < distance[tail] {
                        if tailState == Self.queued { remove(tail, level: distance[tail]) }
                        distance[tail] = candidate
                        state[tail] = Self.queued
                        insert(tail, level: candidate)
                    }
                }
            }
            level += 1
        }
        let finalLevel = min(level, maximumLevel)
        for node in 0..<nodeCount {
            let nodeState = state[node]
            if nodeState == Self.queued { remove(node, level: distance[node]) }
            let shift = nodeState == Self.scanned ? distance[node] : finalLevel
            if shift != 0 { price[node] -= shift * epsilon }
        }
    }
}
