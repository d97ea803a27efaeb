import Foundation
import MinningDomain
import Testing

@Suite("Time-based one-time codes (the console's second factor)")
struct TimeBasedCodeTests {
    /// RFC 6238 appendix B, SHA-1, with the RFC's ASCII key "12345678901234567890".
    static let rfc = TimeBasedCode(secret: Array("12345678901234567890".utf8))

    @Test("codes agree with RFC 6238's SHA-1 vectors, at 8 digits and at the apps' 6")
    func vectors() {
        let vectors: [(seconds: Int64, code: String)] = [
            (59, "94287082"), (1_111_111_109, "07081804"), (1_111_111_111, "14050471"), (1_234_567_890, "89005924"),
            (2_000_000_000, "69279037"), (20_000_000_000, "65353130"),
        ]
        for (seconds, code) in vectors {
            let step = TimeBasedCode.step(at: Date(timeIntervalSince1970: TimeInterval(seconds)))
            #expect(Self.rfc.code(atStep: step, digits: 8) == code, "T = \(seconds)")
            #expect(Self.rfc.code(atStep: step) == String(code.suffix(6)), "T = \(seconds)")
        }
    }

    @Test("a code is taken one step either side of now, once, and never after a later one was used")
    func window() {
        let now = Date(timeIntervalSince1970: 1_234_567_890)
        let step = TimeBasedCode.step(at: now)
        #expect(Self.rfc.matchingStep("005924", at: now, after: nil) == step)
        #expect(Self.rfc.matchingStep(" 005 924 ", at: now, after: nil) == step, "spaces as an app groups them")
        #expect(Self.rfc.matchingStep(Self.rfc.code(atStep: step - 1), at: now, after: nil) == step - 1)
        #expect(Self.rfc.matchingStep(Self.rfc.code(atStep: step + 1), at: now, after: nil) == step + 1)
        #expect(Self.rfc.matchingStep(Self.rfc.code(atStep: step - 2), at: now, after: nil) == nil, "a minute old")
        #expect(Self.rfc.matchingStep("005924", at: now, after: step) == nil, "used once already")
        #expect(Self.rfc.matchingStep(Self.rfc.code(atStep: step - 1), at: now, after: step) == nil, "older than the last used")
        for bad in ["", "00592", "0059244", "00592a", "００５９２４"] {
            #expect(Self.rfc.matchingStep(bad, at: now, after: nil) == nil, "\(bad)")
        }
    }

    @Test("the key reads back from its base32 text, grouped or not, in any case; the link is what apps read")
    func base32() {
        #expect(Self.rfc.base32 == "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", "RFC 4648's encoding of the RFC 6238 key")
        #expect(TimeBasedCode(base32: Self.rfc.groupedBase32.lowercased()) == Self.rfc)
        for _ in 0..<20 {
            let key = TimeBasedCode.generate()
            #expect(key.secret.count == 20 && TimeBasedCode(base32: key.base32) == key)
        }
        #expect(TimeBasedCode(base32: "GEZ1") == nil && TimeBasedCode(base32: "") == nil)
        let link = Self.rfc.provisioningURI(account: "ma.wen", issuer: "闽宁协作")
        #expect(link.hasPrefix("otpauth://totp/%E9%97%BD") && link.contains("secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&") && link.hasSuffix("&digits=6&period=30"))
    }
}
