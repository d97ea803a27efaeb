import Foundation
import MinningDomain
import PostgresNIO

/// Rows of `staff_accounts`. Times are the service clock's, bound as values, so that tests fix them.
public struct StaffRepository: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    public func insert(
        bureauId: UUID, role: Role, login: StaffLogin, displayName: String, passwordHash: String, mustChangePassword: Bool,
        auditKeyId: UUID, at now: Date, on connection: PostgresConnection
    ) async throws -> StaffAccount {
        let rows = try await connection.query(
            """
            INSERT INTO staff_accounts (bureau_id, role, login, display_name, password_hash, must_change_password, audit_key_id, created_at)
            VALUES (\(bureauId), \(role), \(login.text), \(displayName), \(passwordHash), \(mustChangePassword), \(auditKeyId), \(now))
            RETURNING \(unescaped: Self.columns)
            """,
            logger: database.logger
        )
        return try await Self.decode(rows).first!
    }

    /// The account, its password hash and its bureau's region, the account's row locked so that two
    /// logins at once count their failures one after the other.
    public func forLogin(_ login: StaffLogin, on connection: PostgresConnection) async throws -> (StaffAccount, passwordHash: String, region: RegionCode)? {
        let rows = try await connection.query(
            """
            SELECT \(unescaped: Self.qualifiedColumns), a.password_hash, b.region_code
            FROM staff_accounts a JOIN bureaus b ON b.id = a.bureau_id WHERE a.login = \(login.text) FOR UPDATE OF a
            """,
            logger: database.logger
        )
        guard let found = try await rows.collect().first else { return nil }
        let row = NamedRow(found)
        return (try Self.account(row), try row("password_hash"), try row("region_code"))
    }

    public func passwordHash(of id: UUID, on connection: PostgresConnection) async throws -> String? {
        try await connection.query("SELECT password_hash FROM staff_accounts WHERE id = \(id) FOR UPDATE", logger: database.logger)
            .collect().first?.decode(String.self)
    }

    public func recordFailure(_ id: UUID, failures: Int, lockedUntil: Date?, at now: Date, on connection: PostgresConnection) async throws {
        try await connection.query(
            """
            UPDATE staff_accounts SET failed_logins = \(failures), last_failed_at = \(now), locked_until = coalesce(\(lockedUntil), locked_until)
            WHERE id = \(id)
            """,
            logger: database.logger
        )
    }

    public func recordSuccess(_ id: UUID, on connection: PostgresConnection) async throws {
        try await connection.query(
            "UPDATE staff_accounts SET failed_logins = 0, last_failed_at = NULL, locked_until = NULL WHERE id = \(id)",
            logger: database.logger
        )
    }

    public func setPassword(_ id: UUID, hash: String, mustChange: Bool, on connection: PostgresConnection) async throws {
        try await connection.query(
            "UPDATE staff_accounts SET password_hash = \(hash), must_change_password = \(mustChange) WHERE id = \(id)",
            logger: database.logger
        )
    }

    /// Disables an account; disabling twice keeps the first time. Nil when no account has the login.
    public func disable(_ login: StaffLogin, at now: Date, on connection: PostgresConnection) async throws -> StaffAccount? {
        let rows = try await connection.query(
            """
            UPDATE staff_accounts SET disabled_at = coalesce(disabled_at, \(now)) WHERE login = \(login.text)
            RETURNING \(unescaped: Self.columns)
            """,
            logger: database.logger
        )
        return try await Self.decode(rows).first
    }

    public func list(bureauId: UUID?) async throws -> [StaffAccount] {
        let rows = try await database.query(
            """
            SELECT \(unescaped: Self.columns) FROM staff_accounts
            WHERE \(bureauId)::uuid IS NULL OR bureau_id = \(bureauId) ORDER BY login
            """
        )
        return try await Self.decode(rows)
    }

    static let columns = """
        id, bureau_id, role, login, display_name, must_change_password, audit_key_id, failed_logins, last_failed_at, locked_until,
        disabled_at, created_at, second_factor_confirmed_at
        """

    /// The same columns from `staff_accounts a`, for queries that join it.
    static let qualifiedColumns = columns.split(separator: ",").map { "a." + $0.trimmingCharacters(in: .whitespacesAndNewlines) }.joined(separator: ", ")

    static func decode(_ rows: PostgresRowSequence) async throws -> [StaffAccount] {
        var result: [StaffAccount] = []
        for try await row in rows { result.append(try account(NamedRow(row))) }
        return result
    }

    static func account(_ row: NamedRow) throws -> StaffAccount {
        StaffAccount(
            id: try row("id"), bureauId: try row("bureau_id"), role: try row("role"), login: try row("login"),
            displayName: try row("display_name"), mustChangePassword: try row("must_change_password"), auditKeyId: try row("audit_key_id"),
            failedLogins: try row("failed_logins"), lastFailedAt: try row("last_failed_at"), lockedUntil: try row("locked_until"),
            disabledAt: try row("disabled_at"), createdAt: try row("created_at"), secondFactorConfirmedAt: try row("second_factor_confirmed_at")
        )
    }
}
