import Foundation

/// An API key as listed: never the secret itself.
public struct ApiKey: Sendable, Equatable {
    public let id: UUID
    public let bureauId: UUID
    public let role: Role
    public let label: String
    public let displayPrefix: String
    public let createdAt: Date
    public let lastUsedAt: Date?
    public let revokedAt: Date?

    public init(id: UUID, bureauId: UUID, role: Role, label: String, displayPrefix: String, createdAt: Date, lastUsedAt: Date?, revokedAt: Date?) {
        self.id = id
        self.bureauId = bureauId
        self.role = role
        self.label = label
        self.displayPrefix = displayPrefix
        self.createdAt = createdAt
        self.lastUsedAt = lastUsedAt
        self.revokedAt = revokedAt
    }
}

extension BureauKind {
    /// Refuses a role the bureau's kind cannot hold (an origin bureau cannot be given admin).
    /// A conflict with the stored bureau rather than a bad field: the same body is valid for
    /// another bureau.
    public func checkCanHold(_ role: Role) throws {
        guard allowedRoles.contains(role) else {
            throw DomainError.conflict(.kindHoldsOnlyRoles(self, Array(allowedRoles)))
        }
    }
}
