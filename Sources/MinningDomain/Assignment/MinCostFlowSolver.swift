/// The entry point for arbitrary networks (e.g. a DIMACS file): networks that
/// are the transportation encoding go to the specialised assignment solver,
/// everything else to general cost scaling. Both are exact.
public enum MinCostFlowSolver {
    public static func solve(_ network: MinCostFlowNetwork) -> MinCostFlowResult {
        if let encoding = TransportationEncoding(network) {
            // A recognised encoding has no pins, so solving cannot throw.
            guard let assignment = try? encoding.problem.solve() else { return CostScalingMinCostFlow.solve(network) }
            return .optimal(encoding.solution(from: assignment))
        }
        return CostScalingMinCostFlow.solve(network)
    }
}
