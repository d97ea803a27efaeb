import Foundation
import MinningDomain
import MinningPersistence
import PostgresNIO

/// Placements by hand, their steps and their monthly follow-up (稳岗), and the alerts they raise.
public struct PlacementService: Sendable {
    let database: Database
    let matching: MatchingRepository
    let placements: PlacementRepository
    let alerts: AlertRepository
    let idempotency: IdempotencyStore
    let clock: ChinaClock
    let backdating: BackdatingWindow

    public init(
        database: Database, matching: MatchingRepository, placements: PlacementRepository, alerts: AlertRepository,
        idempotency: IdempotencyStore, clock: ChinaClock, backdating: BackdatingWindow = .standard
    ) {
        self.backdating = backdating
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
        return try await idempotency.run(once) { connection in try await propose(worker: workerId, vacancy: vacancyId, by: actor, on: connection) }
    }

    /// The proposal itself, in the caller's transaction: the demo seeder's path too.
    func propose(worker workerId: UUID, vacancy vacancyId: UUID, by actor: AuditActor, on connection: PostgresConnection) async throws -> PlacementRecord {
        let caller = actor.principal
        let workerScope: Scope = caller.role == .originBureau ? caller.scope : .everywhere
        guard let worker = try await matching.workers([workerId], in: workerScope, on: connection).first else {
            throw DomainError.invalid([FieldIssue(field: "worker_id", message: .noneInScope(.worker))])
        }
        guard let vacancy = try await matching.vacancies([vacancyId], visibleIn: caller.scope, on: connection).first else {
            throw DomainError.invalid([FieldIssue(field: "vacancy_id", message: .noneVisible(.vacancy))])
        }
        if caller.role == .destinationBureau, try await !matching.employer(vacancy.employerId, isIn: caller.scope, on: connection) {
            throw DomainError.forbidden(.destinationProposesOwn)
        }
        let scorer = try await matching.scorer(today: clock.today, on: connection)
        switch scorer.evaluate(worker, vacancy) {
        case .infeasible(let failed) where failed == [.vacancyOpen] && vacancy.remainingOpenings <= 0:
            // Full is a state of the vacancy, as when the database refuses the last opening in a race.
            throw DomainError.conflict(.vacancyFull)
        case .infeasible(let failed):
            throw DomainError.invalid([FieldIssue(field: "vacancy_id", message: .failsHardConstraints(failed))])
        case .feasible(let explanation):
            return try await placements.propose(worker: workerId, vacancy: vacancyId, explanation: explanation, on: clock.today, by: actor, on: connection)
        }
    }

    public func find(_ id: UUID, by principal: Principal) async throws -> PlacementRecord {
        try Permission.followPlacements.check(principal)
        guard let placement = try await placements.find(id, in: principal.scope) else {
            throw DomainError.notFound(.noneInScope(.placement))
        }
        return placement
    }

    public func list(filter: PlacementRepository.Filter, after cursor: ListCursor?, limit: Int, by principal: Principal) async throws -> [PlacementRecord] {
        try Permission.followPlacements.check(principal)
        return try await placements.list(in: principal.scope, filter: filter, after: cursor, limit: limit)
    }

    /// Moves a placement one step, with the worker's status following: placed while hired,
    /// available again after separation. Separating a monitored-household worker raises an alert
    /// for their origin bureau (防返贫).
    public func transition(_ id: UUID, _ step: PlacementStep, backdatingReason: String? = nil, by actor: AuditActor) async throws -> PlacementRecord {
        let principal = actor.principal
        try Permission.stepPlacements.check(principal)
        if principal.role == .cooperationOffice, ![.hired, .separated].contains(step.to) {
            throw DomainError.forbidden(.officesRecordHires)
        }
        let (placements, alerts, today, clock, backdating) = (self.placements, self.alerts, clock.today, self.clock, self.backdating)
        return try await database.transaction { connection in
            guard let (current, sides) = try await placements.lockedWithSides(id, in: principal.scope, on: connection) else {
                throw DomainError.notFound(.noneInScope(.placement))
            }
            if principal.role != .cooperationOffice { try Self.checkSide(for: step.to, sides: sides, scope: principal.scope) }
            if let problem = current.status.transitionProblem(to: step.to) { throw DomainError.conflict(problem) }
            var issues = step.problems() + PlacementTimeline.problems(of: step, for: current, today: today)
            let backdated = step.on.flatMap { day in Self.backdated(day, field: "on", window: backdating, today: today, reason: backdatingReason, by: principal, issues: &issues) }
            guard issues.isEmpty else { throw DomainError.invalid(issues) }
            try await placements.write(id, step: step, on: today, by: actor, on: connection)
            if let (day, reason) = backdated {
                try await placements.recordBackdated(id, fact: step.to == .hired ? "hired_on" : "separated_on", day: day, reason: reason, at: clock.now, by: actor, on: connection)
            }
            switch step.to {
            case .hired:
                try await placements.setWorkerStatus(current.workerId, to: .placed, on: connection)
            case .separated:
                try await placements.setWorkerStatus(current.workerId, to: .available, on: connection)
                if let endedOn = step.on, let reason = step.reason {
                    try await alerts.raise(
                        .monitoredWorkerSeparated(on: endedOn, reason: reason), worker: current.workerId, placement: id, month: nil,
                        onlyIfMonitored: true, on: connection
                    )
                }
            default:
                break
            }
            return try await placements.find(id, on: connection)!
        }
    }

