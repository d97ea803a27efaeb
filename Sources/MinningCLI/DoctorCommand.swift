import ArgumentParser
import Foundation
import MinningDomain
import MinningPersistence

/// Checks the configuration `serve` would start with, without starting it. Exit codes for scripts:
/// 0 ready, 1 configuration refused (or personal data sealed under a key it was not given), 2
/// database unreachable, 3 migrations pending.
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
        let hasConfiguredKey = personalData.hasConfiguredKey
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
        let sealed: (otherKey: PersonalDataRotation.Counts, unrecorded: PersonalDataRotation.Counts)?
        do {
            (status, sealed) = try await Database.withRunningClient(url: url, logger: common.logger()) { database in
                let database = database.withDeadline(.seconds(5))
                let status = try await Migrator(database: database, files: files).status()
                let sealed = status.pending.isEmpty ? try await PersonalDataRotation(database: database, cipher: cipher).sealedElsewhere() : nil
                return (status, sealed)
            }
            report(true, "database reachable")
        } catch {
            report(false, "database unreachable: \(error)")
            throw ExitCode(2)
        }
        if !status.pending.isEmpty {
            report(false, "\(status.pending.count) migration(s) pending: \(status.pending.map(\.name).joined(separator: ", ")); run `minning migrate`")
            throw ExitCode(3)
        }
        report(true, "all \(files.count) migrations applied")
        if let sealed {
            let other = sealed.otherKey.workers + sealed.otherKey.employers
            if other == 0 {
                report(true, "personal data sealed under the current key \(cipher.keyId)"
                    + (cipher.previous.isEmpty ? "" : "; nothing is left under the earlier keys given: remove MINNING_PII_PREVIOUS_KEYS"))
            } else {
                report(!cipher.previous.isEmpty, "\(sealed.otherKey.workers) workers and \(sealed.otherKey.employers) employers sealed under an earlier key: "
                    + (cipher.previous.isEmpty ? "give it (MINNING_PII_PREVIOUS_KEYS) and run `minning pii rotate`, or they cannot be read" : "run `minning pii rotate`"))
            }
            if sealed.unrecorded.workers + sealed.unrecorded.employers > 0 {
                report(true, "\(sealed.unrecorded.employers) employers and \(sealed.unrecorded.workers) workers stored before their key (or, for workers, their phone's lookup hash) was recorded: `minning pii rotate` records it")
            }
        }
        guard failures == 0 else { throw ExitCode(1) }
    }
}
