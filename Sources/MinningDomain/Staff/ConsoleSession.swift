import Crypto
import Foundation

/// A logged-in person: the account, its bureau, and the token every form of the session carries.
public struct ConsoleSession: Sendable, Equatable {
    public let account: StaffAccount
    public let principal: Principal
    public let bureauName: String
    public let csrfToken: String
    /// When the second factor was given in this session; nil before (and for roles that need none).
    public let secondFactorAt: Date?

    public init(account: StaffAccount, principal: Principal, bureauName: String, csrfToken: String, secondFactorAt: Date? = nil) {
        self.account = account
        self.principal = principal
        self.bureauName = bureauName
        self.csrfToken = csrfToken
        self.secondFactorAt = secondFactorAt
    }

    /// A session of a role that needs a second factor opens no page but the code's until it was given.
    public var awaitsSecondFactor: Bool { account.role.needsSecondFactor && secondFactorAt == nil }

    /// How long a session lives without a request before it must log in again.
    public static let idleTimeout: Duration = .seconds(30 * 60)
}

/// A random secret of 32 bytes in URL-safe base64: what a session cookie or a CSRF field holds.
public struct ConsoleToken: Sendable, Hashable {
    public let text: String

    public init(text: String) { self.text = text }

    public static func generate() -> ConsoleToken {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return ConsoleToken(text: Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: ""))
    }

    /// What is stored: a cookie stolen from the database would otherwise open the session.
    public var digest: [UInt8] { Array(SHA256.hash(data: Data(text.utf8))) }

    /// Compares in time independent of where the two differ, so a forged token is not guessed byte by byte.
    public func matches(_ other: String) -> Bool {
        let a = Array(text.utf8), b = Array(other.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
