import Testing
@testable import MinningHTTP

@Suite("Strict JSON")
struct StrictJSONTests {
    func parses(_ text: String) -> Bool { (try? StrictJSON.parse(Array(text.utf8))) != nil }

    @Test("what RFC 8259 allows is read exactly", arguments: [
        (#"{"a":1,"b":[true,false,null],"c":"x\u00e9\ud83d\ude00","d":-0.5e3}"#, true),
        (#"  [ ]  "#, true), (#"{}"#, true), (#""\/\b\f\n\r\t""#, true),
    ])
    func valid(text: String, ok: Bool) {
        #expect(parses(text) == ok)
    }

    @Test("lenient extras are refused: trailing commas, repeated members, lone surrogates, raw control characters, leading zeros", arguments: [
        #"{"a":1,}"#, #"[1,2,]"#, #"{"a":1,"a":2}"#, #""\ud800""#, #""\udc00x""#, "\"a\u{01}b\"", "01", "1.", ".5", "+1", "1e", "[1 2]",
        #"{"a" 1}"#, "{'a':1}", "NaN", "[1]x", "", "\"\\x\"", #"{"a":1e400}"#,
    ])
    func invalid(text: String) {
        #expect(!parses(text), "\(text) was accepted")
    }

    @Test("deep nesting stops at the limit instead of exhausting the stack")
    func depth() {
        #expect(parses(String(repeating: "[", count: 63) + String(repeating: "]", count: 63)))
        #expect(!parses(String(repeating: "[", count: 100_000)))
        #expect(!parses(String(repeating: "{\"a\":", count: 10_000) + "1" + String(repeating: "}", count: 10_000)))
    }

    @Test("integers stay exact; others are numbers")
    func numbers() throws {
        #expect(try StrictJSON.parse(Array("9007199254740993".utf8)) == .integer(9_007_199_254_740_993))
        #expect(try StrictJSON.parse(Array("99999999999999999999999".utf8)) == .number(1e23))
        #expect(try StrictJSON.parse(Array("-0".utf8)) == .integer(0))
    }

    @Test("invalid UTF-8 inside a string is refused")
    func utf8() {
        #expect((try? StrictJSON.parse([0x22, 0xFF, 0x22])) == nil)
        #expect((try? StrictJSON.parse([0x22, 0xE4, 0xB8, 0xAD, 0x22])) == .string("中"))
    }
}
