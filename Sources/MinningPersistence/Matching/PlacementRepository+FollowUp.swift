import Foundation
import MinningDomain
import PostgresNIO

extension PlacementRepository {
    public struct Transition: Sendable {
        public let to: PlacementStatus
        /// The start date for `hired`, the last day for `separated`.
        public let on: CalendarDay?
        public let reason: String?

        public init(to: PlacementStatus, on: CalendarDay? = nil, reason: String? = nil) {
            self.to = to
            self.on = on
            self.reason = reason
        }
    }

    /// Moves a placement one step, with the worker's status following: placed while hired,
    /// available again after separation. Separating a monitored-household worker raises an alert
    /// for their origin bureau (防返贫).
    public func transition(_ id: UUID, _ step: Transition, by actor: AuditActor) async throws -> PlacementRecord {
        try await database.transaction { connection in
            guard let (current, sides) = try await fetchWithSides(id, scope: actor.principal.scope, on: connection, lock: true) else {
                throw DomainError.notFound("no placement with this id is in your scope")
            }
            try checkSide(for: step.to, sides: sides, scope: actor.principal.scope)
            if let problem = current.status.transitionProblem(to: step.to) { throw DomainError.conflict(problem) }
            switch step.to {
            case .hired:
                guard let startedOn = step.on else { throw DomainError.invalid([FieldIssue(field: "on", message: "is required to hire: the first day of work")]) }
                try await connection.query(
                    """
                    UPDATE placements SET status = 'hired', hired_on = \(startedOn), version = version + 1, updated_at = now()
                    WHERE id = \(id)
                    """,
                    logger: database.logger
                )
                try await setWorkerStatus(current.workerId, to: .placed, on: connection)
            case .separated:
                var issues: [FieldIssue] = []
                if step.on == nil { issues.append(FieldIssue(field: "on", message: "is required to separate: the last day of work")) }
                if step.reason == nil { issues.append(FieldIssue(field: "reason", message: "is required to separate")) }
                if let endedOn = step.on, let hiredOn = current.hiredOn, endedOn < hiredOn {
                    issues.append(FieldIssue(field: "on", message: "must not be before the start, \(hiredOn)"))
                }
                guard issues.isEmpty, let endedOn = step.on, let reason = step.reason else { throw DomainError.invalid(issues) }
                try await connection.query(
                    """
                    UPDATE placements SET status = 'separated', separated_on = \(endedOn),
                        separation_reason = \(reason), version = version + 1, updated_at = now()
                    WHERE id = \(id)
                    """,
                    logger: database.logger
                )
                try await setWorkerStatus(current.workerId, to: .available, on: connection)
                try await connection.query(
                    """
                    INSERT INTO alerts (kind, worker_id, placement_id, origin_region_code, details)
                    SELECT 'monitored_worker_separated', w.id, \(id), w.origin_region_code,
                           'a monitored-household worker left the job on ' || \(endedOn.description) || ': ' || \(reason)
                    FROM workers w WHERE w.id = \(current.workerId) AND w.poverty_status = 'monitored'
                    ON CONFLICT DO NOTHING
                    """,
                    logger: database.logger
                )
            default:
                if step.on != nil || step.reason != nil {
                    throw DomainError.invalid([FieldIssue(field: step.on != nil ? "on" : "reason", message: "is only for hired or separated")])
                }
                try await connection.query(
                    "UPDATE placements SET status = \(step.to.rawValue), version = version + 1, updated_at = now() WHERE id = \(id)",
                    logger: database.logger
                )
            }
            try await AuditLog.record("update", objectType: "placement", objectId: id, fields: ["status"], by: actor, on: connection, logger: database.logger)
            return try await fetch(id, scope: .everywhere, on: connection)!
        }
    }

    private func checkSide(for next: PlacementStatus, sides: Sides, scope: Scope) throws {
        switch PlacementSide.allowed(to: next) {
        case .origin where !sides.originSide(scope):
            throw DomainError.forbidden("the worker's answer (accept or decline) is recorded by their origin bureau")
        case .destination where !sides.destinationSide(scope):
            throw DomainError.forbidden("hiring is recorded by the employer's destination bureau")
        default:
            break
        }
    }

