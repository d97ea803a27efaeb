import Foundation
import MinningDomain
import MinningPersistence

/// Placements by hand, their steps and their monthly follow-up (稳岗), and the alerts they raise.
public struct PlacementService: Sendable {
    let database: Database
    let matching: MatchingRepository
    let placements: PlacementRepository
    let alerts: AlertRepository
    let idempotency: IdempotencyStore
    let clock: ChinaClock

    public init(
        database: Database, matching: MatchingRepository, placements: PlacementRepository, alerts: AlertRepository,
        idempotency: IdempotencyStore, clock: ChinaClock
    ) {
        self.database = database
        self.matching = matching
        self.placements = placements
        self.alerts = alerts
        self.idempotency = idempotency
        self.clock = clock
    }

    /// A proposal by hand: origin bureaus propose their own workers to any open vacancy,
    /// destination bureaus any available worker to their own vacancies. The pair must pass the
    /// hard constraints; the explanation is kept with it.
    public func propose(worker workerId: UUID, vacancy vacancyId: UUID, by actor: AuditActor, once: OnceOnly<PlacementRecord>) async throws -> IdempotencyStore.Outcome {
        let caller = actor.principal
        try Permission.followPlacements.check(caller)
        let (matching, placements, today) = (self.matching, self.placements, clock.today)
        return try await idempotency.run(once) { connection in
            let workerScope: Scope = caller.role == .originBureau ? caller.scope : .everywhere
            guard let worker = try await matching.workers([workerId], in: workerScope, on: connection).first else {
                throw DomainError.invalid([FieldIssue(field: "worker_id", message: "no worker with this id is in your scope")])
            }
            guard let vacancy = try await matching.vacancies([vacancyId], visibleIn: caller.scope, on: connection).first else {
                throw DomainError.invalid([FieldIssue(field: "vacancy_id", message: "no vacancy with this id is visible to you")])
            }
            if caller.role == .destinationBureau, try await !matching.employer(vacancy.employerId, isIn: caller.scope, on: connection) {
                throw DomainError.forbidden("destination bureaus propose workers for their own vacancies")
            }
            let scorer = try await matching.scorer(today: today, on: connection)
            switch scorer.evaluate(worker, vacancy) {
            case .infeasible(let failed) where failed == [.vacancyOpen] && vacancy.remainingOpenings <= 0:
                // Full is a state of the vacancy, as when the database refuses the last opening in a race.
                throw DomainError.conflict("the vacancy has no openings left")
            case .infeasible(let failed):
                throw DomainError.invalid([FieldIssue(field: "vacancy_id", message: "the pair fails hard constraints: \(failed.map(\.rawValue).joined(separator: ", "))")])
            case .feasible(let explanation):
                return try await placements.propose(worker: workerId, vacancy: vacancyId, explanation: explanation, by: actor, on: connection)
            }
        }
    }

    public func find(_ id: UUID, by principal: Principal) async throws -> PlacementRecord {
        try Permission.followPlacements.check(principal)
        guard let placement = try await placements.find(id, in: principal.scope) else {
            throw DomainError.notFound("no placement with this id is in your scope")
        }
        return placement
    }

    public func list(filter: PlacementRepository.Filter, after cursor: ListCursor?, limit: Int, by principal: Principal) async throws -> [PlacementRecord] {
        try Permission.followPlacements.check(principal)
        return try await placements.list(in: principal.scope, filter: filter, after: cursor, limit: limit)
    }

    public func transition(_ id: UUID, _ step: PlacementRepository.Transition, by actor: AuditActor) async throws -> PlacementRecord {
        try Permission.followPlacements.check(actor.principal)
        return try await placements.transition(id, step, by: actor)
    }

    public func recordMonth(_ id: UUID, _ record: PlacementRepository.MonthRecord, by actor: AuditActor) async throws -> PlacementRecord {
        try Permission.recordMonth.check(actor.principal)
        return try await placements.recordMonth(id, record, today: clock.today, by: actor)
    }

    public func alerts(acknowledged: Bool?, limit: Int, by principal: Principal) async throws -> [AlertRecord] {
        try Permission.readAlerts.check(principal)
        return try await alerts.list(in: principal.scope, acknowledged: acknowledged, limit: limit)
    }

    public func acknowledgeAlert(_ id: UUID, note: String, by actor: AuditActor) async throws -> AlertRecord {
        try Permission.readAlerts.check(actor.principal)
        return try await alerts.acknowledge(id, note: note, by: actor)
    }
}
