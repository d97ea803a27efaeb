import Foundation
import Logging
import MinningDomain
import MinningPersistence
import PostgresNIO

/// Gives every integration test a database of its own, copied from a template that was migrated
/// and seeded once per test process (`CREATE DATABASE … TEMPLATE …` copies files, so a fresh
/// database costs tens of milliseconds instead of a full migrate-and-seed).
///
/// It needs `DATABASE_URL` to reach a PostgreSQL server where the user may create databases
/// (`deploy/local-postgres.sh` provides one). Without it every test fails with a message saying
/// so: a database test that silently skips would pass without testing anything.
public actor TestDatabaseServer {
    public static let shared = TestDatabaseServer()

    /// One build for all tests: the actor is re-entrant across awaits, so the task itself is shared.
    private var template: Task<String, any Error>?
    private var counter = 0
    private let pid = ProcessInfo.processInfo.processIdentifier

    public static var projectRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    public static var project: ProjectDirectory { ProjectDirectory(root: projectRoot) }

    /// A fixed key: tests must be able to decrypt what they stored, and no test data is real.
    public static let personalData = try! PersonalDataCipher(base64Key: "bWlubmluZyB0ZXN0IGtleSwgbm90IGZvciB1c2UhISE=")

    public struct Unconfigured: Error, CustomStringConvertible {
        public var description: String {
            "DATABASE_URL is not set: integration tests need PostgreSQL. Run them with deploy/test.sh, or eval \"$(deploy/local-postgres.sh)\" first."
        }
    }

    public static func serverURL() throws -> DatabaseURL {
        guard let text = ProcessInfo.processInfo.environment["DATABASE_URL"], !text.isEmpty else { throw Unconfigured() }
        return try DatabaseURL(text)
    }

    static let logger: Logger = {
        var logger = Logger(label: "minning-tests")
        logger.logLevel = .error
        return logger
    }()

    /// A new database; migrated and seeded with reference data unless `empty`.
    public func createDatabase(empty: Bool = false) async throws -> DatabaseURL {
        let server = try Self.serverURL()
        let source = empty ? "template0" : try await templateDatabase(server)
        counter += 1
        let name = "minning_t_\(pid)_\(counter)"
        try await Self.admin(server) { database in
            try await database.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name) TEMPLATE \(source)"))
        }
        return server.withDatabase(name)
    }

    public func dropDatabase(_ url: DatabaseURL) async throws {
        try await Self.admin(try Self.serverURL()) { database in
            try await database.query(PostgresQuery(unsafeSQL: "DROP DATABASE IF EXISTS \(url.database) WITH (FORCE)"))
        }
    }

    private func templateDatabase(_ server: DatabaseURL) async throws -> String {
        if let template { return try await template.value }
        let pid = self.pid
        let task = Task { try await Self.buildTemplate(server, pid: pid) }
        template = task
        return try await task.value
    }

    private static func buildTemplate(_ server: DatabaseURL, pid: Int32) async throws -> String {
        let name = "minning_tpl_\(pid)"
        try await Self.admin(server) { database in
            try await Self.dropLeftovers(database, keepingPid: pid)
            try await database.query(PostgresQuery(unsafeSQL: "DROP DATABASE IF EXISTS \(name) WITH (FORCE)"))
            try await database.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name) TEMPLATE template0"))
        }
        let project = Self.project
        try await Database.withRunningClient(url: server.withDatabase(name), logger: Self.logger) { database in
            let database = database.withDeadline(adminDeadline)
            try await Migrator(database: database, files: try project.migrationFiles()).migrate()
            _ = try await Seeder(database: database, directory: project.seeds).run()
        }
        return name
    }

    /// Databases of test processes that are gone (crashed, killed) would pile up otherwise.
    private static func dropLeftovers(_ database: Database, keepingPid pid: Int32) async throws {
        let rows = try await database.query("SELECT datname FROM pg_database WHERE datname LIKE 'minning\\_t%'")
        for try await name in rows.decode(String.self) {
            let parts = name.split(separator: "_")
            guard parts.count >= 3, let owner = Int32(parts[2]), owner != pid, kill(owner, 0) != 0 else { continue }
            try await database.query(PostgresQuery(unsafeSQL: "DROP DATABASE IF EXISTS \(name) WITH (FORCE)"))
        }
    }

    /// CREATE DATABASE copies the template under a lock, one at a time: with the whole suite in
    /// parallel on two cores the queue can pass the service's 10 s deadline (a CI run failed so).
    static let adminDeadline: Duration = .seconds(120)

    private static func admin(_ server: DatabaseURL, _ body: @Sendable (Database) async throws -> Void) async throws {
        try await Database.withRunningClient(url: server.withDatabase("postgres"), logger: logger, maximumConnections: 1) { database in
            try await body(database.withDeadline(adminDeadline))
        }
    }
}

/// Runs `body` against a database of its own, dropped afterwards whatever happens.
public func withTestDatabase<Result: Sendable>(
    empty: Bool = false,
    _ body: @Sendable (Database, DatabaseURL) async throws -> Result
) async throws -> Result {
    let url = try await TestDatabaseServer.shared.createDatabase(empty: empty)
    do {
        let result = try await Database.withRunningClient(url: url, logger: TestDatabaseServer.logger) { database in
            // The whole suite runs in parallel on two cores: a generous deadline keeps a slow moment
            // from failing a test that is not about deadlines (those set their own).
            try await body(database.withDeadline(.seconds(60)), url)
        }
        try await TestDatabaseServer.shared.dropDatabase(url)
        return result
    } catch {
        try? await TestDatabaseServer.shared.dropDatabase(url)
        throw error
    }
}