    private func setWorkerStatus(_ worker: UUID, to status: WorkerStatus, on connection: PostgresConnection) async throws {
        try await connection.query(
            """
            UPDATE workers SET status = \(status.rawValue), version = version + 1, updated_at = now()
            WHERE id = \(worker) AND status <> 'inactive'
            """,
            logger: database.logger
        )
    }

    // MARK: - 稳岗 months

    public struct MonthRecord: Sendable {
        /// The first day of the month worked.
        public let month: CalendarDay
        /// Nil: the month was worked but no wage was paid.
        public let wagePaidFen: Int?
        public let verifiedBy: String

        public init(month: CalendarDay, wagePaidFen: Int?, verifiedBy: String) {
            self.month = month
            self.wagePaidFen = wagePaidFen
            self.verifiedBy = verifiedBy
        }
    }

    /// Records a month worked (destination side). A missing wage, or one below the minimum wage
    /// of the work county, raises an alert for the worker's origin bureau.
    public func recordMonth(_ id: UUID, _ record: MonthRecord, today: CalendarDay, by actor: AuditActor) async throws -> PlacementRecord {
        try await database.transaction { connection in
            guard let (current, sides) = try await fetchWithSides(id, scope: actor.principal.scope, on: connection, lock: true) else {
                throw DomainError.notFound("no placement with this id is in your scope")
            }
            guard sides.destinationSide(actor.principal.scope) else {
                throw DomainError.forbidden("months worked are recorded by the employer's destination bureau")
            }
            guard let hiredOn = current.hiredOn, [.hired, .separated].contains(current.status) else {
                throw DomainError.conflict("months are recorded for hired placements; this one is \(current.status.rawValue)")
            }
            let firstMonth = CalendarDay(year: hiredOn.year, month: hiredOn.month, day: 1)!
            let lastMonth = current.separatedOn.map { CalendarDay(year: $0.year, month: $0.month, day: 1)! }
                ?? CalendarDay(year: today.year, month: today.month, day: 1)!
            guard record.month >= firstMonth, record.month <= lastMonth else {
                throw DomainError.invalid([FieldIssue(field: "month", message: "must be from \(firstMonth.monthText) to \(lastMonth.monthText)")])
            }
            try await connection.query(
                """
                INSERT INTO placement_months (placement_id, month, wage_paid_fen, verified_by, recorded_by_key)
                VALUES (\(id), \(record.month), \(record.wagePaidFen), \(record.verifiedBy), \(actor.principal.keyId))
                """,
                logger: database.logger
            )
            try await raiseWageAlert(for: id, worker: current.workerId, record: record, on: connection)
            try await AuditLog.record("update", objectType: "placement", objectId: id, fields: ["months"], by: actor, on: connection, logger: database.logger)
            return try await fetch(id, scope: .everywhere, on: connection)!
        }
    }

    private func raiseWageAlert(for placement: UUID, worker: UUID, record: MonthRecord, on connection: PostgresConnection) async throws {
        let month = record.month.monthText
        let (kind, details): (String, String)
        if let wage = record.wagePaidFen {
            let minimum = try await connection.query(
                """
                SELECT mw.monthly_fen FROM placements p JOIN vacancies v ON v.id = p.vacancy_id
                JOIN minimum_wages mw ON mw.region_code IN (v.work_region_code, left(v.work_region_code, 4) || '00')
                WHERE p.id = \(placement) AND mw.effective_from <= \(record.month)
                ORDER BY (mw.region_code = v.work_region_code) DESC, mw.effective_from DESC LIMIT 1
                """,
                logger: database.logger
            ).collect().first?.decode(Int.self)
            guard let minimum, wage < minimum else { return }
            (kind, details) = ("wage_below_minimum", "\(month): paid \(wage) fen, below the local minimum wage of \(minimum) fen")
        } else {
            (kind, details) = ("wage_missing", "\(month): worked, but no wage was paid")
        }
        try await connection.query(
            """
            INSERT INTO alerts (kind, worker_id, placement_id, origin_region_code, month, details)
            SELECT \(kind), w.id, \(placement), w.origin_region_code, \(record.month), \(details)
            FROM workers w WHERE w.id = \(worker)
            ON CONFLICT DO NOTHING
            """,
            logger: database.logger
        )
    }
}
