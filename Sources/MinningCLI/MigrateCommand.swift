import ArgumentParser
import Foundation
import MinningPersistence

struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Apply pending migrations from Migrations/, or list their status.",
        subcommands: [Apply.self, Status.self],
        defaultSubcommand: Apply.self
    )

    struct Apply: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Apply every pending migration, each in its own transaction.")
        @OptionGroup var common: CommonOptions

        func run() async throws {
            let logger = common.logger()
            let files = try common.project().migrationFiles()
            let applied = try await Database.withRunningClient(url: try common.database(), logger: logger) { database in
                try await Migrator(database: database, files: files).migrate()
            }
            if applied.isEmpty {
                common.say(.migrationsUpToDate(count: files.count))
            } else {
                for name in applied { common.say(.migrationApplied(name)) }
            }
        }
    }

    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List applied and pending migrations. Exits 3 when some are pending.")
        @OptionGroup var common: CommonOptions

        func run() async throws {
            let logger = common.logger()
            let files = try common.project().migrationFiles()
            let status = try await Database.withRunningClient(url: try common.database(), logger: logger) { database in
                try await Migrator(database: database, files: files).status()
            }
            for record in status.applied {
                common.say(.migrationStatusApplied(record.name, at: record.appliedAt.ISO8601Format()))
            }
            for file in status.pending {
                common.say(.migrationStatusPending(file.name))
            }
            if !status.pending.isEmpty { throw ExitCode(3) }
        }
    }
}
