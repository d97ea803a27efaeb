import Foundation
import MinningPersistence
import MinningTestSupport
import PostgresNIO
import Testing

@Suite("Migrations")
struct MigratorTests {
    let files: [MigrationFile]

    init() throws {
        files = try TestDatabaseServer.project.migrationFiles()
    }

    @Test("a fresh database gets every migration; a second run applies nothing")
    func rerunIsNoOp() async throws {
        try await withTestDatabase(empty: true) { database, _ in
            let migrator = Migrator(database: database, files: files)
            let first = try await migrator.migrate()
            #expect(first == files.map(\.name))
            let second = try await migrator.migrate()
            #expect(second.isEmpty)
            let status = try await migrator.status()
            #expect(status.pending.isEmpty)
            #expect(status.applied.map(\.checksum) == files.map(\.checksum))
        }
    }

    @Test("status lists pending files before anything is applied")
    func statusOnEmptyDatabase() async throws {
        try await withTestDatabase(empty: true) { database, _ in
            let status = try await Migrator(database: database, files: files).status()
            #expect(status.applied.isEmpty)
            #expect(status.pending.map(\.name) == files.map(\.name))
        }
    }

    @Test("an applied file that was edited is refused, naming the file")
    func editedFileRefused() async throws {
        try await withTestDatabase(empty: true) { database, _ in
            try await Migrator(database: database, files: files).migrate()
            var edited = files
            let first = files[0]
            edited[0] = try MigrationFile(name: first.name, contents: Data((first.sql + "\n-- edited\n").utf8))
            await #expect(throws: MigrationError.edited(first.name)) {
                try await Migrator(database: database, files: edited).migrate()
            }
            let error = MigrationError.edited(first.name)
            #expect(error.description.contains(first.name))
        }
    }

    @Test("a failing migration leaves nothing behind and names the statement")
    func failingMigrationRollsBack() async throws {
        try await withTestDatabase(empty: true) { database, _ in
            let broken = try MigrationFile(
                name: "9999_broken.sql",
                contents: Data("CREATE TABLE half_done (x int);\nSELECT no_such_column FROM half_done;\n".utf8)
            )
            await #expect(throws: MigrationError.self) {
                try await Migrator(database: database, files: files + [broken]).migrate()
            }
            let exists = try await database.query("SELECT to_regclass('half_done') IS NOT NULL").collect().first?.decode(Bool.self)
            #expect(exists == false)
            let recorded = try await database.query("SELECT count(*) FROM schema_migrations WHERE version = 9999").collect().first?.decode(Int.self)
            #expect(recorded == 0)
            // The files before the broken one were applied and stay applied.
            let status = try await Migrator(database: database, files: files).status()
            #expect(status.pending.isEmpty)
        }
    }

    @Test("two runs at once apply each migration exactly once")
    func concurrentRuns() async throws {
        try await withTestDatabase(empty: true) { database, url in
            let files = self.files
            let results = try await withThrowingTaskGroup(of: [String].self) { group in
                for _ in 0..<3 {
                    group.addTask {
                        try await Database.withRunningClient(url: url, logger: database.logger) { other in
                            try await Migrator(database: other, files: files).migrate()
                        }
                    }
                }
                return try await group.reduce(into: [[String]]()) { $0.append($1) }
            }
            #expect(results.flatMap { $0 }.sorted() == files.map(\.name).sorted())
            let count = try await database.query("SELECT count(*) FROM schema_migrations").collect().first?.decode(Int.self)
            #expect(count == files.count)
        }
    }

    @Test("file names must carry a four-digit version")
    func badNames() {
        #expect(throws: MigrationError.badFileName("1_x.sql")) { try MigrationFile(name: "1_x.sql", contents: Data()) }
        #expect(throws: MigrationError.badFileName("0000_x.sql")) { try MigrationFile(name: "0000_x.sql", contents: Data()) }
        #expect(throws: MigrationError.badFileName("abcd_x.sql")) { try MigrationFile(name: "abcd_x.sql", contents: Data()) }
    }
}
