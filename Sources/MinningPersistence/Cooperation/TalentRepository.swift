import Foundation
import MinningDomain
import PostgresNIO

/// Rows of `talent_assignments`.
public struct TalentRepository: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    static let columns = "id, pairing_id, kind, direction, person_name, home_unit, host_unit, post, starts_on, ends_on, version, created_at"

    public func insert(_ assignment: TalentAssignment, by actor: AuditActor, at now: Date, on connection: PostgresConnection) async throws -> Recorded<TalentAssignment> {
        let a = assignment
        let rows = try await connection.query(
            """
            INSERT INTO talent_assignments (id, pairing_id, kind, direction, person_name, home_unit, host_unit, post, starts_on, ends_on,
                                            recorded_by_bureau, created_at)
            VALUES (\(UUID()), \(a.pairingId), \(a.kind), \(a.direction), \(a.personName), \(a.homeUnit), \(a.hostUnit), \(a.post),
                    \(a.startsOn), \(a.endsOn), \(actor.principal.bureauId), \(now))
            RETURNING \(unescaped: Self.columns)
            """,
            logger: database.logger
        )
        let recorded = try await Self.decode(rows)[0]
        try await AuditLog.record("create", objectType: "talent_assignment", objectId: recorded.id, by: actor, on: connection, logger: database.logger)
        return recorded
    }

    /// Postings of the pairings that overlap `year` (or every year), by start.
    public func list(pairingIds: [Int], year: Int?, on connection: PostgresConnection) async throws -> [Recorded<TalentAssignment>] {
        let (from, to) = ReportPeriod.whole(year).days
        return try await Self.decode(try await connection.query(
            """
            SELECT \(unescaped: Self.columns) FROM talent_assignments
            WHERE pairing_id = ANY(\(pairingIds)) AND starts_on <= \(to) AND (ends_on IS NULL OR ends_on >= \(from))
            ORDER BY starts_on, id
            """,
            logger: database.logger
        ))
    }

    public func find(_ id: UUID, on connection: PostgresConnection, forUpdate: Bool = false) async throws -> Recorded<TalentAssignment>? {
        try await Self.decode(try await connection.query(
            "SELECT \(unescaped: Self.columns) FROM talent_assignments WHERE id = \(id) \(unescaped: forUpdate ? "FOR UPDATE" : "")",
            logger: database.logger
        )).first
    }

    /// Replaces what may change after a posting is recorded: the host unit, the post and the end.
    public func update(
        _ id: UUID, hostUnit: String, post: String, endsOn: CalendarDay?, fields: [String], by actor: AuditActor, on connection: PostgresConnection
    ) async throws -> Recorded<TalentAssignment> {
        let rows = try await connection.query(
            """
            UPDATE talent_assignments SET host_unit = \(hostUnit), post = \(post), ends_on = \(endsOn), version = version + 1
            WHERE id = \(id) RETURNING \(unescaped: Self.columns)
            """,
            logger: database.logger
        )
        let recorded = try await Self.decode(rows)[0]
        try await AuditLog.record("update", objectType: "talent_assignment", objectId: id, fields: fields, by: actor, on: connection, logger: database.logger)
        return recorded
    }

    /// The people who served in `year` for the pairings, by the metric they count toward: a posting
    /// counts once it has begun (one planned for next month is not sent yet).
    public func sentCounts(pairingIds: [Int], year: Int, today: CalendarDay, on connection: PostgresConnection) async throws -> [TargetMetric: Int] {
        let (from, last) = ReportPeriod.whole(year).days
        let to = min(last, today)
        let rows = try await connection.query(
            """
            SELECT kind = 'cadre', count(*) FROM talent_assignments
            WHERE pairing_id = ANY(\(pairingIds)) AND starts_on <= \(to) AND (ends_on IS NULL OR ends_on >= \(from))
            GROUP BY 1
            """,
            logger: database.logger
        )
        var counts: [TargetMetric: Int] = [.cadresSent: 0, .techniciansSent: 0]
        for try await (isCadre, count) in rows.decode((Bool, Int).self) { counts[isCadre ? .cadresSent : .techniciansSent] = count }
        return counts
    }

    static func decode(_ rows: PostgresRowSequence) async throws -> [Recorded<TalentAssignment>] {
        var result: [Recorded<TalentAssignment>] = []
        for try await row in rows {
            let (id, pairing, kind, direction, name, home, host, post, starts, ends, version, created) = try row.decode(
                (UUID, Int, TalentAssignment.Kind, TalentAssignment.Direction, String, String, String, String, CalendarDay, CalendarDay?, Int, Date).self
            )
            result.append(Recorded(id: id, value: TalentAssignment(
                pairingId: pairing, kind: kind, direction: direction, personName: name, homeUnit: home, hostUnit: host, post: post,
                startsOn: starts, endsOn: ends
            ), version: version, createdAt: created))
        }
        return result
    }
}
