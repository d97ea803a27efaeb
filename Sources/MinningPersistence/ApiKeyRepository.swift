import Foundation
import MinningDomain
import PostgresNIO

/// Rows of `api_keys`: only a secret's digest is stored.
public struct ApiKeyRepository: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    /// The bureau's kind, the row held (FOR SHARE) so the bureau cannot change under a new key.
    public func bureauKind(_ bureauId: UUID, on connection: PostgresConnection) async throws -> BureauKind? {
        try await connection.query("SELECT kind FROM bureaus WHERE id = \(bureauId) FOR SHARE", logger: database.logger)
            .collect().first?.decode(BureauKind.self)
    }

    public func insert(bureauId: UUID, role: Role, label: String, secret: ApiKeySecret, on connection: PostgresConnection) async throws -> ApiKey {
        let rows = try await connection.query(
            """
            INSERT INTO api_keys (bureau_id, role, label, display_prefix, secret_sha256)
            VALUES (\(bureauId), \(role), \(label), \(secret.displayPrefix), \(ByteBuffer(bytes: secret.digest)))
            RETURNING \(unescaped: Self.columns)
            """,
            logger: database.logger
        )
        return try await Self.decode(rows).first!
    }

    /// Revokes a key inside the caller's transaction (a staff account's audit key, revoked at
    /// birth; a revocation that is audited with it); revoking twice keeps the first revocation
    /// time. Nil when no key has the id.
    @discardableResult
    public func revoke(_ id: UUID, on connection: PostgresConnection) async throws -> ApiKey? {
        let rows = try await connection.query(
            "UPDATE api_keys SET revoked_at = coalesce(revoked_at, now()) WHERE id = \(id) RETURNING \(unescaped: Self.columns)",
            logger: database.logger
        )
        return try await Self.decode(rows).first
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
        try await authenticate(digest: secret.digest)
    }

    public func authenticate(digest secretDigest: [UInt8]) async throws -> Principal? {
        let digest = ByteBuffer(bytes: secretDigest)
        let rows = try await database.query(
            """
            SELECT k.id, k.bureau_id, k.role, b.region_code,
                   k.last_used_at IS NULL OR k.last_used_at < now() - interval '1 minute' AS stale
            FROM api_keys k JOIN bureaus b ON b.id = k.bureau_id
            WHERE k.secret_sha256 = \(digest) AND k.revoked_at IS NULL
            """
        )
        guard let found = try await rows.collect().first else { return nil }
        let row = NamedRow(found)
        let keyId: UUID = try row("id")
        if try row("stale", as: Bool.self) {
            try await database.query("UPDATE api_keys SET last_used_at = now() WHERE id = \(keyId)")
        }
        return Principal(keyId: keyId, bureauId: try row("bureau_id"), role: try row("role"), bureauRegion: try row("region_code"))
    }

    static let columns = "id, bureau_id, role, label, display_prefix, created_at, last_used_at, revoked_at"

    static func decode(_ rows: PostgresRowSequence) async throws -> [ApiKey] {
        var result: [ApiKey] = []
        for try await row in rows {
            let row = NamedRow(row)
            result.append(ApiKey(
                id: try row("id"), bureauId: try row("bureau_id"), role: try row("role"), label: try row("label"),
                displayPrefix: try row("display_prefix"), createdAt: try row("created_at"), lastUsedAt: try row("last_used_at"),
                revokedAt: try row("revoked_at")
            ))
        }
        return result
    }
}
