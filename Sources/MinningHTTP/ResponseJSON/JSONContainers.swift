/// Containers of `JSONTreeEncoder`. Every typed `encode` overload of the protocols leads to the
/// generic one, whose primitive path needs no coding path.
struct JSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: JSONObjectBox
    let encoder: JSONTreeEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    private func name(_ key: Key) -> String { SnakeCaseKeys.snakeCase(key.stringValue) }

    mutating func encodeNil(forKey key: Key) { box[name(key)] = .null }

    mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws {
        let path = encoder.codingPath
        box[name(key)] = try JSONTreeEncoder.node(of: value, codingPath: path + [key], userInfo: encoder.userInfo) ?? .object(JSONObjectBox())
    }

    mutating func encode(_ value: Bool, forKey key: Key) throws { box[name(key)] = .bool(value) }
    mutating func encode(_ value: String, forKey key: Key) throws { box[name(key)] = .string(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { box[name(key)] = .number(try JSONTreeEncoder.written(value)) }
    mutating func encode(_ value: Float, forKey key: Key) throws {
        box[name(key)] = .number(try JSONTreeEncoder.written(Double(value), as: value.description))
    }
    mutating func encode(_ value: Int, forKey key: Key) throws { box[name(key)] = .number(String(value)) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { box[name(key)] = .number(String(value)) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { box[name(key)] = .number(String(value)) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { box[name(key)] = .number(String(value)) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { box[name(key)] = .number(String(value)) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { box[name(key)] = .number(String(value)) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { box[name(key)] = .number(String(value)) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { box[name(key)] = .number(String(value)) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { box[name(key)] = .number(String(value)) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { box[name(key)] = .number(String(value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONObjectBox()
        box[name(key)] = .object(nested)
        return KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(box: nested, encoder: child(key)))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = JSONArrayBox()
        box[name(key)] = .array(nested)
        return JSONUnkeyedContainer(box: nested, encoder: child(key))
    }

    mutating func superEncoder() -> any Encoder { superEncoder(named: "super", pathKey: JSONPathKey("super")) }

    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: name(key), pathKey: key) }

    private func superEncoder(named member: String, pathKey: any CodingKey) -> any Encoder {
        let box = self.box
        box[member] = .object(JSONObjectBox())
        return JSONTreeEncoder(codingPath: codingPath + [pathKey], userInfo: encoder.userInfo) { box[member] = $0 }
    }

    private func child(_ key: Key) -> JSONTreeEncoder { JSONTreeEncoder(codingPath: codingPath + [key], userInfo: encoder.userInfo) }
}

struct JSONUnkeyedContainer: UnkeyedEncodingContainer {
    let box: JSONArrayBox
    let encoder: JSONTreeEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }
    var count: Int { box.items.count }

    mutating func encodeNil() { box.items.append(.null) }

    mutating func encode<Value: Encodable>(_ value: Value) throws {
        let path = encoder.codingPath
        let index = box.items.count
        box.items.append(try JSONTreeEncoder.node(of: value, codingPath: path + [JSONPathKey(index: index)], userInfo: encoder.userInfo) ?? .object(JSONObjectBox()))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONObjectBox()
        let encoder = child()
        box.items.append(.object(nested))
        return KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(box: nested, encoder: encoder))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = JSONArrayBox()
        let encoder = child()
        box.items.append(.array(nested))
        return JSONUnkeyedContainer(box: nested, encoder: encoder)
    }

    mutating func superEncoder() -> any Encoder {
        let box = self.box
        let index = box.items.count
        box.items.append(.object(JSONObjectBox()))
        return JSONTreeEncoder(codingPath: codingPath + [JSONPathKey(index: index)], userInfo: encoder.userInfo) { box.items[index] = $0 }
    }

    private func child() -> JSONTreeEncoder {
        JSONTreeEncoder(codingPath: codingPath + [JSONPathKey(index: box.items.count)], userInfo: encoder.userInfo)
    }
}
