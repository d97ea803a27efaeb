/// The residual graph in compressed-sparse-row form: every arc of the input
/// appears twice, forward at its tail and reverse at its head, and `sister`
/// links the two. Hot loops run on raw pointers because array bounds checks
/// and copy-on-write checks dominate otherwise.
final class ResidualGraph {
    let nodeCount: Int
    let residualArcCount: Int
    /// Arcs of node `v` are `firstArc[v]..<firstArc[v + 1]`.
    let firstArc: UnsafeMutablePointer<Int32>
    let head: UnsafeMutablePointer<Int32>
    let sister: UnsafeMutablePointer<Int32>
    let residual: UnsafeMutablePointer<Int>
    let cost: UnsafeMutablePointer<Int>
    /// Residual index of the forward copy of each input arc, `-1` for arcs left out (self-loops).
    let forwardPosition: [Int32]

    /// `capacities` are already reduced by lower bounds; `costs` are already scaled.
    init(nodeCount: Int, tails: [Int32], heads: [Int32], capacities: [Int], costs: [Int]) {
        self.nodeCount = nodeCount
        let arcCount = tails.count
        var degree = [Int32](repeating: 0, count: nodeCount + 1)
        var kept = 0
        for index in 0..<arcCount where tails[index] != heads[index] {
            degree[Int(tails[index])] += 1
            degree[Int(heads[index])] += 1
            kept += 1
        }
        residualArcCount = 2 * kept
        precondition(residualArcCount < Int(Int32.max), "too many arcs")
        let firstArc = UnsafeMutablePointer<Int32>.allocate(capacity: nodeCount + 1)
        self.firstArc = firstArc
        head = .allocate(capacity: max(residualArcCount, 1))
        sister = .allocate(capacity: max(residualArcCount, 1))
        residual = .allocate(capacity: max(residualArcCount, 1))
        cost = .allocate(capacity: max(residualArcCount, 1))
        var running: Int32 = 0
        for node in 0..<nodeCount {
            firstArc[node] = running
            running += degree[node]
        }
        firstArc[nodeCount] = running
        var fill = [Int32](unsafeUninitializedCapacity: nodeCount) { buffer, count in
            for node in 0..<nodeCount { buffer[node] = firstArc[node] }
            count = nodeCount
        }
        var positions = [Int32](repeating: -1, count: arcCount)
        for index in 0..<arcCount where tails[index] != heads[index] {
            let tail = Int(tails[index]), tip = Int(heads[index])
            let forward = fill[tail], backward = fill[tip]
            fill[tail] += 1
            fill[tip] += 1
            head[Int(forward)] = Int32(tip)
            head[Int(backward)] = Int32(tail)
            sister[Int(forward)] = backward
            sister[Int(backward)] = forward
            residual[Int(forward)] = capacities[index]
            residual[Int(backward)] = 0
            cost[Int(forward)] = costs[index]
            cost[Int(backward)] = -costs[index]
            positions[index] = forward
        }
        forwardPosition = positions
    }

    deinit {
        firstArc.deallocate()
        head.deallocate()
        sister.deallocate()
        residual.deallocate()
        cost.deallocate()
    }

    /// Flow on input arc `index`, read off its reverse residual capacity.
    func flow(ofInputArc index: Int) -> Int? {
        let position = forwardPosition[index]
        guard position >= 0 else { return nil }
        return residual[Int(sister[Int(position)])]
    }
}
