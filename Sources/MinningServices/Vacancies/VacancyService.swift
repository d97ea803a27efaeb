import Foundation
import MinningDomain
import MinningPersistence
import PostgresNIO

/// Posting, reading and changing vacancies. A destination bureau posts for employers in its
/// scope; open vacancies are readable by every bureau, closed ones only within that scope.
public struct VacancyService: Sendable {
    let database: Database
    let vacancies: VacancyRepository
    let idempotency: IdempotencyStore
    let clock: ChinaClock

    public init(database: Database, vacancies: VacancyRepository, idempotency: IdempotencyStore, clock: ChinaClock) {
        self.database = database
        self.vacancies = vacancies
        self.idempotency = idempotency
        self.clock = clock
    }

    public func post(_ terms: VacancyTerms, forEmployer employerId: UUID, by actor: AuditActor, once: OnceOnly<VacancyRecord>) async throws -> IdempotencyStore.Outcome {
        try Permission.postVacancies.check(actor.principal)
        return try await idempotency.run(once) { connection in try await post(terms, forEmployer: employerId, by: actor, on: connection) }
    }

    /// The posting itself, in the caller's transaction: the demo seeder's path too.
    func post(_ terms: VacancyTerms, forEmployer employerId: UUID, by actor: AuditActor, on connection: PostgresConnection) async throws -> VacancyRecord {
        guard let region = try await vacancies.employerRegion(employerId, on: connection), actor.principal.scope.contains(region) else {
            throw DomainError.invalid([FieldIssue(field: "employer_id", message: .notYoursField(.employer))])
        }
        try await Self.check(terms, today: clock.today, deadlineChanged: true, vacancies: vacancies, on: connection)
        return try await vacancies.create(employerId: employerId, terms: terms, by: actor, on: connection)
    }

    public func show(_ id: UUID, by principal: Principal) async throws -> VacancyRecord {
        guard let record = try await vacancies.find(id), Self.visible(record, to: principal.scope) else {
            throw DomainError.notFound(.noneVisible(.vacancy))
        }
        return record
    }

    public func list(filter: VacancyRepository.Filter, after cursor: ListCursor?, limit: Int, by principal: Principal) async throws -> [VacancyRecord] {
        try await vacancies.list(visibleIn: principal.scope, filter: filter, after: cursor, limit: limit)
    }

    /// Applies `change` when the stored version is `expectedVersion`, then checks the terms whole.
    public func update(
        _ id: UUID, expectedVersion: Int, fields: [String], by actor: AuditActor,
        change: @Sendable @escaping (inout VacancyTerms) -> Void
    ) async throws -> VacancyRecord {
        try Permission.postVacancies.check(actor.principal)
        let (vacancies, today) = (self.vacancies, clock.today)
        return try await database.transaction { connection in
            guard let current = try await vacancies.lockedForUpdate(id, on: connection),
                  actor.principal.scope.contains(current.employerRegion)
            else {
                throw DomainError.notFound(.noneInScope(.vacancy))
            }
            guard current.version == expectedVersion else { throw StaleVersion(current: current.version) }
            var terms = current.terms
            change(&terms)
            // A deadline that passed is the housekeeping's to act on, not a reason to refuse a new title.
            let deadlineChanged = terms.closesOn != current.terms.closesOn || terms.status != current.terms.status
            try await Self.check(terms, today: today, deadlineChanged: deadlineChanged, vacancies: vacancies, on: connection)
            return try await vacancies.write(id, terms: terms, fields: fields, by: actor, on: connection)
        }
    }

    /// A whole file of vacancies, checked line by line with set queries, stored all or nothing.
    public func importFile(_ rows: [(line: Int, row: VacancyCSVFormat.Row)], by actor: AuditActor, dryRun: Bool) async throws -> Int {
        try Permission.postVacancies.check(actor.principal)
        let today = clock.today
        let late = rows.compactMap { line, row in
            row.terms.deadlineProblem(today: today).map { LineIssue(line: line, field: $0.field, message: $0.message) }
        }
        guard late.isEmpty else { throw ImportRejected(late) }
        return try await VacancyBulkImport(database: database).run(rows, by: actor, today: today, dryRun: dryRun)
    }

    /// Closes every open vacancy whose application deadline has passed (China time), so that it is
    /// listed as closed, not only left out of matching; the housekeeping service runs it hourly.
    public func closeExpired() async throws -> Int {
        try await vacancies.closeOpen(closingBefore: clock.today)
    }

    static func visible(_ record: VacancyRecord, to scope: Scope) -> Bool {
        record.terms.status == .open || scope.contains(record.employerRegion)
    }

    /// The domain's rules, then what needs the database: codes that exist and the county's minimum wage.
    static func check(
        _ terms: VacancyTerms, today: CalendarDay, deadlineChanged: Bool, vacancies: VacancyRepository, on connection: PostgresConnection
    ) async throws {
        var issues = terms.problems()
        if deadlineChanged, let issue = terms.deadlineProblem(today: today) { issues.append(issue) }
        guard issues.isEmpty else { throw DomainError.invalid(issues) }
        issues += try await vacancies.unknownCodes(in: terms, on: connection)
        if let minimum = try await vacancies.minimumWageFen(in: terms.workRegion, on: today, on: connection) {
            if let issue = terms.minimumWageProblem(minimumFen: minimum) { issues.append(issue) }
        } else {
            issues.append(FieldIssue(
                field: "work_region_code", message: .noMinimumWageOnRecord(region: terms.workRegion.rawValue)
            ))
        }
        if !issues.isEmpty { throw DomainError.invalid(issues) }
    }
}
