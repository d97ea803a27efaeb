import Foundation
import Hummingbird
import MinningDomain

/// The JSON shapes of responses. Kept apart from the domain types so that the wire format (lowercase
/// UUIDs, snake_case, which fields are public) is decided here and nowhere else.
struct BureauBody: ResponseEncodable, Sendable {
    let id: String
    let name: String
    let kind: BureauKind
    let regionCode: String
    let createdAt: Date

    init(_ bureau: Bureau) {
        id = bureau.id.wireString
        name = bureau.name
        kind = bureau.kind
        regionCode = bureau.region.rawValue
        createdAt = bureau.createdAt
    }
}

struct ApiKeyBody: ResponseEncodable, Sendable {
    let id: String
    let bureauId: String
    let role: Role
    let label: String
    let displayPrefix: String
    let createdAt: Date
    let lastUsedAt: Date?
    let revokedAt: Date?

    init(_ key: ApiKey) {
        id = key.id.wireString
        bureauId = key.bureauId.wireString
        role = key.role
        label = key.label
        displayPrefix = key.displayPrefix
        createdAt = key.createdAt
        lastUsedAt = key.lastUsedAt
        revokedAt = key.revokedAt
    }
}

extension UUID {
    /// RFC 9562 spells UUIDs in lowercase; Foundation prints uppercase.
    var wireString: String { uuidString.lowercased() }
}