    /// Records a month worked (destination side). A missing wage, or one below the minimum wage
    /// of the work county, raises an alert for the worker's origin bureau.
    public func recordMonth(_ id: UUID, _ worked: MonthWorked, backdatingReason: String? = nil, by actor: AuditActor) async throws -> PlacementRecord {
        let principal = actor.principal
        try Permission.recordMonth.check(principal)
        let (placements, alerts, today, clock, backdating) = (self.placements, self.alerts, clock.today, self.clock, self.backdating)
        return try await database.transaction { connection in
            guard let (current, sides) = try await placements.lockedWithSides(id, in: principal.scope, on: connection) else {
                throw DomainError.notFound(.noneInScope(.placement))
            }
            guard principal.role == .cooperationOffice || sides.destinationSide(principal.scope) else {
                throw DomainError.forbidden(.monthsByDestination)
            }
            guard [.hired, .separated].contains(current.status) else {
                throw DomainError.conflict(.monthsOnlyForHired(current.status))
            }
            var issues = PlacementTimeline.problems(ofMonth: worked.month, for: current, today: today)
            let backdated = Self.backdated(worked.month, field: "month", window: backdating, today: today, reason: backdatingReason, by: principal, issues: &issues)
            guard issues.isEmpty else { throw DomainError.invalid(issues) }
            try await placements.insert(worked, for: id, by: actor, on: connection)
            if let (day, reason) = backdated {
                try await placements.recordBackdated(id, fact: "month", day: day, reason: reason, at: clock.now, by: actor, on: connection)
            }
            try await Self.raiseWageAlerts(worked.month, wagePaidFen: worked.wagePaidFen, of: current, placements: placements, alerts: alerts, on: connection)
            return try await placements.find(id, on: connection)!
        }
    }

    /// A month without pay, or paid below the work county's minimum wage, raises an alert for the
    /// worker's origin bureau.
    static func raiseWageAlerts(
        _ month: CalendarDay, wagePaidFen: Int?, of placement: PlacementRecord, placements: PlacementRepository, alerts: AlertRepository,
        on connection: PostgresConnection
    ) async throws {
        if let wage = wagePaidFen {
            if let minimum = try await placements.minimumWageFen(atWorkplaceOf: placement.id, in: month, on: connection), wage < minimum {
                try await alerts.raise(
                    .wageBelowMinimum(month: month, paidFen: wage, minimumFen: minimum),
                    worker: placement.workerId, placement: placement.id, month: month, on: connection
                )
            }
        } else {
            try await alerts.raise(
                .wageMissing(month: month), worker: placement.workerId, placement: placement.id, month: month, on: connection
            )
        }
    }

    /// A day before the backdating window: refused to the bureaus (an issue on `field`), taken from
    /// a cooperation office or an admin with a reason (then returned, to be kept).
    static func backdated(
        _ day: CalendarDay, field: String, window: BackdatingWindow, today: CalendarDay, reason: String?, by principal: Principal,
        issues: inout [FieldIssue]
    ) -> (CalendarDay, String)? {
        // A day the timeline refuses already is named once, with its range.
        guard !issues.contains(where: { $0.field == field }), let problem = window.problem(field: field, day: day, today: today) else { return nil }
        guard [.cooperationOffice, .admin].contains(principal.role) else {
            issues.append(problem)
            return nil
        }
        guard let reason else {
            issues.append(FieldIssue(field: "backdating_reason", message: .backdatingReasonRequired(window.start(today: today))))
            return nil
        }
        return (day, reason)
    }

    /// The worker's side (the origin bureau) answers a proposal; the employer's side (the
    /// destination bureau) records hiring and separation; either may withdraw.
    static func checkSide(for next: PlacementStatus, sides: PlacementRepository.Sides, scope: Scope) throws {
        switch PlacementSide.allowed(to: next) {
        case .origin where !sides.originSide(scope):
            throw DomainError.forbidden(.answerByOrigin)
        case .destination where !sides.destinationSide(scope):
            throw DomainError.forbidden(.hiringByDestination)
        default:
            break
        }
    }

    public func alerts(acknowledged: Bool?, limit: Int, by principal: Principal) async throws -> [AlertRecord] {
        try Permission.readAlerts.check(principal)
        return try await alerts.list(in: principal.scope, acknowledged: acknowledged, limit: limit)
    }

    public func acknowledgeAlert(_ id: UUID, note: String, by actor: AuditActor) async throws -> AlertRecord {
        try Permission.readAlerts.check(actor.principal)
        let alerts = self.alerts
        return try await database.transaction { connection in
            guard let alert = try await alerts.locked(id, in: actor.principal.scope, on: connection) else {
                throw DomainError.notFound(.noneInScope(.alert))
            }
            guard alert.acknowledgedAt == nil else { throw DomainError.conflict(.alertAcknowledged) }
            return try await alerts.markAcknowledged(id, note: note, by: actor, on: connection)
        }
    }
}
