import MinningDomain
import Testing

@Suite("API key secrets")
struct ApiKeySecretTests {
    @Test("generated keys parse back, differ, and hash to 32 bytes")
    func generate() throws {
        let first = ApiKeySecret.generate()
        let second = ApiKeySecret.generate()
        #expect(first.text != second.text)
        #expect(ApiKeySecret(text: first.text) != nil)
        #expect(first.digest.count == 32)
        #expect(first.digest != second.digest)
        #expect(first.displayPrefix.count == 9)
        #expect(first.text.hasPrefix(first.displayPrefix))
    }

    @Test("the digest is SHA-256 of the key text")
    func knownDigest() throws {
        let secret = try #require(ApiKeySecret(text: "mn_" + String(repeating: "A", count: 43)))
        let hex = secret.digest.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
        // printf 'mn_AAA…A' (43 A) | sha256sum
        #expect(hex == Self.expectedDigest)
    }

    static let expectedDigest = "a3a2e41082935303cf1d7fc84fe4c6310e7e6cb7dedec9975ac7797a6cd9285d"

    @Test("malformed keys are refused before any lookup", arguments: [
        "", "mn_", "mn_short", "xx_" + String(repeating: "A", count: 43), "mn_" + String(repeating: "A", count: 42) + "!",
        "mn_" + String(repeating: "A", count: 44),
    ])
    func malformed(text: String) {
        #expect(ApiKeySecret(text: text) == nil)
    }
}
