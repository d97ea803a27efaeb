import Foundation

/// A person who uses the console: of one bureau, with one role, like an API key.
public struct StaffAccount: Sendable, Equatable {
    public let id: UUID
    public let bureauId: UUID
    public let role: Role
    public let login: String
    public let displayName: String
    public let mustChangePassword: Bool
    /// The revoked key the account's work is audited under.
    public let auditKeyId: UUID
    public let failedLogins: Int
    public let lastFailedAt: Date?
    public let lockedUntil: Date?
    public let disabledAt: Date?
    public let createdAt: Date
    /// When the person's authenticator app was set up and its first code checked; nil before.
    public let secondFactorConfirmedAt: Date?

    public init(
        id: UUID, bureauId: UUID, role: Role, login: String, displayName: String, mustChangePassword: Bool, auditKeyId: UUID,
        failedLogins: Int, lastFailedAt: Date?, lockedUntil: Date?, disabledAt: Date?, createdAt: Date, secondFactorConfirmedAt: Date? = nil
    ) {
        self.id = id
        self.bureauId = bureauId
        self.role = role
        self.login = login
        self.displayName = displayName
        self.mustChangePassword = mustChangePassword
        self.auditKeyId = auditKeyId
        self.failedLogins = failedLogins
        self.lastFailedAt = lastFailedAt
        self.lockedUntil = lockedUntil
        self.disabledAt = disabledAt
        self.createdAt = createdAt
        self.secondFactorConfirmedAt = secondFactorConfirmedAt
    }
}

extension Role {
    /// The roles that move money (a cooperation office pays subsidies and keeps the ledger) or hold
    /// every account (admins) log in with a code from an authenticator app as well as a password.
    public var needsSecondFactor: Bool { self == .cooperationOffice || self == .admin }
}
