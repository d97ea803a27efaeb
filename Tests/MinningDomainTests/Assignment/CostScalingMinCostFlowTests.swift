import Testing
@testable import MinningDomain
import MinningTestSupport

@Suite("General min-cost flow")
struct CostScalingMinCostFlowTests {
    @Test("agrees with the SSP reference on 500 random networks, feasible and infeasible")
    func matchesReference() {
        var generator = SplitMix64(seed: 4242)
        var feasible = 0, infeasible = 0
        for round in 0..<500 {
            let network = RandomInstances.network(nodes: 2...14, arcsPerNode: round % 2 == 0 ? 2 : 4, using: &generator)
            let expected = SuccessiveShortestPathReference.minimumCost(network)
            let result = CostScalingMinCostFlow.solve(network)
            switch result {
            case .optimal(let solution):
                feasible += 1
                #expect(expected == solution.totalCost)
                #expect(network.violation(of: solution.flows) == nil)
                #expect(network.cost(of: solution.flows) == solution.totalCost)
            case .infeasible:
                infeasible += 1
                #expect(expected == nil)
            case .costRangeTooLarge:
                Issue.record("small costs must not be rejected")
            }
            #expect(MinCostFlowSolver.solve(network) == result)
        }
        #expect(feasible > 50 && infeasible > 50)
    }

    @Test("unbalanced supplies are infeasible")
    func unbalanced() {
        var network = MinCostFlowNetwork(nodeCount: 2)
        network.addArc(from: 0, to: 1, capacity: 5, cost: 1)
        network.setSupply(2, of: 0)
        network.setSupply(-1, of: 1)
        #expect(CostScalingMinCostFlow.solve(network) == .infeasible)
    }

    @Test("a negative cycle is saturated and self-loops are handled")
    func negativeCycleAndSelfLoop() throws {
        var network = MinCostFlowNetwork(nodeCount: 3)
        network.addArc(from: 0, to: 1, capacity: 4, cost: -3)
        network.addArc(from: 1, to: 2, capacity: 3, cost: 1)
        network.addArc(from: 2, to: 0, capacity: 9, cost: 1)
        network.addArc(from: 1, to: 1, capacity: 2, cost: -5)
        network.addArc(from: 2, to: 2, capacity: 2, cost: 5)
        let solution = try #require(CostScalingMinCostFlow.solve(network).solution)
        #expect(solution.flows == [3, 3, 3, 2, 0])
        #expect(solution.totalCost == -3 - 10)
    }

    @Test("costs too large for exact scaling are reported, not overflowed")
    func hugeCosts() {
        var network = MinCostFlowNetwork(nodeCount: 2)
        network.addArc(from: 0, to: 1, capacity: 1, cost: Int.max / 2)
        #expect(CostScalingMinCostFlow.solve(network) == .costRangeTooLarge)
    }
}
