import Foundation
import MinningDomain
import PostgresNIO

/// Rows of `staff_sessions`: only the token's digest is stored.
public struct StaffSessionRepository: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    public func insert(token: ConsoleToken, staffId: UUID, csrf: ConsoleToken, at now: Date, on connection: PostgresConnection) async throws {
        try await connection.query(
            """
            INSERT INTO staff_sessions (token_sha256, staff_id, csrf_token, created_at, last_seen_at)
            VALUES (\(ByteBuffer(bytes: token.digest)), \(staffId), \(csrf.text), \(now), \(now))
            """,
            logger: database.logger
        )
    }

    /// The live session behind a cookie: not ended, seen within the idle timeout, its account
    /// enabled. Seeing it moves its idle clock, at most once a minute so reads stay reads.
    public func find(token: ConsoleToken, at now: Date) async throws -> ConsoleSession? {
        let idleSince = now.addingTimeInterval(-TimeInterval(ConsoleSession.idleTimeout.components.seconds))
        let digest = ByteBuffer(bytes: token.digest)
        let rows = try await database.query(
            """
            SELECT \(unescaped: StaffRepository.qualifiedColumns),
                   s.csrf_token, s.last_seen_at, s.second_factor_at, b.name AS bureau_name, b.region_code
            FROM staff_sessions s JOIN staff_accounts a ON a.id = s.staff_id JOIN bureaus b ON b.id = a.bureau_id
            WHERE s.token_sha256 = \(digest) AND s.ended_at IS NULL AND s.last_seen_at > \(idleSince) AND a.disabled_at IS NULL
            """
        )
        guard let found = try await rows.collect().first else { return nil }
        let row = NamedRow(found)
        let account = try StaffRepository.account(row)
        let lastSeen: Date = try row("last_seen_at")
        if now.timeIntervalSince(lastSeen) > 60 {
            try await database.query("UPDATE staff_sessions SET last_seen_at = \(now) WHERE token_sha256 = \(digest)")
        }
        let principal = Principal(keyId: account.auditKeyId, bureauId: account.bureauId, role: account.role, bureauRegion: try row("region_code"))
        return ConsoleSession(
            account: account, principal: principal, bureauName: try row("bureau_name"), csrfToken: try row("csrf_token"),
            secondFactorAt: try row("second_factor_at")
        )
    }

    /// The second factor was given in this session: its pages open from now on.
    public func markSecondFactor(token: ConsoleToken, at now: Date, on connection: PostgresConnection) async throws {
        try await connection.query(
            "UPDATE staff_sessions SET second_factor_at = \(now) WHERE token_sha256 = \(ByteBuffer(bytes: token.digest))",
            logger: database.logger
        )
    }

    public func end(token: ConsoleToken, at now: Date, on connection: PostgresConnection) async throws {
        try await connection.query(
            "UPDATE staff_sessions SET ended_at = coalesce(ended_at, \(now)) WHERE token_sha256 = \(ByteBuffer(bytes: token.digest))",
            logger: database.logger
        )
    }

    /// Ends every session of an account: after a password change elsewhere, or a disabling.
    public func endAll(staffId: UUID, except token: ConsoleToken?, at now: Date, on connection: PostgresConnection) async throws {
        let kept = token.map { ByteBuffer(bytes: $0.digest) }
        try await connection.query(
            """
            UPDATE staff_sessions SET ended_at = \(now)
            WHERE staff_id = \(staffId) AND ended_at IS NULL AND (\(kept)::bytea IS NULL OR token_sha256 <> \(kept))
            """,
            logger: database.logger
        )
    }
}
