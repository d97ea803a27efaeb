import Crypto
import Foundation

/// An API key as the caller holds it: `mn_` followed by 43 base64url characters (256 random bits).
///
/// Only the SHA-256 digest is stored. A slow password hash is not needed: the secret is random and
/// long, so the digest cannot be reversed by guessing, and lookups stay one index probe.
public struct ApiKeySecret: Sendable {
    public static let marker = "mn_"
    public let text: String

    public init?(text: String) {
        guard text.hasPrefix(Self.marker), text.utf8.count == Self.marker.utf8.count + 43,
              text.utf8.dropFirst(Self.marker.utf8.count).allSatisfy(Self.isBase64URL)
        else { return nil }
        self.text = text
    }

    public static func generate() -> ApiKeySecret {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let body = Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        return ApiKeySecret(text: marker + body)!
    }

    public var digest: [UInt8] { Array(SHA256.hash(data: Data(text.utf8))) }

    /// Enough of the key for a person to recognise it in a listing, too little to use it.
    public var displayPrefix: String { String(text.prefix(Self.marker.count + 6)) }

    private static func isBase64URL(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
            true
        default:
            false
        }
    }
}
