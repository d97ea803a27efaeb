/// A staff account's login name: lower-case letters, digits and `. _ -`, 3 to 40 characters,
/// starting with a letter or digit, so that it reads the same on every keyboard and in every log.
public struct StaffLogin: Sendable, Hashable, CustomStringConvertible {
    public let text: String

    public init?(_ typed: String) {
        let text = typed.lowercased()
        guard (3...40).contains(text.count), let first = text.unicodeScalars.first,
              Self.leading.contains(first), text.unicodeScalars.allSatisfy(Self.allowed.contains)
        else { return nil }
        self.text = text
    }

    public var description: String { text }

    private static let leading = Set("abcdefghijklmnopqrstuvwxyz0123456789".unicodeScalars)
    private static let allowed = leading.union("._-".unicodeScalars)
}
