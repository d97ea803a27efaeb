import ArgumentParser
import Foundation
import MinningDomain
import MinningPersistence

/// Checks the configuration `serve` would start with, without starting it. Exit codes for scripts:
/// 0 ready, 1 configuration refused (or the database set up in a way the service cannot work
/// with), 2 database unreachable, 3 migrations pending.
struct DoctorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check configuration, database and migrations; exit 0 ready, 1 bad configuration, 2 database unreachable, 3 migrations pending."
    )

    @OptionGroup var common: CommonOptions
    @OptionGroup var personalData: PersonalDataKeyOptions
    @Option(help: "The address serve will listen on.") var host = "127.0.0.1"
    @Flag(help: "A reverse proxy terminates TLS in front of the service (required in production when listening beyond loopback).")
    var behindProxy = false

    func run() async throws {
        var failures = 0
        func report(_ ok: Bool, _ text: String) {
            print("doctor: \(ok ? "ok  " : "FAIL") \(text)")
            if !ok { failures += 1 }
        }
        let production = personalData.isProduction
        print("doctor: mode \(production ? "production" : "development")")
        let url: DatabaseURL?
        do {
            url = try common.database()
            report(true, "DATABASE_URL parses (\(url!))")
        } catch {
            url = nil
            report(false, "\(error)")
        }
        if let url, production, !url.requireTLS, !["127.0.0.1", "localhost", "::1"].contains(url.host) {
            report(false, "production database at \(url.host) without TLS: add ?sslmode=require")
        }
        let project = try? common.project()
        report(project != nil, project.map { "project files at \($0.root.path) (Migrations/, Seeds/, docs/openapi.json)" } ?? "no Migrations/ found: set MINNING_HOME")
        let hasConfiguredKey = personalData.piiKeyFile != nil || !(ProcessInfo.processInfo.environment["MINNING_PII_KEY"] ?? "").isEmpty
        if let project {
            do {
                _ = try personalData.cipher(project: project, logger: common.logger())
                report(true, hasConfiguredKey ? "personal-data key configured" : "personal-data key: development key in .local/pii-dev.key")
            } catch {
                report(false, "personal-data key: \(error)")
            }
        }
        let loopback = ["127.0.0.1", "localhost", "::1"].contains(host)
        if production && !loopback && !behindProxy {
            report(false, "production listening on \(host) without --behind-proxy: terminate TLS in a reverse proxy (deploy/nginx) and say so")
        } else {
            report(true, "listen address \(host)\(loopback ? "" : " (behind a TLS proxy)")")
        }
        guard failures == 0 else { throw ExitCode(1) }
        guard let url, let project else { throw ExitCode(1) }
        let files = try project.migrationFiles()
        let cipher = try personalData.cipher(project: project, logger: common.logger())
        let status: Migrator.Status
        let collation: String
        let sealedUnderOtherKeys: PersonalDataRotation.Counts
        do {
            (status, collation, sealedUnderOtherKeys) = try await Database.withRunningClient(url: url, logger: common.logger()) { database in
                let database = database.withDeadline(.seconds(5))
                let status = try await Migrator(database: database, files: files).status()
                let collation = try await database.query("SELECT datcollate FROM pg_database WHERE datname = current_database()")
                    .collect().first!.decode(String.self)
                let pending = status.pending.isEmpty ? try await PersonalDataRotation(database: database, cipher: cipher).remaining() : .init(workers: 0, employers: 0)
                return (status, collation, pending)
            }
            report(true, "database reachable")
        } catch {
            report(false, "database unreachable: \(error)")
            throw ExitCode(2)
        }
        // Region and occupation codes are matched as byte ranges ("3501" up to "3502", "9" up to
        // ":"); a linguistic collation orders ":" before digits and would silently drop matches.
        let byteOrdered = ["C", "POSIX", "C.UTF-8", "C.utf8"].contains(collation)
        report(byteOrdered, "database collation \(collation)" + (byteOrdered ? "" : ": create the database with LC_COLLATE C.UTF-8 (codes are compared byte by byte)"))
        if !status.pending.isEmpty {
            report(false, "\(status.pending.count) migration(s) pending: \(status.pending.map(\.name).joined(separator: ", ")); run `minning migrate`")
            throw ExitCode(3)
        }
        report(true, "all \(files.count) migrations applied")
        let left = sealedUnderOtherKeys.workers + sealedUnderOtherKeys.employers
        if left == 0 {
            report(true, "all personal data sealed under the current key \(cipher.keyId)")
        } else {
            report(!cipher.previous.isEmpty, "\(sealedUnderOtherKeys.workers) workers and \(sealedUnderOtherKeys.employers) employers sealed under an earlier or unrecorded key: "
                + (cipher.previous.isEmpty ? "give the earlier key (MINNING_PII_PREVIOUS_KEYS) and run `minning pii rotate`, which names any row no key opens" : "run `minning pii rotate`"))
        }
        guard failures == 0 else { throw ExitCode(1) }
    }
}
