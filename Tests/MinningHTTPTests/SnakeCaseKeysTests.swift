import Foundation
import MinningTestSupport
import Testing

@testable import MinningHTTP

/// The cached conversion must give every key exactly what Foundation's `convertToSnakeCase` gives,
/// or a response would change shape.
@Suite("Snake-case keys")
struct SnakeCaseKeysTests {
    private struct Named: Encodable {
        let name: String
        struct Key: CodingKey {
            let stringValue: String
            init(stringValue: String) { self.stringValue = stringValue }
            var intValue: Int? { nil }
            init?(intValue: Int) { nil }
        }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(0, forKey: Key(stringValue: name))
        }
    }

    private func foundation(_ name: String) throws -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let object = try JSONSerialization.jsonObject(with: encoder.encode(Named(name: name))) as! [String: Any]
        return object.keys.first!
    }

    @Test("agrees with Foundation on the API's kinds of names and on 5,000 random ones")
    func agreesWithFoundation() throws {
        let names = ["id", "idNumberMasked", "expectedMonthlyWageFen", "idNumberHMACValue", "sha256Hex", "nextCursor",
                     "URLValue", "aB1C", "ABc", "a", "A", "aBC", "é", "valueFen2", "x_y", "xY_z", "_leading", "trailingX"]
        for name in names {
            #expect(SnakeCaseKeys.convert(name) == (try foundation(name)), "\(name)")
        }
        var random = SplitMix64(seed: 17)
        let alphabet = Array("aBcD1_xYZé")
        for _ in 0..<5_000 {
            let length = Int(random.next() % 9) + 1
            let name = String((0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
            #expect(SnakeCaseKeys.snakeCase(name) == (try foundation(name)), "\(name)")
        }
    }
}
