import Foundation
import MinningDomain
import Testing

@testable import MinningHTTP

/// The response encoder must write what Foundation's encoder wrote with the API's settings, byte
/// for byte. Debug builds also check every response of every test this way; these values reach
/// the corners a response rarely does.
@Suite("Response JSON")
struct ResponseJSONEncoderTests {
    private struct Corners: Encodable {
        var doubles: [Double] = [1.0, 0.1, 37.5, 1e20, 1e-7, 123_456_789.125, -0.0, 5e-324, 100]
        var floats: [Float] = [0.1, 2.5, 3]
        var text = "a\"b\\c/d\u{1}\u{7f}\u{2028}\n\t\u{8}\u{c}\r é😀 马"
        var createdAt = Date(timeIntervalSince1970: 1_765_154_603.789)
        var amount = Decimal(string: "12.50")!
        var id = UUID(uuidString: "0B7F6D2E-1C1A-4C1E-9D1E-1A2B3C4D5E6F")!
        var countsByRegion: [String: Int] = ["640422": 3, "aB": 1, "c_d": 2]
        var absent: Int? = nil
        var present: Int? = 4
        var nestedDictionaries: [[String: [Int]]] = [["xY": [1, 2]], [:]]
        var smallNumbers: [UInt8] = [0, 255]
        var wide: [Int64] = [Int64.min, Int64.max]
        var url = URL(string: "https://example.org/a/b?c=d")!
        var bytes = Data([0, 1, 2, 250])
        var flags = [true, false]
        var idNumberHMACValue = 1
        var message = Message.required
        var nothing: [String] = []
        var emptyObject = Silent()
        var manual = Manual()
    }

    private struct Silent: Encodable {
        func encode(to encoder: any Encoder) throws {}
    }

    /// Containers asked for more than once, nested, and a super encoder: the shapes hand-written
    /// `encode(to:)` methods produce.
    private struct Manual: Encodable {
        enum Keys: String, CodingKey { case firstName, inner, list, again }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode("马", forKey: .firstName)
            var inner = container.nestedContainer(keyedBy: Keys.self, forKey: .inner)
            try inner.encodeNil(forKey: .list)
            var list = container.nestedUnkeyedContainer(forKey: .list)
            try list.encode(1)
            try list.encodeNil()
            var deeper = list.nestedContainer(keyedBy: Keys.self)
            try deeper.encode(2.5, forKey: .again)
            var single = container.superEncoder(forKey: .again).singleValueContainer()
            try single.encode("super")
            var second = encoder.container(keyedBy: Keys.self)
            try second.encode(true, forKey: .firstName)
        }
    }

    @Test("writes Foundation's bytes for numbers, strings, dates, data, dictionaries and hand-written containers")
    func sameBytesAsFoundation() throws {
        for language in [Language.zh, .en] {
            let encoder = ResponseJSONEncoder(userInfo: [.messageLanguage: language])
            let value = Corners()
            let ours = try encoder.encode(value)
            let foundation = Array(try encoder.foundationEncoder.encode(value))
            #expect(String(decoding: ours, as: UTF8.self) == String(decoding: foundation, as: UTF8.self))
        }
    }

    @Test("refuses what JSON cannot hold, as Foundation does")
    func nonFinite() {
        #expect(throws: EncodingError.self) { try ResponseJSONEncoder().encode([Double.nan]) }
        #expect(throws: EncodingError.self) { try ResponseJSONEncoder().encode(Silent()) }
    }
}
