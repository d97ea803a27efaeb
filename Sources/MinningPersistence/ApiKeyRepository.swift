import Foundation
import MinningDomain
import PostgresNIO

public struct ApiKeyRepository: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    /// Issues a key for a bureau. The secret is returned once and only its digest is stored.
    public func create(bureauId: UUID, role: Role, label: String) async throws -> (ApiKey, ApiKeySecret) {
        try await database.transaction { connection in
            let kinds = try await connection.query("SELECT kind FROM bureaus WHERE id = \(bureauId) FOR SHARE", logger: database.logger)
                .collect()
            guard let kindText = try kinds.first?.decode(String.self), let kind = BureauKind(rawValue: kindText) else {
                throw DomainError.notFound("no bureau has the id \(bureauId)")
            }
            try kind.checkCanHold(role)
            let secret = ApiKeySecret.generate()
            let rows = try await connection.query(
                """
                INSERT INTO api_keys (bureau_id, role, label, display_prefix, secret_sha256)
                VALUES (\(bureauId), \(role.rawValue), \(label), \(secret.displayPrefix), \(ByteBuffer(bytes: secret.digest)))
                RETURNING \(unescaped: Self.columns)
                """,
                logger: database.logger
            )
            guard let key = try await Self.decode(rows).first else { throw DomainError.conflict("the key could not be stored") }
            return (key, secret)
        }
    }

    /// Revokes a key; revoking twice keeps the first revocation time.
    public func revoke(_ id: UUID) async throws -> ApiKey {
        let rows = try await database.query(
            """
            UPDATE api_keys SET revoked_at = coalesce(revoked_at, now()) WHERE id = \(id)
            RETURNING \(unescaped: Self.columns)
            """
        )
        guard let key = try await Self.decode(rows).first else { throw DomainError.notFound("no API key has the id \(id)") }
        return key
    }

    public func list(bureauId: UUID) async throws -> [ApiKey] {
        let rows = try await database.query(
            "SELECT \(unescaped: Self.columns) FROM api_keys WHERE bureau_id = \(bureauId) ORDER BY created_at, id"
        )
        return try await Self.decode(rows)
    }

    /// The caller behind a presented key, or nil for an unknown or revoked key.
    ///
    /// `last_used_at` is written at most once a minute per key, so that reads do not turn every
    /// request into a write.
    public func authenticate(_ secret: ApiKeySecret) async throws -> Principal? {
        let digest = ByteBuffer(bytes: secret.digest)
        let rows = try await database.query(
            """
            SELECT k.id, k.bureau_id, k.role, b.region_code,
                   k.last_used_at IS NULL OR k.last_used_at < now() - interval '1 minute'
            FROM api_keys k JOIN bureaus b ON b.id = k.bureau_id
            WHERE k.secret_sha256 = \(digest) AND k.revoked_at IS NULL
            """
        )
        guard let row = try await rows.collect().first else { return nil }
        let (keyId, bureauId, roleText, regionText, stale) = try row.decode((UUID, UUID, String, String, Bool).self)
        guard let role = Role(rawValue: roleText), let region = RegionCode(regionText) else { return nil }
        if stale {
            try await database.query("UPDATE api_keys SET last_used_at = now() WHERE id = \(keyId)")
        }
        return Principal(keyId: keyId, bureauId: bureauId, role: role, bureauRegion: region)
    }

    static let columns = "id, bureau_id, role, label, display_prefix, created_at, last_used_at, revoked_at"

    static func decode(_ rows: PostgresRowSequence) async throws -> [ApiKey] {
        var result: [ApiKey] = []
        for try await (id, bureauId, role, label, prefix, created, used, revoked)
            in rows.decode((UUID, UUID, String, String, String, Date, Date?, Date?).self) {
            result.append(ApiKey(
                id: id, bureauId: bureauId, role: Role(rawValue: role) ?? .observer, label: label,
                displayPrefix: prefix, createdAt: created, lastUsedAt: used, revokedAt: revoked
            ))
        }
        return result
    }
}
