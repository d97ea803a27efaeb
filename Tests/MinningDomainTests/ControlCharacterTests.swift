import MinningDomain
import Testing

/// The byte-level check must call exactly the scalars of category Cc control characters, no
/// more, no fewer, wherever they stand in the text.
@Suite("Control characters")
struct ControlCharacterTests {
    @Test("agrees with the Unicode category on every scalar alone, and inside text below U+0800")
    func everyScalar() {
        var disagreements: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = scalar.properties.generalCategory == .control
            let alone = String(scalar)
            // Inside text too, beside a two-byte character, where a byte-level check could slip.
            let inside = value < 0x800 ? "马\u{C2}\(alone)a".containsControlCharacter != expected : false
            if alone.containsControlCharacter != expected || inside {
                disagreements.append(value)
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
    }

    @Test("counts characters, not bytes, when bytes do not answer")
    func characterLimit() {
        #expect("马小花".hasAtMost(characters: 3))
        #expect(!"马小花".hasAtMost(characters: 2))
        #expect("abc".hasAtMost(characters: 3))
        #expect(!"abcd".hasAtMost(characters: 3))
    }
}
