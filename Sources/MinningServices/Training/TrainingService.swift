import Foundation
import MinningDomain
import MinningPersistence
import PostgresNIO

/// Training bases and enrolments. Bases are registered by origin bureaus and cooperation offices in
/// their scope and read by everyone; enrolments belong to the worker's origin bureau.
public struct TrainingService: Sendable {
    let database: Database
    let training: TrainingRepository
    let idempotency: IdempotencyStore

    public init(database: Database, idempotency: IdempotencyStore) {
        self.database = database
        self.training = TrainingRepository(database: database)
        self.idempotency = idempotency
    }

    public func registerBase(_ base: NewTrainingBase, by actor: AuditActor, once: OnceOnly<TrainingBaseRecord>) async throws -> IdempotencyStore.Outcome {
        try Permission.keepTrainingBases.check(actor.principal)
        return try await idempotency.run(once) { connection in try await registerBase(base, by: actor, on: connection) }
    }

    /// The registration itself, in the caller's transaction: the demo seeder's path too.
    func registerBase(_ base: NewTrainingBase, by actor: AuditActor, on connection: PostgresConnection) async throws -> TrainingBaseRecord {
        guard actor.principal.scope.contains(base.region) else {
            throw DomainError.invalid([FieldIssue(field: "region_code", message: .outsideYourRegion)])
        }
        var operatorName = base.collegeName ?? ""
        if let employerId = base.operatorEmployerId {
            guard let name = try await training.employerName(employerId, on: connection) else {
                throw DomainError.invalid([FieldIssue(field: "operator_employer_id", message: .noSuchId(.employer))])
            }
            operatorName = name
        }
        try await checkOccupations(base.occupations, on: connection)
        guard try await training.isKnownRegion(base.region, on: connection) else {
            throw DomainError.invalid([FieldIssue(field: "region_code", message: .unknownRegion(base.region.rawValue))])
        }
        return try await training.createBase(base, operatorName: operatorName, by: actor, on: connection)
    }

    public func base(_ id: UUID) async throws -> TrainingBaseRecord {
        guard let base = try await training.base(id) else { throw DomainError.notFound(.noSuchId(.trainingBase)) }
        return base
    }

    public func bases(region: RegionCode?, occupation: String?, limit: Int) async throws -> [TrainingBaseRecord] {
        try await training.bases(region: region, occupation: occupation, limit: limit)
    }

    /// The stored version of a base the caller may change, for If-Match.
    public func currentVersion(ofBase id: UUID, by principal: Principal) async throws -> Int {
        guard let base = try await training.base(id), principal.scope.contains(base.region) else {
            throw DomainError.notFound(.noneInScope(.trainingBase))
        }
        return base.version
    }

    /// Changes a base of the caller's region when the stored version is `expectedVersion`.
    public func updateBase(
        _ id: UUID, expectedVersion: Int, name: String?, occupations: [String]?, capacityPerCohort: Int?, by actor: AuditActor
    ) async throws -> TrainingBaseRecord {
        try Permission.keepTrainingBases.check(actor.principal)
        return try await database.transaction { connection in
            guard let current = try await training.base(id, lock: true, on: connection), actor.principal.scope.contains(current.region) else {
                throw DomainError.notFound(.noneInScope(.trainingBase))
            }
            guard current.version == expectedVersion else { throw StaleVersion(current: current.version) }
            if let occupations { try await checkOccupations(occupations, on: connection) }
            let fields = [("name", name != nil), ("occupations", occupations != nil), ("capacity_per_cohort", capacityPerCohort != nil)]
                .filter(\.1).map(\.0)
            return try await training.writeBase(
                id, name: name, occupations: occupations, capacityPerCohort: capacityPerCohort, fields: fields, by: actor, on: connection
            )
        }
    }

    /// Enrols a worker of the caller's scope in an occupation the base teaches; the worker is then in training.
    public func enrol(
        baseId: UUID, workerId: UUID, occupation: String, startsOn: CalendarDay, endsOn: CalendarDay, by actor: AuditActor,
        once: OnceOnly<EnrolmentRecord>
    ) async throws -> IdempotencyStore.Outcome {
        try Permission.enrolWorkers.check(actor.principal)
        let training = self.training
        return try await idempotency.run(once) { connection in
            guard let base = try await training.base(baseId, on: connection) else { throw DomainError.notFound(.noSuchId(.trainingBase)) }
            var issues: [FieldIssue] = []
            let status = try await training.lockedWorkerStatus(workerId, in: actor.principal.scope, on: connection)
            if status == nil { issues.append(FieldIssue(field: "worker_id", message: .notYoursField(.worker))) }
            if let status, status == .inactive || status == .placed {
                issues.append(FieldIssue(field: "worker_id", message: .workerCannotTrain(status)))
            }
            if !base.occupations.contains(occupation) {
                issues.append(FieldIssue(field: "occupation_code", message: .notTaughtHere(teaches: base.occupations)))
            }
            if endsOn < startsOn { issues.append(FieldIssue(field: "ends_on", message: .notBefore(field: "starts_on"))) }
            guard issues.isEmpty else { throw DomainError.invalid(issues) }
            guard let record = try await training.insertEnrolment(
                baseId: baseId, workerId: workerId, occupation: occupation, startsOn: startsOn, endsOn: endsOn, by: actor, on: connection
            ) else {
                throw DomainError.conflict(.alreadyEnrolled)
            }
            return record
        }
    }

    public func enrolments(baseId: UUID, by principal: Principal) async throws -> [EnrolmentRecord] {
        try Permission.enrolWorkers.check(principal)
        guard try await training.base(baseId) != nil else { throw DomainError.notFound(.noSuchId(.trainingBase)) }
        return try await training.enrolments(baseId: baseId, scope: principal.scope)
    }

    /// Records how training ended, once. Certification adds the skill and its certificate to the
    /// worker; any outcome returns a worker in training to `available`.
    public func recordOutcome(
        baseId: UUID, enrolmentId: UUID, expectedVersion: Int?, outcome: EnrolmentOutcome, certificate: String?, level: Int?,
        by actor: AuditActor
    ) async throws -> EnrolmentRecord {
        try Permission.enrolWorkers.check(actor.principal)
        let training = self.training
        return try await database.transaction { connection in
            guard let current = try await training.lockedEnrolment(enrolmentId, atBase: baseId, in: actor.principal.scope, on: connection) else {
                throw DomainError.notFound(.noneInScope(.enrolment))
            }
            if let expectedVersion, expectedVersion != current.version { throw StaleVersion(current: current.version) }
            guard current.outcome == nil else { throw DomainError.conflict(.outcomeRecorded) }
            var issues: [FieldIssue] = []
            if outcome == .certified, certificate == nil { issues.append(FieldIssue(field: "certificate", message: .certificateRequiredForCertified)) }
            if outcome != .certified, certificate != nil || level != nil {
                issues.append(FieldIssue(field: "certificate", message: .certificateOnlyForCertified))
            }
            guard issues.isEmpty else { throw DomainError.invalid(issues) }
            return try await training.writeOutcome(current, outcome: outcome, certificate: certificate, level: level, by: actor, on: connection)
        }
    }

    private func checkOccupations(_ codes: [String], on connection: PostgresConnection) async throws {
        let known = try await training.knownOccupations(codes, on: connection)
        let unknown = codes.enumerated().filter { !known.contains($0.element) }
        guard unknown.isEmpty else {
            throw DomainError.invalid(unknown.map { FieldIssue(field: "occupations[\($0.offset)]", message: .unknownCode(.occupation, $0.element)) })
        }
    }
}
