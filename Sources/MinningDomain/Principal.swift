import Foundation

/// The authenticated caller of a request: one API key of one bureau.
public struct Principal: Sendable, Equatable {
    public let keyId: UUID
    public let bureauId: UUID
    public let role: Role
    public let bureauRegion: RegionCode

    public init(keyId: UUID, bureauId: UUID, role: Role, bureauRegion: RegionCode) {
        self.keyId = keyId
        self.bureauId = bureauId
        self.role = role
        self.bureauRegion = bureauRegion
    }

    public var scope: Scope {
        role == .admin ? .everywhere : .region(bureauRegion)
    }
}
