/// The entry point for arbitrary networks (e.g. a DIMACS file): networks of
/// transportation shape (see `TransportationShape`) go to the specialised
/// assignment solver, everything else to general cost scaling. Both are exact.
public enum MinCostFlowSolver {
    public static func solve(_ network: MinCostFlowNetwork) -> MinCostFlowResult {
        if let encoding = TransportationEncoding(network), let result = encoding.solve() { return result }
        return CostScalingMinCostFlow.solve(network)
    }
}
