import Crypto
import Foundation

/// The second factor of the people who move money and of admins: the six-digit codes of RFC 6238
/// (HMAC-SHA1, 30-second steps), which every authenticator app shows from a key typed in once.
/// Written here on swift-crypto's HMAC rather than taken from hummingbird-auth's OTP module: it is
/// twenty lines checked against the RFC's own vectors, and keeps the domain free of the web framework.
public struct TimeBasedCode: Sendable, Equatable {
    public static let stepSeconds: Int64 = 30
    public static let digits = 6
    /// Codes one step either side are taken: a phone's clock drifts, and typing takes time.
    public static let toleratedSteps: Int64 = 1

    public let secret: [UInt8]

    public init(secret: [UInt8]) { self.secret = secret }

    /// 20 random bytes, the length RFC 4226 recommends for HMAC-SHA1.
    public static func generate() -> TimeBasedCode {
        var generator = SystemRandomNumberGenerator()
        return TimeBasedCode(secret: (0..<20).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
    }

    public static func step(at date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 / Double(stepSeconds)).rounded(.down))
    }

    /// The code of one step, with its leading zeros.
    public func code(atStep step: Int64, digits: Int = TimeBasedCode.digits) -> String {
        let mac = Array(HMAC<Insecure.SHA1>.authenticationCode(for: withUnsafeBytes(of: step.bigEndian, Array.init), using: SymmetricKey(data: secret)))
        let offset = Int(mac[mac.count - 1] & 0x0f)
        let truncated = (UInt32(mac[offset] & 0x7f) << 24) | (UInt32(mac[offset + 1]) << 16) | (UInt32(mac[offset + 2]) << 8) | UInt32(mac[offset + 3])
        let modulus = (0..<digits).reduce(UInt32(1)) { product, _ in product * 10 }
        let value = String(truncated % modulus)
        return String(repeating: "0", count: digits - value.count) + value
    }

    /// The step a typed code belongs to, near `date` and later than the last step used, or nil.
    /// A code is good once: the same code typed again (seen over a shoulder, or replayed) is refused.
    public func matchingStep(_ typed: String, at date: Date, after lastUsed: Int64?) -> Int64? {
        let code = typed.filter { !$0.isWhitespace }
        guard code.count == Self.digits, code.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let now = Self.step(at: date)
        for step in (now - Self.toleratedSteps)...(now + Self.toleratedSteps) where lastUsed.map({ step > $0 }) ?? true {
            if self.code(atStep: step) == code { return step }
        }
        return nil
    }

    // MARK: - How a person types the key into an app

    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")

    /// RFC 4648 base32 without padding, in groups of four for reading aloud and typing.
    public var base32: String {
        var text = "", buffer = 0, bits = 0
        for byte in secret {
            buffer = ((buffer << 8) | Int(byte)) & 0xfff
            bits += 8
            while bits >= 5 {
                text.append(Self.alphabet[(buffer >> (bits - 5)) & 31])
                bits -= 5
            }
        }
        if bits > 0 { text.append(Self.alphabet[(buffer << (5 - bits)) & 31]) }
        return text
    }

    /// The key back from what a person or an app wrote, spaces and case ignored.
    public init?(base32 typed: String) {
        var bytes: [UInt8] = [], buffer = 0, bits = 0
        for character in typed.uppercased() where !character.isWhitespace && character != "=" {
            guard let value = Self.alphabet.firstIndex(of: character) else { return nil }
            buffer = ((buffer << 5) | value) & 0xfff
            bits += 5
            if bits >= 8 {
                bytes.append(UInt8((buffer >> (bits - 8)) & 0xff))
                bits -= 8
            }
        }
        guard !bytes.isEmpty else { return nil }
        self.secret = bytes
    }

    public var groupedBase32: String {
        base32.enumerated().map { index, character in index > 0 && index % 4 == 0 ? " \(character)" : "\(character)" }.joined()
    }

    /// What an authenticator app reads from a link or a QR code (the Key URI format).
    public func provisioningURI(account: String, issuer: String) -> String {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        let label = "\(issuer):\(account)".addingPercentEncoding(withAllowedCharacters: allowed) ?? account
        let issuerText = issuer.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
        return "otpauth://totp/\(label)?secret=\(base32)&issuer=\(issuerText)&digits=\(Self.digits)&period=\(Self.stepSeconds)"
    }
}
