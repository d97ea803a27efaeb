import Foundation
import MinningDomain
import PostgresNIO

extension PlacementRepository {
    /// The placement when `scope` holds either side of it, with the sides, its row locked until
    /// the transaction ends.
    public func lockedWithSides(_ id: UUID, in scope: Scope, on connection: PostgresConnection) async throws -> (PlacementRecord, Sides)? {
        try await fetchWithSides(id, scope: scope, on: connection, lock: true)
    }

    public func find(_ id: UUID, on connection: PostgresConnection) async throws -> PlacementRecord? {
        try await fetch(id, scope: .everywhere, on: connection)
    }

    /// Writes a step already judged valid: its status, and the day and reason it carries.
    /// `today` is the day of steps that carry none (an answer, a withdrawal).
    public func write(_ id: UUID, step: PlacementStep, on today: CalendarDay, by actor: AuditActor, on connection: PostgresConnection) async throws {
        switch step.to {
        case .hired:
            try await connection.query(
                """
                UPDATE placements SET status = 'hired', hired_on = \(step.on), version = version + 1, updated_at = now()
                WHERE id = \(id)
                """,
                logger: database.logger
            )
        case .separated:
            try await connection.query(
                """
                UPDATE placements SET status = 'separated', separated_on = \(step.on),
                    separation_reason = \(step.reason), version = version + 1, updated_at = now()
                WHERE id = \(id)
                """,
                logger: database.logger
            )
        case .accepted:
            try await connection.query(
                "UPDATE placements SET status = 'accepted', accepted_on = \(today), version = version + 1, updated_at = now() WHERE id = \(id)",
                logger: database.logger
            )
        default:
            try await connection.query(
                "UPDATE placements SET status = \(step.to), closed_on = \(today), version = version + 1, updated_at = now() WHERE id = \(id)",
                logger: database.logger
            )
        }
        try await AuditLog.record("update", objectType: "placement", objectId: id, fields: ["status"], by: actor, on: connection, logger: database.logger)
    }

    /// The worker's status following a placement: placed while hired, available again after. An
    /// inactive worker stays inactive.
    public func setWorkerStatus(_ worker: UUID, to status: WorkerStatus, on connection: PostgresConnection) async throws {
        try await connection.query(
            """
            UPDATE workers SET status = \(status), version = version + 1, updated_at = now()
            WHERE id = \(worker) AND status <> 'inactive'
            """,
            logger: database.logger
        )
    }

    public func insert(_ month: MonthWorked, for id: UUID, by actor: AuditActor, on connection: PostgresConnection) async throws {
        try await connection.query(
            """
            INSERT INTO placement_months (placement_id, month, wage_paid_fen, verified_by, recorded_by_key)
            VALUES (\(id), \(month.month), \(month.wagePaidFen), \(month.verifiedBy), \(actor.principal.keyId))
            """,
            logger: database.logger
        )
        try await AuditLog.record("update", objectType: "placement", objectId: id, fields: ["months"], by: actor, on: connection, logger: database.logger)
    }

    /// The minimum wage in force in `month` where the placement's vacancy is worked (its county,
    /// or else its prefecture).
    public func minimumWageFen(atWorkplaceOf placement: UUID, in month: CalendarDay, on connection: PostgresConnection) async throws -> Int? {
        try await connection.query(
            """
            SELECT mw.monthly_fen FROM placements p JOIN vacancies v ON v.id = p.vacancy_id
            JOIN minimum_wages mw ON mw.region_code IN (v.work_region_code, left(v.work_region_code, 4) || '00')
            WHERE p.id = \(placement) AND mw.effective_from <= \(month)
            ORDER BY (mw.region_code = v.work_region_code) DESC, mw.effective_from DESC LIMIT 1
            """,
            logger: database.logger
        ).collect().first?.decode(Int.self)
    }
}
