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
        let language = common.language
        func report(_ ok: Bool, _ message: CommandMessage) {
            print("doctor: \(CommandMessage.doctorVerdict(passed: ok).text(in: language)) \(message.text(in: language))")
            if !ok { failures += 1 }
        }
        let production = personalData.isProduction
        print("doctor: " + CommandMessage.doctorMode(production: production).text(in: language))
        let url: DatabaseURL?
        do {
            url = try common.database()
            report(true, .databaseURLParses("\(url!)"))
        } catch {
            url = nil
            report(false, .databaseURLProblem("\(error)"))
        }
        if let url, production, !url.requireTLS, !["127.0.0.1", "localhost", "::1"].contains(url.host) {
            report(false, .productionDatabaseWithoutTLS(host: url.host))
        }
        let project = try? common.project()
        report(project != nil, project.map { .projectFiles(path: $0.root.path) } ?? .projectMissing)
        let hasConfiguredKey = personalData.hasConfiguredKey
        if let project {
            do {
                _ = try personalData.cipher(project: project, logger: common.logger(), language: common.language)
                report(true, hasConfiguredKey ? .personalDataKeyConfigured : .personalDataDevelopmentKey)
            } catch {
                report(false, .personalDataKeyProblem("\(error)"))
            }
        }
        let loopback = ["127.0.0.1", "localhost", "::1"].contains(host)
        if production && !loopback && !behindProxy {
            report(false, .productionListenWithoutProxy(host: host))
        } else {
            report(true, .listenAddress(host: host, behindProxy: !loopback))
        }
        guard failures == 0 else { throw ExitCode(1) }
        guard let url, let project else { throw ExitCode(1) }
        let files = try project.migrationFiles()
        let cipher = try personalData.cipher(project: project, logger: common.logger(), language: common.language)
        let status: Migrator.Status
        let sealed: (otherKey: PersonalDataRotation.Counts, unrecorded: PersonalDataRotation.Counts)?
        do {
            (status, sealed) = try await Database.withRunningClient(url: url, logger: common.logger()) { database in
                let database = database.withDeadline(.seconds(5))
                let status = try await Migrator(database: database, files: files).status()
                let sealed = status.pending.isEmpty ? try await PersonalDataRotation(database: database, cipher: cipher).sealedElsewhere() : nil
                return (status, sealed)
            }
            report(true, .databaseReachable)
        } catch {
            report(false, .databaseUnreachable("\(error)"))
            throw ExitCode(2)
        }
        if !status.pending.isEmpty {
            report(false, .migrationsPendingNamed(status.pending.map(\.name)))
            throw ExitCode(3)
        }
        report(true, .migrationsAllApplied(files.count))
        if let sealed {
            let other = sealed.otherKey.workers + sealed.otherKey.employers
            if other == 0 {
                report(true, .sealedUnderCurrentKey(keyId: cipher.keyId, previousKeysGiven: !cipher.previous.isEmpty))
            } else {
                report(!cipher.previous.isEmpty, .sealedUnderEarlierKey(
                    workers: sealed.otherKey.workers, employers: sealed.otherKey.employers, previousKeysGiven: !cipher.previous.isEmpty
                ))
            }
            if sealed.unrecorded.workers + sealed.unrecorded.employers > 0 {
                report(true, .keysUnrecorded(workers: sealed.unrecorded.workers, employers: sealed.unrecorded.employers))
            }
        }
        guard failures == 0 else { throw ExitCode(1) }
    }
}
