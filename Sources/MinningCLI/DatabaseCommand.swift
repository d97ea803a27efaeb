import ArgumentParser
import Foundation
import MinningDomain
import MinningPersistence

/// Backups in pg_dump's custom format (compressed, restorable table by table), so an operator's
/// usual PostgreSQL tools read them too.
struct DatabaseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Back up and restore the database with pg_dump and pg_restore (custom format).",
        subcommands: [Backup.self, Restore.self]
    )

    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write a consistent snapshot of the database to FILE (pg_dump -Fc).")
        @OptionGroup var common: CommonOptions
        @Option(help: "The backup file to write.") var out: String

        func run() throws {
            let url = try common.database()
            try PostgresTool.run("pg_dump", ["--format=custom", "--no-owner", "--file=\(out)", "--dbname=\(url.description)"], password: url.password, language: common.language)
            let size = (try? FileManager.default.attributesOfItem(atPath: out)[.size] as? Int) ?? 0
            common.say(.backedUp(database: url.description, to: out, bytes: size))
        }
    }

    struct Restore: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Restore FILE into an empty database (pg_restore --no-owner --single-transaction --exit-on-error).",
            discussion: "Nothing is dropped or replaced: an object that already exists stops the restore, and the one transaction leaves the database as it was. Create a fresh database for it (the fund ledger's triggers refuse the deletes a replacing restore would need), stop the service, restore, then point the service at it."
        )
        @OptionGroup var common: CommonOptions
        @Argument(help: "A file written by `minning db backup`.") var file: String

        func run() throws {
            let url = try common.database()
            guard FileManager.default.fileExists(atPath: file) else { throw common.refuse(.cannotRead(file)) }
            try PostgresTool.run("pg_restore", ["--no-owner", "--single-transaction", "--exit-on-error", "--dbname=\(url.description)", file], password: url.password, language: common.language)
            common.say(.restored(file: file, into: url.description))
        }
    }
}

enum PostgresTool {
    /// Runs a PostgreSQL client program found on PATH, failing with its exit status. The password
    /// travels in PGPASSWORD, not on the command line where `ps` would show it.
    static func run(_ name: String, _ arguments: [String], password: String?, language: Language) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        var environment = ProcessInfo.processInfo.environment
        if let password { environment["PGPASSWORD"] = password }
        process.environment = environment
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ValidationError(CommandMessage.toolFailed(name, status: process.terminationStatus).text(in: language))
        }
    }
}
