import Foundation
import Testing
@testable import MinningDomain
import MinningTestSupport

@Suite("DIMACS min-cost-flow format")
struct DIMACSMinCostFlowTests {
    @Test("writing then reading gives the same network and the same optimum")
    func roundTrip() throws {
        var generator = SplitMix64(seed: 8)
        for _ in 0..<100 {
            let network = RandomInstances.network(nodes: 1...12, arcsPerNode: 3, using: &generator)
            let text = DIMACSMinCostFlow.write(network, comments: ["random network", "second line"])
            let parsed = try DIMACSMinCostFlow.parse(text)
            #expect(parsed == network)
            #expect(CostScalingMinCostFlow.solve(parsed) == CostScalingMinCostFlow.solve(network))
        }
        for _ in 0..<50 {
            let problem = RandomInstances.transportation(
                workers: 0...8, vacancies: 1...5, maximumCapacity: 3, maximumBenefit: 100, density: 0.5,
                using: &generator
            )
            let parsed = try DIMACSMinCostFlow.parse(DIMACSMinCostFlow.write(problem.minCostFlowNetwork()))
            #expect(MinCostFlowSolver.solve(parsed).solution?.totalCost == -(try problem.solve().totalBenefit))
        }
    }

    @Test("files round-trip through the file system")
    func fileRoundTrip() throws {
        var network = MinCostFlowNetwork(nodeCount: 3)
        network.addArc(from: 0, to: 2, lowerBound: 1, capacity: 4, cost: -7)
        network.setSupply(3, of: 0)
        network.setSupply(-3, of: 2)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("roundtrip-\(UInt64.random(in: 0...UInt64.max)).min").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try DIMACSMinCostFlow.write(network, toFile: path)
        #expect(try DIMACSMinCostFlow.read(contentsOfFile: path) == network)
    }

    @Test("tolerates comments, blank lines, tabs and CRLF")
    func lenientWhitespace() throws {
        let text = "c hello\r\n\r\np min 2 1\r\nn 1 3\r\n\tn  2\t-3 \r\nc mid\r\na 1 2 0 5 -2\r\n"
        let network = try DIMACSMinCostFlow.parse(text)
        #expect(network.supplies == [3, -3])
        #expect(network.arcs == [MinCostFlowNetwork.Arc(from: 0, to: 1, capacity: 5, cost: -2)])
        #expect(CostScalingMinCostFlow.solve(network).solution?.totalCost == -6)
    }

    @Test(
        "errors name the offending line",
        arguments: [
            ("c only a comment\n", 1),
            ("p min 2 1\nx 1 2\n", 2),
            ("c\np max 2 1\n", 2),
            ("p min 2 1\na 1 3 0 1 1\n", 2),
            ("p min 2 1\na 1 2 0 1\n", 2),
            ("p min 2 1\na 1 2 0 1 1 9\n", 2),
            ("p min 2 1\n\nn 0 4\n", 3),
            ("p min 2 1\na 1 2 2 1 1\n", 2),
            ("p min 2 1\na 1 2 0 1 1x\n", 2),
            ("p min 2 2\na 1 2 0 1 1\n", 2),
            ("p min 2 1\na 1 2 0 1 1\na 2 1 0 1 1\n", 3),
            ("a 1 2 0 1 1\n", 1),
            ("p min 2 1\np min 2 1\n", 2),
            ("p min 2 1\nn 1 99999999999999999999\n", 2),
        ]
    )
    func errorsNameTheLine(text: String, line: Int) {
        do {
            _ = try DIMACSMinCostFlow.parse(text)
            Issue.record("expected a parse error for \(text.debugDescription)")
        } catch {
            #expect(error.line == line, "\(error) for \(text.debugDescription)")
        }
    }
}
