/// The part each node plays when a network is a transportation problem, however
/// it was written: workers with their own supply, or workers fed by one source;
/// vacancies that drain into the one sink; unassigned units leaving by bypass arcs
/// (worker→sink, source→sink) or through a dummy vacancy.
///
/// Only the shape is read here; whether the capacities and costs can be mapped
/// exactly onto a `TransportationProblem` is `TransportationEncoding`'s question.
/// Anything that does not fit (an arc between two workers, a vacancy with supply,
/// a relay node, lower bounds, a second sink…) is not a shape, and the network
/// goes to general cost scaling.
struct TransportationShape {
    enum Kind: UInt8 {
        /// No arcs and no supply: plays no part.
        case idle
        case sink
        case source
        /// A worker with its own (positive) supply and no arcs into it.
        case suppliedWorker
        /// A worker with no supply whose only arc in, if any, comes from the source.
        case fedWorker
        /// No supply, at most one arc out, and that to the sink.
        case vacancy
    }

    let kinds: [Kind]
    let sink: Int
    /// -1 when the workers carry their own supply.
    let source: Int
    /// Per vacancy node: its one arc to the sink, or -1 (a vacancy nothing can leave).
    let sinkArc: [Int32]

    init?(_ network: MinCostFlowNetwork) {
        let nodeCount = network.nodeCount, arcCount = network.arcCount
        var sink = -1, balance = 0
        for node in 0..<nodeCount {
            let supply = network.supplies[node]
            balance &+= supply
            if supply < 0 {
                guard sink < 0 else { return nil }
                sink = node
            }
        }
        // An unbalanced network is infeasible; general cost scaling says so at once.
        guard sink >= 0, balance == 0 else { return nil }

        var outDegree = [Int32](repeating: 0, count: nodeCount)
        var inDegree = [Int32](repeating: 0, count: nodeCount)
        var sinkArc = [Int32](repeating: -1, count: nodeCount)
        for arc in 0..<arcCount {
            guard network.lowerBounds[arc] == 0 else { return nil }
            let tail = Int(network.tails[arc]), head = Int(network.heads[arc])
            outDegree[tail] += 1
            inDegree[head] += 1
            if head == sink { sinkArc[tail] = Int32(arc) }
        }
        guard outDegree[sink] == 0 else { return nil }

        var kinds = [Kind](repeating: .idle, count: nodeCount)
        kinds[sink] = .sink
        for node in 0..<nodeCount where node != sink && network.supplies[node] == 0 {
            let out = outDegree[node]
            if out == 0 && inDegree[node] == 0 { continue }
            // Parallel arcs to the sink would be a cost curve, not a capacity: not a vacancy, so not a shape.
            if out == 0 || (out == 1 && sinkArc[node] >= 0) { kinds[node] = .vacancy } else { kinds[node] = .fedWorker }
        }
        // The source is the supplied node that feeds workers; every other supplied node is a worker itself.
        var source = -1
        for arc in 0..<arcCount {
            let tail = Int(network.tails[arc])
            guard network.supplies[tail] > 0, kinds[Int(network.heads[arc])] == .fedWorker, tail != source else { continue }
            guard source < 0 else { return nil }
            source = tail
        }
        // A worker with no candidates (nothing out, or only its way out to the sink) looks like a vacancy until
        // the source is known: whatever the source feeds is a worker.
        if source >= 0 {
            for arc in 0..<arcCount where Int(network.tails[arc]) == source && Int(network.heads[arc]) != sink {
                kinds[Int(network.heads[arc])] = .fedWorker
            }
        }
        for node in 0..<nodeCount where node != sink && network.supplies[node] > 0 {
            kinds[node] = node == source ? .source : .suppliedWorker
            guard inDegree[node] == 0 else { return nil }
        }
        for arc in 0..<arcCount {
            let tail = kinds[Int(network.tails[arc])], head = kinds[Int(network.heads[arc])]
            switch tail {
            case .source: guard head == .fedWorker || head == .sink else { return nil }
            case .suppliedWorker, .fedWorker: guard head == .vacancy || head == .sink else { return nil }
            case .vacancy: break
            case .idle, .sink: return nil
            }
        }
        // A fed worker's arcs in all come from the source (checked above); more than one would be a cost curve.
        for node in 0..<nodeCount where kinds[node] == .fedWorker && inDegree[node] > 1 { return nil }

        self.kinds = kinds
        self.sink = sink
        self.source = source
        self.sinkArc = sinkArc
    }
}
