/// A JSON value being built by `JSONTreeEncoder`. Objects and arrays are boxes, because a
/// container handed out by an encoder keeps adding to the same object after it was returned.
enum JSONNode {
    case null
    case bool(Bool)
    /// A number already written as JSON.
    case number(String)
    case string(String)
    case array(JSONArrayBox)
    case object(JSONObjectBox)
}

final class JSONArrayBox {
    var items: [JSONNode] = []
}

/// Members in the order they were encoded; a key encoded twice keeps its last value, as in
/// Foundation's dictionary, which is settled when the object is written.
final class JSONObjectBox {
    private(set) var members: [(key: String, node: JSONNode)] = []

    subscript(key: String) -> JSONNode? {
        get { members.last { $0.key == key }?.node }
        set {
            guard let newValue else {
                members.removeAll { $0.key == key }
                return
            }
            members.append((key, newValue))
        }
    }

    /// Each key once, with its last value, in Foundation's `.sortedKeys` order (String order; for
    /// ASCII keys, the order of their bytes, which is cheaper to compare and the same).
    var sortedMembers: [(key: String, node: JSONNode)] {
        let ordered = members.enumerated().sorted { left, right in
            if left.element.key == right.element.key { return left.offset < right.offset }
            return Self.precedes(left.element.key, right.element.key)
        }
        var result: [(key: String, node: JSONNode)] = []
        result.reserveCapacity(ordered.count)
        for (_, member) in ordered {
            if result.last?.key == member.key { result[result.count - 1] = member } else { result.append(member) }
        }
        return result
    }

    private static func precedes(_ left: String, _ right: String) -> Bool {
        var leftBytes = left.utf8.makeIterator(), rightBytes = right.utf8.makeIterator()
        while true {
            switch (leftBytes.next(), rightBytes.next()) {
            case (nil, nil): return false
            case (nil, _): return true
            case (_, nil): return false
            case (let l?, let r?):
                if l >= 0x80 || r >= 0x80 { return left < right }
                if l != r { return l < r }
            }
        }
    }
}

extension JSONNode {
    func write(to output: inout [UInt8]) {
        switch self {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let text): output.append(contentsOf: text.utf8)
        case .string(let text): Self.write(string: text, to: &output)
        case .array(let box):
            output.append(UInt8(ascii: "["))
            for (index, item) in box.items.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                item.write(to: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let box):
            output.append(UInt8(ascii: "{"))
            // String order, as Foundation's `.sortedKeys` gives.
            for (index, member) in box.sortedMembers.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                Self.write(string: member.key, to: &output)
                output.append(UInt8(ascii: ":"))
                member.node.write(to: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    /// Escapes what JSON requires and nothing else: the quote, the backslash and C0 controls.
    static func write(string: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { bytes in
            // Runs that need no escape — most strings, whole — are copied in one piece.
            var runStart = 0
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                runStart = index + 1
                switch byte {
                case UInt8(ascii: "\""): output.append(contentsOf: #"\""#.utf8)
                case UInt8(ascii: "\\"): output.append(contentsOf: #"\\"#.utf8)
                case 0x0A: output.append(contentsOf: #"\n"#.utf8)
                case 0x0D: output.append(contentsOf: #"\r"#.utf8)
                case 0x09: output.append(contentsOf: #"\t"#.utf8)
                case 0x08: output.append(contentsOf: #"\b"#.utf8)
                case 0x0C: output.append(contentsOf: #"\f"#.utf8)
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    output.append(contentsOf: #"\u00"#.utf8)
                    output.append(hex[Int(byte >> 4)])
                    output.append(hex[Int(byte & 0x0F)])
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        output.append(UInt8(ascii: "\""))
    }
}
