import Foundation
import Logging
import PostgresNIO

/// Applies `Migrations/NNNN_*.sql` in order, each file in its own transaction, and records each in
/// `schema_migrations` with its checksum.
///
/// A session-level advisory lock serialises concurrent runs (two deploys, two test processes): the
/// second waits, then finds nothing pending.
public struct Migrator: Sendable {
    public let database: Database
    public let files: [MigrationFile]

    /// "minning" in ASCII; any constant works as long as every runner uses the same one.
    static let advisoryLockKey: Int64 = 0x6D_69_6E_6E_69_6E_67

    public init(database: Database, files: [MigrationFile]) {
        self.database = database
        self.files = files
    }

    public struct AppliedMigration: Sendable, Equatable {
        public let version: Int
        public let name: String
        public let checksum: String
        public let appliedAt: Date
    }

    public struct Status: Sendable {
        public let applied: [AppliedMigration]
        public let pending: [MigrationFile]
    }

    /// Applies what is pending and returns the names applied now (empty on a second run).
    @discardableResult
    public func migrate() async throws -> [String] {
        try await database.client.withConnection { connection in
            try await connection.query("SELECT pg_advisory_lock(\(Self.advisoryLockKey))", logger: database.logger)
            do {
                let applied = try await applyPending(on: connection)
                try await connection.query("SELECT pg_advisory_unlock(\(Self.advisoryLockKey))", logger: database.logger)
                return applied
            } catch {
                _ = try? await connection.query("SELECT pg_advisory_unlock(\(Self.advisoryLockKey))", logger: database.logger)
                throw error
            }
        }
    }

    public func status() async throws -> Status {
        try await database.client.withConnection { connection in
            let applied = try await readApplied(on: connection, createIfMissing: false)
            try verify(applied)
            let done = Set(applied.map(\.version))
            return Status(applied: applied, pending: files.filter { !done.contains($0.version) })
        }
    }

    private func applyPending(on connection: PostgresConnection) async throws -> [String] {
        let applied = try await readApplied(on: connection, createIfMissing: true)
        try verify(applied)
        let done = Set(applied.map(\.version))
        var appliedNow: [String] = []
        for file in files where !done.contains(file.version) {
            let started = ContinuousClock.now
            try await apply(file, on: connection, started: started)
            database.logger.info("applied migration", metadata: ["migration": "\(file.name)"])
            appliedNow.append(file.name)
        }
        return appliedNow
    }

    private func apply(_ file: MigrationFile, on connection: PostgresConnection, started: ContinuousClock.Instant) async throws {
        let statements = SQLScript.statements(in: file.sql)
        var position = 0
        do {
            try await connection.withTransaction(logger: database.logger) { connection in
                for statement in statements {
                    position += 1
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: database.logger)
                }
                let elapsed = ContinuousClock.now - started
                let milliseconds = Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
                try await connection.query(
                    """
                    INSERT INTO schema_migrations (version, name, checksum, duration_ms)
                    VALUES (\(file.version), \(file.name), \(file.checksum), \(milliseconds))
                    """,
                    logger: database.logger
                )
            }
        } catch let error as PostgresTransactionError {
            let cause = error.closureError ?? error.commitError ?? error
            let message = (cause as? PSQLError)?.serverInfo?[.message] ?? "\(cause)"
            throw MigrationError.failed(file.name, statement: position, message: message)
        }
    }

    private func readApplied(on connection: PostgresConnection, createIfMissing: Bool) async throws -> [AppliedMigration] {
        if createIfMissing {
            try await connection.query(
                """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version integer PRIMARY KEY,
                    name text NOT NULL,
                    checksum text NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now(),
                    duration_ms integer NOT NULL
                )
                """,
                logger: database.logger
            )
        } else {
            let exists = try await connection.query("SELECT to_regclass('schema_migrations') IS NOT NULL", logger: database.logger)
                .collect().first?.decode(Bool.self) ?? false
            if !exists { return [] }
        }
        let rows = try await connection.query(
            "SELECT version, name, checksum, applied_at FROM schema_migrations ORDER BY version",
            logger: database.logger
        )
        var result: [AppliedMigration] = []
        for try await (version, name, checksum, appliedAt) in rows.decode((Int, String, String, Date).self) {
            result.append(AppliedMigration(version: version, name: name, checksum: checksum, appliedAt: appliedAt))
        }
        return result
    }

    /// Refuses to go on when history and files disagree: an applied file that was edited or removed.
    private func verify(_ applied: [AppliedMigration]) throws {
        let byVersion = Dictionary(uniqueKeysWithValues: files.map { ($0.version, $0) })
        for record in applied {
            guard let file = byVersion[record.version] else { throw MigrationError.missingOnDisk(record.name) }
            if file.checksum != record.checksum { throw MigrationError.edited(file.name) }
        }
    }
}
