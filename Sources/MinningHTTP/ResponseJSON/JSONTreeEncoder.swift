import Foundation

/// The `Encoder` behind `ResponseJSONEncoder`: builds a `JSONNode` tree the way Foundation's
/// encoder builds its own, with Foundation's rules for the values it treats specially (dates as
/// ISO 8601, `Data` as Base64, `[String: …]` keys left as they are, whole doubles without `.0`).
final class JSONTreeEncoder: Encoder {
    let codingPath: [any CodingKey]
    let userInfo: [CodingUserInfoKey: Any]
    /// What this encoder's value became; handed to `attach` too, for a `superEncoder`'s value,
    /// which belongs to its parent's container.
    private(set) var node: JSONNode? {
        didSet { if let node { attach?(node) } }
    }
    private let attach: ((JSONNode) -> Void)?

    init(codingPath: [any CodingKey], userInfo: [CodingUserInfoKey: Any], attach: ((JSONNode) -> Void)? = nil) {
        self.codingPath = codingPath
        self.userInfo = userInfo
        self.attach = attach
    }

    /// The node of `value`, nil when it encoded nothing. The coding path is only built for values
    /// that encode themselves: strings and numbers, the bulk of a body, never need it.
    static func node<Value: Encodable>(
        of value: Value, codingPath: @autoclosure () -> [any CodingKey], userInfo: [CodingUserInfoKey: Any]
    ) throws -> JSONNode? {
        if let primitive = try primitive(value) { return primitive }
        if let dictionary = value as? any StringKeyedEncodable {
            return .object(try dictionary.membersAsWritten(codingPath: codingPath(), userInfo: userInfo))
        }
        let encoder = JSONTreeEncoder(codingPath: codingPath(), userInfo: userInfo)
        try value.encode(to: encoder)
        return encoder.node
    }

    /// Values Foundation writes itself rather than asking them to encode. The common types are
    /// told by their metatype, a pointer comparison; a failed cast to a protocol costs a lookup in
    /// the runtime's conformance table, which every enum and struct of a body would pay.
    private static func primitive<Value: Encodable>(_ value: Value) throws -> JSONNode? {
        if Value.self == String.self { return .string(unsafeBitCast(value, to: String.self)) }
        if Value.self == Int.self { return .number(String(unsafeBitCast(value, to: Int.self))) }
        if Value.self == Bool.self { return .bool(unsafeBitCast(value, to: Bool.self)) }
        if Value.self == Double.self { return .number(try written(unsafeBitCast(value, to: Double.self))) }
        if Value.self == Date.self { return .string((value as! Date).formatted(.iso8601)) }
        if Value.self == UUID.self { return .string((value as! UUID).uuidString) }
        if Value.self == Decimal.self { return .number((value as! Decimal).description) }
        if Value.self == Float.self {
            let number = value as! Float
            return .number(try written(Double(number), as: number.description))
        }
        if Value.self == Int64.self || Value.self == Int32.self || Value.self == Int16.self || Value.self == Int8.self
            || Value.self == UInt.self || Value.self == UInt64.self || Value.self == UInt32.self || Value.self == UInt16.self || Value.self == UInt8.self {
            return .number("\(value)")
        }
        if Value.self == URL.self { return .string((value as! URL).absoluteString) }
        if Value.self == Data.self { return .string((value as! Data).base64EncodedString()) }
        return nil
    }

    /// Foundation's form: the shortest text that reads back, without a trailing `.0`.
    static func written(_ number: Double, as text: String? = nil) throws -> String {
        guard number.isFinite else {
            throw EncodingError.invalidValue(number, .init(codingPath: [], debugDescription: "Unable to encode \(number) directly in JSON."))
        }
        let text = text ?? number.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let box: JSONObjectBox
        if case .object(let existing)? = node { box = existing } else { box = JSONObjectBox(); node = .object(box) }
        return KeyedEncodingContainer(JSONKeyedContainer<Key>(box: box, encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let box: JSONArrayBox
        if case .array(let existing)? = node { box = existing } else { box = JSONArrayBox(); node = .array(box) }
        return JSONUnkeyedContainer(box: box, encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        JSONSingleValueContainer(encoder: self)
    }

    fileprivate func set(_ node: JSONNode) { self.node = node }
}

/// `[String: Value]`: Foundation writes these keys as they are, outside the key strategy, since
/// they are data (a region code, a status), not property names.
protocol StringKeyedEncodable {
    func membersAsWritten(codingPath: [any CodingKey], userInfo: [CodingUserInfoKey: Any]) throws -> JSONObjectBox
}

extension Dictionary: StringKeyedEncodable where Key == String, Value: Encodable {
    func membersAsWritten(codingPath: [any CodingKey], userInfo: [CodingUserInfoKey: Any]) throws -> JSONObjectBox {
        let box = JSONObjectBox()
        for (key, value) in self {
            box[key] = try JSONTreeEncoder.node(of: value, codingPath: codingPath + [JSONPathKey(key)], userInfo: userInfo)
                ?? .object(JSONObjectBox())
        }
        return box
    }
}

struct JSONPathKey: CodingKey {
    let stringValue: String
    let intValue: Int?
    init(_ string: String) { stringValue = string; intValue = nil }
    init(index: Int) { stringValue = "Index \(index)"; intValue = index }
    init?(stringValue: String) { self.init(stringValue) }
    init?(intValue: Int) { self.init(index: intValue) }
}

private struct JSONSingleValueContainer: SingleValueEncodingContainer {
    let encoder: JSONTreeEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() { encoder.set(.null) }

    mutating func encode<Value: Encodable>(_ value: Value) throws {
        encoder.set(try JSONTreeEncoder.node(of: value, codingPath: encoder.codingPath, userInfo: encoder.userInfo) ?? .object(JSONObjectBox()))
    }
}
