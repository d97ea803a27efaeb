import Foundation

/// The languages Minning speaks. Chinese is the default: its users are county clerks, cooperation
/// offices and the coordination meeting; English is for integrations that ask for it.
public enum Language: String, CaseIterable, Sendable {
    case zh, en
}

extension Message {
    public func text(in language: Language) -> String {
        switch language {
        case .zh: zh
        case .en: en
        }
    }
}

extension CodingUserInfoKey {
    /// The language an encoder writes messages in; Chinese when it is not set.
    public static let messageLanguage = CodingUserInfoKey(rawValue: "minning.message-language")!
}

/// A message travels as its text in the encoder's language: a problem's `errors`, an import's
/// warnings.
extension Message: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text(in: encoder.userInfo[.messageLanguage] as? Language ?? .zh))
    }
}

extension DomainError {
    /// The failure as a person reads it, for a command line or a log.
    public func text(in language: Language) -> String {
        switch self {
        case .invalid(let issues):
            issues.map { "\($0.field) \($0.message.text(in: language))" }.joined(separator: language == .zh ? "；" : "; ")
        case .notFound(let message), .conflict(let message), .forbidden(let message):
            message.text(in: language)
        }
    }
}

extension DomainError: CustomStringConvertible {
    public var description: String { text(in: .zh) }
}
