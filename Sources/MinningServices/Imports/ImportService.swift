import Foundation
import MinningDomain
import MinningPersistence

/// Files that hold personal data, in and out: imports of workers and employers check every line
/// with set queries and store all or nothing; the export writes a bureau's workers in the import
/// format. The command line runs these as the bureau named on it (vacancies: `VacancyService.importFile`).
public struct ImportService: Sendable {
    let database: Database
    let personalData: PersonalDataCipher
    let clock: ChinaClock

    public init(database: Database, personalData: PersonalDataCipher, clock: ChinaClock) {
        self.database = database
        self.personalData = personalData
        self.clock = clock
    }

    public func importWorkers(
        _ rows: [WorkerBulkImport.Row], by actor: AuditActor, dryRun: Bool, progress: @escaping @Sendable (Int) -> Void = { _ in }
    ) async throws -> ImportOutcome {
        try Permission.registerWorker.check(actor.principal)
        return try await WorkerBulkImport(database: database, cipher: personalData).run(rows, by: actor, dryRun: dryRun, progress: progress)
    }

    public func importEmployers(_ rows: [(line: Int, row: NewEmployer)], by actor: AuditActor, dryRun: Bool) async throws -> Int {
        try Permission.keepEmployers.check(actor.principal)
        return try await EmployerBulkImport(database: database, cipher: personalData).run(rows, by: actor, dryRun: dryRun)
    }

    /// The workers of the actor's region; unmasked, every worker written is audited.
    public func exportWorkers(
        unmasked: Bool, headers: CSVHeaderLanguage = .zh, by actor: AuditActor, write: @escaping @Sendable (String) throws -> Void
    ) async throws -> Int {
        try Permission.changeWorker.check(actor.principal)
        return try await WorkerExport(database: database, cipher: personalData)
            .run(in: actor.principal.scope, unmasked: unmasked, headers: headers, by: actor, write: write)
    }
}
