/// An optimal flow: `flows[i]` is the flow on arc `i` of the solved network.
public struct MinCostFlowSolution: Sendable, Equatable {
    public let totalCost: Int
    public let flows: [Int]

    public init(totalCost: Int, flows: [Int]) {
        self.totalCost = totalCost
        self.flows = flows
    }
}

public enum MinCostFlowResult: Sendable, Equatable {
    case optimal(MinCostFlowSolution)
    /// Supplies cannot be routed within the capacities (or do not sum to zero).
    case infeasible
    /// Exactness needs costs scaled by the node count to fit in 64-bit prices; this instance's costs are too large.
    case costRangeTooLarge

    public var solution: MinCostFlowSolution? {
        if case .optimal(let solution) = self { return solution }
        return nil
    }
}
