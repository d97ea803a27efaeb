import Crypto
import Foundation

/// Encrypts personal data at rest (AES-256-GCM) and derives the keyed hash (HMAC-SHA256) that finds
/// duplicate ID numbers without decrypting anything.
///
/// One 32-byte master key, from configuration, yields both keys through HKDF, so an operator
/// manages one secret. Each ciphertext is bound to its field name (GCM's authenticated data):
/// a phone ciphertext copied into the ID-number column does not decrypt.
public struct PersonalDataCipher: Sendable {
    private let encryptionKey: SymmetricKey
    private let lookupKey: SymmetricKey
    /// Names the master key (first bytes of its SHA-256), stored beside ciphertexts for rotation.
    public let keyId: String
    /// Keys that data may still be sealed with while `minning pii rotate` runs: they open data and
    /// find duplicates, and never seal anything.
    public private(set) var previous: [PersonalDataCipher] = []

    public enum KeyError: Error, CustomStringConvertible {
        case malformed
        public var description: String { "the personal-data key must be 32 bytes, base64-encoded (minning pii generate-key)" }
    }

    public init(masterKey: [UInt8]) throws {
        guard masterKey.count == 32 else { throw KeyError.malformed }
        let master = SymmetricKey(data: masterKey)
        encryptionKey = HKDF<SHA256>.deriveKey(inputKeyMaterial: master, info: Data("minning pii aes-gcm v1".utf8), outputByteCount: 32)
        lookupKey = HKDF<SHA256>.deriveKey(inputKeyMaterial: master, info: Data("minning pii hmac v1".utf8), outputByteCount: 32)
        keyId = SHA256.hash(data: masterKey).prefix(4).map { String(format: "%02x", $0) }.joined()
    }

    public init(base64Key: String) throws {
        guard let data = Data(base64Encoded: base64Key.trimmingCharacters(in: .whitespacesAndNewlines)) else { throw KeyError.malformed }
        try self.init(masterKey: Array(data))
    }

    /// This key, still able to read what `keys` sealed.
    public func reading(previous keys: [PersonalDataCipher]) -> PersonalDataCipher {
        var cipher = self
        cipher.previous = keys.filter { $0.keyId != keyId }
        return cipher
    }

    public static func generateKey() -> String {
        SymmetricKey(size: .bits256).withUnsafeBytes { Data($0).base64EncodedString() }
    }

    public func seal(_ plaintext: String, field: String) throws -> [UInt8] {
        let box = try AES.GCM.seal(Data(plaintext.utf8), using: encryptionKey, authenticating: Data(field.utf8))
        return Array(box.combined!)
    }

    /// Opens with this key, else with each previous one: GCM's tag tells a wrong key from a right one.
    public func open(_ ciphertext: [UInt8], field: String) throws -> String {
        let box = try AES.GCM.SealedBox(combined: ciphertext)
        do {
            let data = try AES.GCM.open(box, using: encryptionKey, authenticating: Data(field.utf8))
            return String(decoding: data, as: UTF8.self)
        } catch {
            for key in previous {
                if let text = try? key.open(ciphertext, field: field) { return text }
            }
            throw error
        }
    }

    /// Equal for equal inputs, useless without the key: the duplicate check for ID numbers.
    public func lookupHash(_ value: String) -> [UInt8] {
        Array(HMAC<SHA256>.authenticationCode(for: Data(value.utf8), using: lookupKey))
    }

    /// The lookup hash under this key and under each previous one: a person registered before a
    /// rotation reached their row is still found.
    public func lookupHashes(_ value: String) -> [[UInt8]] {
        [lookupHash(value)] + previous.map { $0.lookupHash(value) }
    }
}
