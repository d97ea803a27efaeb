import Foundation
import Hummingbird

/// Writes a response body in the API's JSON: snake_case keys, ISO 8601 dates, keys in order, `/`
/// unescaped — byte for byte what Foundation's `JSONEncoder` writes with those settings.
///
/// Foundation's encoder gives a key strategy the key's whole coding path, built anew for every key
/// of every object, and converts the name again each time: that made up half of encoding a 50-item
/// list. Here each name is converted once for the process (`SnakeCaseKeys`) and the tree is written
/// straight to bytes.
public struct ResponseJSONEncoder {
    var userInfo: [CodingUserInfoKey: Any] = [:]

    init(userInfo: [CodingUserInfoKey: Any] = [:]) {
        self.userInfo = userInfo
    }

    func encode<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        let root = try JSONTreeEncoder.node(of: value, codingPath: [], userInfo: userInfo)
        guard let root else {
            throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "Top-level \(Value.self) did not encode any values."))
        }
        var output: [UInt8] = []
        output.reserveCapacity(512)
        root.write(to: &output)
        #if DEBUG
        // Debug builds — every test, the fuzzer's server — write each body the Foundation way too
        // and stop at the first byte that differs, so a client never sees the change of encoder.
        let foundation = Array(try foundationEncoder.encode(value))
        assert(foundation == output, "ResponseJSONEncoder wrote \(String(decoding: output, as: UTF8.self)), Foundation \(String(decoding: foundation, as: UTF8.self))")
        #endif
        return output
    }

    /// The encoder this one stands in for, with the settings the API has always used.
    var foundationEncoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.userInfo = userInfo
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}

extension ResponseJSONEncoder: ResponseEncoder {
    public func encode(_ value: some Encodable, from request: Request, context: some RequestContext) throws -> Response {
        Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: try encode(value))))
    }
}
