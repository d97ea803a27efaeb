import Foundation

/// Reads and writes the DIMACS minimum-cost-flow format:
///
///     c comment
///     p min NODES ARCS
///     n ID FLOW            (supply > 0, demand < 0; absent nodes have 0)
///     a SRC DST LOW CAP COST
///
/// Node ids are 1-based in the file and 0-based in `MinCostFlowNetwork`.
public enum DIMACSMinCostFlow {
    public static func read(contentsOfFile path: String) throws -> MinCostFlowNetwork {
        let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        let result = data.withUnsafeBytes { bytes in
            Result { () throws(DIMACSParseError) in try parse(bytes) }
        }
        return try result.get()
    }

    public static func parse(_ text: String) throws(DIMACSParseError) -> MinCostFlowNetwork {
        var copy = text
        let result = copy.withUTF8 { bytes in
            Result { () throws(DIMACSParseError) in try parse(UnsafeRawBufferPointer(bytes)) }
        }
        return try result.get()
    }

    /// Parses without materialising lines or strings, so a 5-million-arc file costs one pass over its bytes.
    public static func parse(_ bytes: UnsafeRawBufferPointer) throws(DIMACSParseError) -> MinCostFlowNetwork {
        var scanner = DIMACSScanner(bytes: bytes)
        // Not an optional: mutating through `network` copied the arc arrays on every arc line.
        var network = MinCostFlowNetwork(nodeCount: 0)
        var sawProblem = false
        var declaredArcs = 0
        while scanner.startLine() {
            let line = scanner.lineNumber
            guard let kind = scanner.nextByte() else { continue }
            switch kind {
            case UInt8(ascii: "c"):
                scanner.skipRestOfLine()
                continue
            case UInt8(ascii: "p"):
                guard !sawProblem else { throw DIMACSParseError(line: line, reason: "second problem line") }
                guard scanner.nextWord() == "min" else {
                    throw DIMACSParseError(line: line, reason: "expected 'p min NODES ARCS'")
                }
                let nodes = try scanner.integer(named: "node count")
                let arcs = try scanner.integer(named: "arc count")
                guard nodes >= 0, nodes < Int(Int32.max), arcs >= 0 else {
                    throw DIMACSParseError(line: line, reason: "node or arc count out of range")
                }
                var created = MinCostFlowNetwork(nodeCount: nodes)
                created.reserveArcs(arcs)
                network = created
                sawProblem = true
                declaredArcs = arcs
            case UInt8(ascii: "n"):
                guard sawProblem else { throw DIMACSParseError(line: line, reason: "node line before the problem line") }
                let id = try scanner.integer(named: "node id")
                let supply = try scanner.integer(named: "node supply")
                guard id >= 1 && id <= network.nodeCount else {
                    throw DIMACSParseError(line: line, reason: "node id \(id) outside 1...\(network.nodeCount)")
                }
                network.setSupply(supply, of: id - 1)
            case UInt8(ascii: "a"):
                guard sawProblem else { throw DIMACSParseError(line: line, reason: "arc line before the problem line") }
                let from = try scanner.integer(named: "arc tail")
                let to = try scanner.integer(named: "arc head")
                let lower = try scanner.integer(named: "lower bound")
                let capacity = try scanner.integer(named: "capacity")
                let cost = try scanner.integer(named: "cost")
                let nodes = network.nodeCount
                guard from >= 1 && from <= nodes && to >= 1 && to <= nodes else {
                    throw DIMACSParseError(line: line, reason: "arc endpoint outside 1...\(nodes)")
                }
                guard lower >= 0 && lower <= capacity else {
                    throw DIMACSParseError(line: line, reason: "bounds must satisfy 0 <= LOW <= CAP")
                }
                guard network.arcCount < declaredArcs else {
                    throw DIMACSParseError(line: line, reason: "more arcs than the \(declaredArcs) declared")
                }
                network.addArc(from: from - 1, to: to - 1, lowerBound: lower, capacity: capacity, cost: cost)
            default:
                throw DIMACSParseError(line: line, reason: "unknown line type '\(Character(UnicodeScalar(kind)))'")
            }
            try scanner.expectEndOfLine()
        }
        guard sawProblem else { throw DIMACSParseError(line: scanner.lineNumber, reason: "no 'p min' problem line") }
        guard network.arcCount == declaredArcs else {
            throw DIMACSParseError(
                line: scanner.lineNumber, reason: "declared \(declaredArcs) arcs but found \(network.arcCount)"
            )
        }
        return network
    }

    public static func write(_ network: MinCostFlowNetwork, comments: [String] = []) -> String {
        String(decoding: encode(network, comments: comments), as: UTF8.self)
    }

    public static func write(_ network: MinCostFlowNetwork, toFile path: String, comments: [String] = []) throws {
        try Data(encode(network, comments: comments)).write(to: URL(fileURLWithPath: path))
    }

    static func encode(_ network: MinCostFlowNetwork, comments: [String]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64 + network.arcCount * 32 + network.nodeCount * 12)
        for comment in comments {
            for line in comment.split(separator: "\n", omittingEmptySubsequences: false) {
                out.append(contentsOf: Array("c \(line)\n".utf8))
            }
        }
        out.append(contentsOf: Array("p min ".utf8))
        appendDecimal(network.nodeCount, to: &out)
        out.append(UInt8(ascii: " "))
        appendDecimal(network.arcCount, to: &out)
        out.append(UInt8(ascii: "\n"))
        for node in 0..<network.nodeCount where network.supplies[node] != 0 {
            out.append(contentsOf: [UInt8(ascii: "n"), UInt8(ascii: " ")])
            appendDecimal(node + 1, to: &out)
            out.append(UInt8(ascii: " "))
            appendDecimal(network.supplies[node], to: &out)
            out.append(UInt8(ascii: "\n"))
        }
        for arc in 0..<network.arcCount {
            out.append(contentsOf: [UInt8(ascii: "a"), UInt8(ascii: " ")])
            appendDecimal(Int(network.tails[arc]) + 1, to: &out)
            out.append(UInt8(ascii: " "))
            appendDecimal(Int(network.heads[arc]) + 1, to: &out)
            out.append(UInt8(ascii: " "))
            appendDecimal(network.lowerBounds[arc], to: &out)
            out.append(UInt8(ascii: " "))
            appendDecimal(network.capacities[arc], to: &out)
            out.append(UInt8(ascii: " "))
            appendDecimal(network.costs[arc], to: &out)
            out.append(UInt8(ascii: "\n"))
        }
        return out
    }

    private static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for index in stride(from: count - 1, through: 0, by: -1) { out.append(buffer[index]) }
        }
    }
}
