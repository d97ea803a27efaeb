import Foundation
import MinningDomain
import MinningPersistence

/// Cohort allocation, the one workflow behind `POST /v1/allocations` and `minning match run`:
/// read the cohort and the vacancies in the caller's scope, solve exactly, then (unless it is a
/// dry run) turn every assignment into a proposed placement.
public struct AllocationService: Sendable {
    let database: Database
    let matching: MatchingRepository
    let placements: PlacementRepository
    let idempotency: IdempotencyStore
    let clock: ChinaClock

    public init(database: Database, matching: MatchingRepository, placements: PlacementRepository, idempotency: IdempotencyStore, clock: ChinaClock) {
        self.database = database
        self.matching = matching
        self.placements = placements
        self.idempotency = idempotency
        self.clock = clock
    }

    /// A solved allocation, not yet stored.
    public struct Plan: Sendable {
        public let day: CalendarDay
        public let workers: [MatchWorker]
        public let vacancies: [MatchVacancy]
        public let outcome: CohortAllocation.Outcome
        public let solveTime: Duration

        var summary: PlacementRepository.AllocationSummary {
            .init(workers: workers.count, vacancies: vacancies.count, objective: outcome.objective)
        }
    }

    /// A plan stored as proposed placements, in the order of `plan.outcome.assignments`.
    public struct Proposed: Sendable {
        public let plan: Plan
        public let allocationId: UUID
        public let placementIds: [UUID]
    }

    public func plan(_ request: AllocationRequest, limits: AllocationRequest.Limits, by principal: Principal) async throws -> Plan {
        try Permission.allocateCohort.check(principal)
        let (matching, today, scope) = (self.matching, clock.today, principal.scope)
        let (workers, vacancies, scorer) = try await database.transaction { connection in
            let workers = if let ids = request.workerIds {
                try await matching.workers(ids, in: scope, on: connection)
            } else {
                try await matching.workers(matching: request.workerFilter ?? .init(), in: scope, limit: limits.workers, on: connection)
            }
            let vacancies = if let ids = request.vacancyIds {
                try await matching.vacancies(ids, visibleIn: scope, on: connection)
            } else {
                try await matching.vacancies(matching: request.vacancyFilter ?? .init(), today: today, limit: limits.vacancies, on: connection)
            }
            return (workers, vacancies, try await matching.scorer(today: today, on: connection))
        }
        let issues = request.problems(workers: workers, vacancies: vacancies)
        guard issues.isEmpty else { throw DomainError.invalid(issues) }
        let started = ContinuousClock.now
        defer { ServiceMetrics.allocationRuns.increment() }
        do {
            let outcome = try CohortAllocation(workers: workers, vacancies: vacancies)
                .allocate(scorer: scorer, pinned: request.pinned, forbidden: Set(request.forbidden))
            let solveTime = ContinuousClock.now - started
            ServiceMetrics.allocationDuration.recordNanoseconds(solveTime.nanoseconds)
            return Plan(day: today, workers: workers, vacancies: vacancies, outcome: outcome, solveTime: solveTime)
        } catch let refused as CohortAllocation.PinRefused {
            let index = request.pinned.firstIndex(of: refused.pair) ?? 0
            throw DomainError.invalid([FieldIssue(field: "pins[\(index)]", message: .pinRefused(refused.reason))])
        }
    }

    /// Solves and stores a cohort at once, once per key: a retry is answered with the first
    /// answer before anything is solved again (the first's proposals hold the openings now).
    public func planAndPropose(
        _ request: AllocationRequest, limits: AllocationRequest.Limits, by actor: AuditActor, once: OnceOnly<Proposed>
    ) async throws -> IdempotencyStore.Outcome {
        try Permission.allocateCohort.check(actor.principal)
        if let key = once.key, let earlier = try await idempotency.earlier(apiKeyId: once.apiKeyId, idempotencyKey: key, requestBody: once.requestBody) {
            return earlier
        }
        return try await propose(try await plan(request, limits: limits, by: actor.principal), by: actor, once: once)
    }

    /// Stores `plan` once per Idempotency-Key.
    public func propose(_ plan: Plan, by actor: AuditActor, once: OnceOnly<Proposed>) async throws -> IdempotencyStore.Outcome {
        try Permission.allocateCohort.check(actor.principal)
        let placements = self.placements
        return try await idempotency.run(once) { connection in
            let (allocationId, placementIds) = try await placements.propose(plan.outcome.assignments, summary: plan.summary, on: plan.day, by: actor, on: connection)
            return Proposed(plan: plan, allocationId: allocationId, placementIds: placementIds)
        }
    }

    /// Stores `plan` (a command run, where no retry can repeat it).
    public func propose(_ plan: Plan, by actor: AuditActor) async throws -> Proposed {
        try Permission.allocateCohort.check(actor.principal)
        let placements = self.placements
        return try await database.transaction { connection in
            let (allocationId, placementIds) = try await placements.propose(plan.outcome.assignments, summary: plan.summary, on: plan.day, by: actor, on: connection)
            return Proposed(plan: plan, allocationId: allocationId, placementIds: placementIds)
        }
    }
}
