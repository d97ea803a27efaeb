import Foundation
import MinningDomain
import PostgresNIO

/// The second-factor columns of `staff_accounts`: the sealed key, the personal-data key it was
/// sealed with, when it was confirmed and the last step a code was used for.
extension StaffRepository {
    public struct StoredSecondFactor: Sendable {
        public let sealed: [UInt8]
        public let keyId: String
        public let confirmed: Bool
        public let lastStep: Int64?
    }

    /// The account's key, its row locked so that two codes typed at once are checked one after the other.
    public func secondFactor(of id: UUID, on connection: PostgresConnection) async throws -> StoredSecondFactor? {
        let rows = try await connection.query(
            """
            SELECT second_factor_sealed, second_factor_key_id, second_factor_confirmed_at IS NOT NULL, second_factor_last_step
            FROM staff_accounts WHERE id = \(id) AND second_factor_sealed IS NOT NULL FOR UPDATE
            """,
            logger: database.logger
        )
        guard let row = try await rows.collect().first else { return nil }
        let (sealed, keyId, confirmed, lastStep) = try row.decode((ByteBuffer, String, Bool, Int64?).self)
        return StoredSecondFactor(sealed: Array(buffer: sealed), keyId: keyId, confirmed: confirmed, lastStep: lastStep)
    }

    /// A key not yet confirmed: what the set-up page shows until its first code is typed.
    public func setPendingSecondFactor(_ id: UUID, sealed: [UInt8], keyId: String, on connection: PostgresConnection) async throws {
        try await connection.query(
            """
            UPDATE staff_accounts SET second_factor_sealed = \(ByteBuffer(bytes: sealed)), second_factor_key_id = \(keyId),
                   second_factor_last_step = NULL
            WHERE id = \(id) AND second_factor_confirmed_at IS NULL
            """,
            logger: database.logger
        )
    }

    /// A code was accepted: its step is used up, the key confirmed if it was not, and re-sealed when
    /// it was opened with a previous personal-data key.
    public func useSecondFactor(
        _ id: UUID, step: Int64, resealed: (sealed: [UInt8], keyId: String)?, at now: Date, on connection: PostgresConnection
    ) async throws {
        try await connection.query(
            """
            UPDATE staff_accounts SET second_factor_last_step = \(step),
                   second_factor_confirmed_at = coalesce(second_factor_confirmed_at, \(now)),
                   second_factor_sealed = coalesce(\(resealed.map { ByteBuffer(bytes: $0.sealed) })::bytea, second_factor_sealed),
                   second_factor_key_id = coalesce(\(resealed?.keyId)::text, second_factor_key_id),
                   failed_logins = 0, last_failed_at = NULL, locked_until = NULL
            WHERE id = \(id)
            """,
            logger: database.logger
        )
    }

    /// Forgets the key (a lost phone): the next login sets up a new one. Nil when no account has the login.
    public func resetSecondFactor(_ login: StaffLogin, on connection: PostgresConnection) async throws -> StaffAccount? {
        let rows = try await connection.query(
            """
            UPDATE staff_accounts SET second_factor_sealed = NULL, second_factor_key_id = NULL, second_factor_confirmed_at = NULL,
                   second_factor_last_step = NULL
            WHERE login = \(login.text)
            RETURNING \(unescaped: Self.columns)
            """,
            logger: database.logger
        )
        return try await Self.decode(rows).first
    }
}
