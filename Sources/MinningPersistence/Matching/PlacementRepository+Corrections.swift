import Foundation
import MinningDomain
import PostgresNIO

/// A correction as kept: the old day beside the new one, why, and by whom.
public struct PlacementCorrectionRecord: Sendable, Equatable {
    public let id: UUID
    public let placementId: UUID
    public let fact: PlacementCorrection.Fact
    public let oldValue: CalendarDay
    public let newValue: CalendarDay
    public let reason: String
    public let correctedByBureau: UUID
    public let correctedAt: Date
}

/// A month's correction as kept: the record before and after, why, and by whom.
public struct MonthCorrectionRecord: Sendable, Equatable {
    public let id: UUID
    public let placementId: UUID
    /// The first day of the month.
    public let month: CalendarDay
    public let old: MonthFact
    public let new: MonthFact
    public let reason: String
    public let correctedByBureau: UUID
    public let correctedAt: Date
}

extension PlacementRepository {
    /// The months recorded as worked (their first days), wage paid or not; not those struck out.
    public func months(of id: UUID, on connection: PostgresConnection) async throws -> [CalendarDay] {
        try await connection.query(
            "SELECT month FROM placement_months WHERE placement_id = \(id) AND worked ORDER BY month", logger: database.logger
        ).collect().map { try $0.decode(CalendarDay.self) }
    }

    /// Writes a correction already judged valid: the new day on the placement, and the old and new
    /// day with the reason in `placement_corrections`.
    public func correct(
        _ id: UUID, _ correction: PlacementCorrection, from old: CalendarDay, at time: Date, by actor: AuditActor, on connection: PostgresConnection
    ) async throws {
        let column = correction.fact == .hiredOn ? "hired_on" : "separated_on"
        try await connection.query(
            PostgresQuery(unsafeSQL: "UPDATE placements SET \(column) = $1, version = version + 1, updated_at = now() WHERE id = $2",
                          binds: try Self.binds(correction.to, id)),
            logger: database.logger
        )
        try await connection.query(
            """
            INSERT INTO placement_corrections (placement_id, fact, old_value, new_value, reason, corrected_by_key, corrected_by_bureau, corrected_at)
            VALUES (\(id), \(correction.fact.rawValue), \(old), \(correction.to), \(correction.reason),
                    \(actor.principal.keyId), \(actor.principal.bureauId), \(time))
            """,
            logger: database.logger
        )
        try await AuditLog.record("correct", objectType: "placement", objectId: id, fields: [column], by: actor, on: connection, logger: database.logger)
    }

    public func corrections(of id: UUID, on connection: PostgresConnection) async throws -> [PlacementCorrectionRecord] {
        let rows = try await connection.query(
            """
            SELECT id, placement_id, fact, old_value, new_value, reason, corrected_by_bureau, corrected_at
            FROM placement_corrections WHERE placement_id = \(id) ORDER BY recorded_order
            """,
            logger: database.logger
        )
        var result: [PlacementCorrectionRecord] = []
        for try await row in rows {
            let row = NamedRow(row)
            result.append(PlacementCorrectionRecord(
                id: try row("id"), placementId: try row("placement_id"), fact: try row("fact"), oldValue: try row("old_value"),
                newValue: try row("new_value"), reason: try row("reason"), correctedByBureau: try row("corrected_by_bureau"),
                correctedAt: try row("corrected_at")
            ))
        }
        return result
    }

    private static func binds(_ day: CalendarDay, _ id: UUID) throws -> PostgresBindings {
        var binds = PostgresBindings()
        binds.append(day)
        binds.append(id)
        return binds
    }
}

extension PlacementRepository {
    /// Keeps why a fact was dated before the backdating window, and who did it.
    public func recordBackdated(
        _ id: UUID, fact: String, day: CalendarDay, reason: String, at time: Date, by actor: AuditActor, on connection: PostgresConnection
    ) async throws {
        try await connection.query(
            """
            INSERT INTO backdated_facts (placement_id, fact, day, reason, recorded_by_key, recorded_by_bureau, recorded_at)
            VALUES (\(id), \(fact), \(day), \(reason), \(actor.principal.keyId), \(actor.principal.bureauId), \(time))
            """,
            logger: database.logger
        )
        try await AuditLog.record("update", objectType: "placement", objectId: id, fields: ["\(fact) backdated"], by: actor, on: connection, logger: database.logger)
    }
}

extension PlacementRepository {
    /// A month's record, locked for its correction.
    public func month(_ month: CalendarDay, of id: UUID, on connection: PostgresConnection) async throws -> MonthFact? {
        try await connection.query(
            "SELECT worked, wage_paid_fen FROM placement_months WHERE placement_id = \(id) AND month = \(month) FOR UPDATE", logger: database.logger
        ).collect().first.map { row in
            let (worked, wage) = try row.decode((Bool, Int?).self)
            return MonthFact(worked: worked, wagePaidFen: wage)
        }
    }

    public func monthCorrections(of id: UUID, on connection: PostgresConnection) async throws -> [MonthCorrectionRecord] {
        let rows = try await connection.query(
            """
            SELECT id, placement_id, month, old_worked, old_wage_paid_fen, new_worked, new_wage_paid_fen, reason, corrected_by_bureau, corrected_at
            FROM placement_month_corrections WHERE placement_id = \(id) ORDER BY recorded_order
            """,
            logger: database.logger
        )
        var result: [MonthCorrectionRecord] = []
        for try await row in rows {
            let row = NamedRow(row)
            result.append(MonthCorrectionRecord(
                id: try row("id"), placementId: try row("placement_id"), month: try row("month"),
                old: MonthFact(worked: try row("old_worked"), wagePaidFen: try row("old_wage_paid_fen")),
                new: MonthFact(worked: try row("new_worked"), wagePaidFen: try row("new_wage_paid_fen")),
                reason: try row("reason"), correctedByBureau: try row("corrected_by_bureau"), correctedAt: try row("corrected_at")
            ))
        }
        return result
    }

    /// Writes a month's corrected record, keeping the old one beside it with the reason.
    public func correctMonth(
        _ id: UUID, _ correction: MonthCorrection, from old: MonthFact, at time: Date, by actor: AuditActor, on connection: PostgresConnection
    ) async throws {
        let new = correction.to
        try await connection.query(
            """
            UPDATE placement_months SET wage_paid_fen = \(new.wagePaidFen), worked = \(new.worked)
            WHERE placement_id = \(id) AND month = \(correction.month)
            """,
            logger: database.logger
        )
        try await connection.query(
            """
            INSERT INTO placement_month_corrections (placement_id, month, old_wage_paid_fen, new_wage_paid_fen, old_worked, new_worked,
                reason, corrected_by_key, corrected_by_bureau, corrected_at)
            VALUES (\(id), \(correction.month), \(old.wagePaidFen), \(new.wagePaidFen), \(old.worked), \(new.worked),
                \(correction.reason), \(actor.principal.keyId), \(actor.principal.bureauId), \(time))
            """,
            logger: database.logger
        )
        try await connection.query("UPDATE placements SET version = version + 1, updated_at = now() WHERE id = \(id)", logger: database.logger)
        try await AuditLog.record("correct", objectType: "placement", objectId: id, fields: ["month \(correction.month.monthText)"], by: actor, on: connection, logger: database.logger)
    }
}
