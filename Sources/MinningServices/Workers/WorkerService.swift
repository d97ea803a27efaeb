import Foundation
import MinningDomain
import MinningPersistence
import PostgresNIO

/// Registering, reading, changing and erasing workers.
public struct WorkerService: Sendable {
    let database: Database
    let workers: WorkerRepository
    let idempotency: IdempotencyStore
    let clock: ChinaClock

    public init(database: Database, workers: WorkerRepository, idempotency: IdempotencyStore, clock: ChinaClock) {
        self.database = database
        self.workers = workers
        self.idempotency = idempotency
        self.clock = clock
    }

    public var today: CalendarDay { clock.today }

    /// Registers a worker of the caller's own region, once per Idempotency-Key.
    public func register(_ worker: NewWorker, by actor: AuditActor, once: OnceOnly<WorkerWrite>) async throws -> IdempotencyStore.Outcome {
        try Permission.registerWorker.check(actor.principal)
        return try await idempotency.run(once) { connection in try await register(worker, by: actor, on: connection) }
    }

    /// The registration itself, in the caller's transaction: the demo seeder's path too.
    func register(_ worker: NewWorker, by actor: AuditActor, on connection: PostgresConnection) async throws -> WorkerWrite {
        guard actor.principal.scope.contains(worker.profile.originRegion) else {
            throw DomainError.invalid([FieldIssue(field: "origin_region_code", message: .outsideYourRegion)])
        }
        let unknown = try await workers.unknownCodes(in: worker.profile, on: connection)
        guard unknown.isEmpty else { throw DomainError.invalid(unknown) }
        let created = try await workers.create(worker, by: actor, on: connection)
        return WorkerWrite(worker: created, warnings: try await phoneWarnings(worker.phone, of: created.id, on: connection))
    }

    /// Families share phones, so another worker's phone is accepted, with a word to the clerk.
    private func phoneWarnings(_ phone: String?, of id: UUID, on connection: PostgresConnection) async throws -> [FieldIssue] {
        guard let phone else { return [] }
        let others = try await workers.workersSharing(phone: phone, except: id, on: connection)
        guard others > 0 else { return [] }
        return [SharedPhone.warning(otherWorkers: others)]
    }

    /// Origin bureaus list their own workers, and find one by name or ID number; destination
    /// bureaus list candidates only (available workers of every origin, never filtered by poverty
    /// status, name or ID number: they know neither). A search by ID number is audited, found or not.
    public func list(
        filter: WorkerRepository.Filter, after cursor: ListCursor?, limit: Int, by actor: AuditActor
    ) async throws -> [WorkerView] {
        let principal = actor.principal
        try Permission.readWorkers.check(principal)
        guard principal.role == .destinationBureau else {
            let reader = WorkerReader.originSide(principal.role)
            let found = try await workers.list(in: principal.scope, filter: filter, after: cursor, limit: limit)
            if filter.idNumber != nil {
                try await auditIdNumberSearch(found: found.first?.id, by: actor)
            }
            return found.map { WorkerView($0, readBy: reader) }
        }
        guard filter.povertyStatus == nil else {
            throw DomainError.forbidden(.destinationNoPovertyFilter)
        }
        guard filter.idNumber == nil, filter.namePrefix == nil else {
            throw DomainError.forbidden(.destinationNoNameSearch)
        }
        guard filter.status == nil || filter.status == .available else { return [] }
        var candidates = filter
        candidates.status = .available
        return try await workers.list(in: .everywhere, filter: candidates, after: cursor, limit: limit).map { WorkerView($0, readBy: .candidateViewer) }
    }

    /// Who looked for which person: the worker found, or `none`, so that probing is seen too.
    private func auditIdNumberSearch(found: UUID?, by actor: AuditActor) async throws {
        try await database.transaction { connection in
            try await AuditLog.record(
                "search_personal_data", objectType: "worker", objectId: found?.uuidString.lowercased() ?? "none", fields: ["id_number"],
                by: actor, on: connection, logger: database.logger
            )
        }
    }

    public func show(_ id: UUID, by principal: Principal) async throws -> WorkerView {
        try Permission.readWorkers.check(principal)
        if principal.role == .destinationBureau {
            // Minimum necessary: the record (masked) only once the worker accepted one of this bureau's jobs.
            if let employed = try await workers.findEmployed(id, byEmployersIn: principal.scope) { return WorkerView(employed, readBy: .employingBureau) }
            guard let worker = try await workers.find(id, in: .everywhere), worker.profile.status == .available else {
                throw DomainError.notFound(.noSuchId(.candidate))
            }
            return WorkerView(worker, readBy: .candidateViewer)
        }
        guard let worker = try await workers.find(id, in: principal.scope) else {
            throw DomainError.notFound(.noneInScope(.worker))
        }
        return WorkerView(worker, readBy: .originSide(principal.role))
    }

    /// Names of the caller's own workers (the origin side reads names; others get none), for
    /// tables of many workers such as a cohort's allocation.
    public func names(of ids: [UUID], by principal: Principal) async throws -> [UUID: String] {
        guard [.originBureau, .admin].contains(principal.role) else { return [:] }
        return try await workers.names(of: ids, in: principal.scope)
    }

    /// The stored version of a worker the caller may change, for If-Match.
    public func currentVersion(_ id: UUID, by principal: Principal) async throws -> Int {
        try Permission.changeWorker.check(principal)
        guard let current = try await workers.find(id, in: principal.scope) else {
            throw DomainError.notFound(.noneInScope(.worker))
        }
        return current.version
    }

    /// Applies `changes` when the stored version is `expectedVersion`; a stale version is
    /// `StaleVersion`, so that two clerks never overwrite each other.
    public func update(_ id: UUID, expectedVersion: Int, changes: WorkerChanges, by actor: AuditActor) async throws -> WorkerWrite {
        try Permission.changeWorker.check(actor.principal)
        let workers = self.workers
        return try await database.transaction { connection in
            guard let current = try await workers.lockedForUpdate(id, in: actor.principal.scope, on: connection) else {
                throw DomainError.notFound(.noneInScope(.worker))
            }
            guard current.version == expectedVersion else { throw StaleVersion(current: current.version) }
            guard current.consentWithdrawnOn == nil else {
                throw DomainError.conflict(.consentWithdrawnNoChange)
            }
            let profile = changes.applied(to: current.profile)
            let issues = profile.problems()
            guard issues.isEmpty else { throw DomainError.invalid(issues) }
            let unknown = try await workers.unknownCodes(in: profile, on: connection)
            guard unknown.isEmpty else { throw DomainError.invalid(unknown) }
            let written = try await workers.write(id, profile: profile, changes: changes, by: actor, on: connection)
            return WorkerWrite(worker: written, warnings: try await phoneWarnings(changes.phone, of: id, on: connection))
        }
    }

    /// The unmasked ID number and phone; every call is audited.
    public func personalData(_ id: UUID, by actor: AuditActor) async throws -> (idNumber: String, phone: String) {
        try Permission.changeWorker.check(actor.principal)
        return try await workers.personalData(id, by: actor)
    }

    public func withdrawConsent(_ id: UUID, on day: CalendarDay, by actor: AuditActor) async throws -> WorkerRecord {
        try Permission.changeWorker.check(actor.principal)
        if day > clock.today { throw DomainError.invalid([FieldIssue(field: "withdrawn_on", message: .notInFuture)]) }
        return try await workers.withdrawConsent(id, on: day, by: actor)
    }
}
