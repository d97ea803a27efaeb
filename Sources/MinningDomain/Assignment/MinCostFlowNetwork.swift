/// A directed network for the minimum-cost flow problem: nodes `0..<nodeCount`,
/// arcs with integer bounds and costs, and an integer supply per node
/// (positive = supply, negative = demand), as in the DIMACS `min` format.
///
/// Storage is column-wise so that a 5-million-arc instance stays compact and
/// the solver can copy it into its own layout without per-arc objects.
public struct MinCostFlowNetwork: Sendable, Equatable {
    public struct Arc: Sendable, Hashable {
        public var from: Int
        public var to: Int
        public var lowerBound: Int
        public var capacity: Int
        public var cost: Int

        public init(from: Int, to: Int, lowerBound: Int = 0, capacity: Int, cost: Int) {
            self.from = from
            self.to = to
            self.lowerBound = lowerBound
            self.capacity = capacity
            self.cost = cost
        }
    }

    public private(set) var nodeCount: Int
    public private(set) var supplies: [Int]
    // Int32 halves the memory traffic of node indices; 2^31 nodes is far beyond any instance we hold in memory.
    public private(set) var tails: [Int32] = []
    public private(set) var heads: [Int32] = []
    public private(set) var lowerBounds: [Int] = []
    public private(set) var capacities: [Int] = []
    public private(set) var costs: [Int] = []

    public init(nodeCount: Int) {
        precondition(nodeCount >= 0 && nodeCount < Int(Int32.max), "node count out of range")
        self.nodeCount = nodeCount
        self.supplies = Array(repeating: 0, count: nodeCount)
    }

    public var arcCount: Int { tails.count }

    public func arc(_ index: Int) -> Arc {
        Arc(
            from: Int(tails[index]), to: Int(heads[index]),
            lowerBound: lowerBounds[index], capacity: capacities[index], cost: costs[index]
        )
    }

    public var arcs: [Arc] { (0..<arcCount).map(arc) }

    public mutating func reserveArcs(_ count: Int) {
        tails.reserveCapacity(count)
        heads.reserveCapacity(count)
        lowerBounds.reserveCapacity(count)
        capacities.reserveCapacity(count)
        costs.reserveCapacity(count)
    }

    /// Returns the index of the new arc; flows in a solution are reported in this order.
    @discardableResult
    public mutating func addArc(from: Int, to: Int, lowerBound: Int = 0, capacity: Int, cost: Int) -> Int {
        precondition(from >= 0 && from < nodeCount && to >= 0 && to < nodeCount, "arc endpoint out of range")
        precondition(lowerBound >= 0 && lowerBound <= capacity, "arc bounds must satisfy 0 <= lower <= capacity")
        tails.append(Int32(truncatingIfNeeded: from))
        heads.append(Int32(truncatingIfNeeded: to))
        lowerBounds.append(lowerBound)
        capacities.append(capacity)
        costs.append(cost)
        return tails.count - 1
    }

    @discardableResult
    public mutating func addArc(_ arc: Arc) -> Int {
        addArc(from: arc.from, to: arc.to, lowerBound: arc.lowerBound, capacity: arc.capacity, cost: arc.cost)
    }

    public mutating func setSupply(_ supply: Int, of node: Int) {
        supplies[node] = supply
    }

    /// The cost of a flow given per arc, in the original (unscaled) costs.
    public func cost(of flows: [Int]) -> Int {
        var total = 0
        for index in 0..<arcCount { total &+= flows[index] &* costs[index] }
        return total
    }

    /// Why `flows` is not a feasible flow of this network, or nil when it is.
    public func violation(of flows: [Int]) -> String? {
        guard flows.count == arcCount else { return "expected \(arcCount) arc flows, got \(flows.count)" }
        var balance = supplies
        for index in 0..<arcCount {
            let flow = flows[index]
            if flow < lowerBounds[index] || flow > capacities[index] {
                return "arc \(index) carries \(flow) outside [\(lowerBounds[index]), \(capacities[index])]"
            }
            balance[Int(tails[index])] -= flow
            balance[Int(heads[index])] += flow
        }
        if let node = balance.firstIndex(where: { $0 != 0 }) {
            return "node \(node) is out of balance by \(balance[node])"
        }
        return nil
    }
}
