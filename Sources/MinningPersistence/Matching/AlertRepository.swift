import Foundation
import MinningDomain
import PostgresNIO

/// A follow-up alert for a worker's origin bureau (防返贫): a monitored-household worker who lost
/// a job, or a month worked without pay or below the minimum wage.
public struct AlertRecord: Sendable, Equatable {
    public let id: UUID
    public let kind: String
    public let workerId: UUID
    public let placementId: UUID
    public let originRegionCode: RegionCode
    /// The first day of the month the alert is about, when it is about one.
    public let month: CalendarDay?
    /// The English text written when the alert was raised.
    public let details: String
    /// The facts it reports; nil for an alert raised before they were kept (migration 0023).
    public let notice: AlertNotice?
    public let raisedAt: Date
    public let acknowledgedAt: Date?
    public let acknowledgementNote: String?
}

public struct AlertRepository: Sendable {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    static let columns = """
        a.id, a.kind, a.worker_id, a.placement_id, a.origin_region_code, a.month, a.details, a.facts::text AS facts, a.raised_at,
        a.acknowledged_at, a.acknowledgement_note
        """

    /// Alerts about workers of `scope`, newest first.
    public func list(in scope: Scope, acknowledged: Bool?, limit: Int) async throws -> [AlertRecord] {
        try await database.withConnection { connection in
            let rows = try await connection.query(
                """
                SELECT \(unescaped: Self.columns) FROM alerts a
                WHERE a.origin_region_code LIKE \(scope.codePrefix) || '%'
                  AND (\(acknowledged)::boolean IS NULL OR (a.acknowledged_at IS NOT NULL) = \(acknowledged))
                ORDER BY a.raised_at DESC, a.id DESC
                LIMIT \(limit)
                """,
                logger: database.logger
            )
            return try await Self.decode(rows)
        }
    }

    /// The alert when it is about a worker of `scope`, its row locked until the transaction ends.
    public func locked(_ id: UUID, in scope: Scope, on connection: PostgresConnection) async throws -> AlertRecord? {
        let rows = try await connection.query(
            """
            SELECT \(unescaped: Self.columns) FROM alerts a
            WHERE a.id = \(id) AND a.origin_region_code LIKE \(scope.codePrefix) || '%'
            FOR UPDATE
            """,
            logger: database.logger
        )
        return try await Self.decode(rows).first
    }

    public func markAcknowledged(_ id: UUID, note: String, by actor: AuditActor, on connection: PostgresConnection) async throws -> AlertRecord {
        try await connection.query(
            """
            UPDATE alerts SET acknowledged_at = now(), acknowledged_by_key = \(actor.principal.keyId), acknowledgement_note = \(note)
            WHERE id = \(id)
            """,
            logger: database.logger
        )
        try await AuditLog.record("update", objectType: "alert", objectId: id, fields: ["acknowledged_at"], by: actor, on: connection, logger: database.logger)
        return try await Self.decode(try await connection.query("SELECT \(unescaped: Self.columns) FROM alerts a WHERE a.id = \(id)", logger: database.logger)).first!
    }

    /// Raises an alert for the worker's origin bureau, once per kind, placement and month; with
    /// `onlyIfMonitored`, only when the worker's household is monitored (防返贫).
    public func raise(
        _ notice: AlertNotice, worker: UUID, placement: UUID, month: CalendarDay?, onlyIfMonitored: Bool = false,
        on connection: PostgresConnection
    ) async throws {
        let facts = String(decoding: try JSONEncoder().encode(notice), as: UTF8.self)
        let details = Message.alert(notice).text(in: .en)
        try await connection.query(
            """
            INSERT INTO alerts (kind, worker_id, placement_id, origin_region_code, month, details, facts)
            SELECT \(notice.kind), w.id, \(placement), w.origin_region_code, \(month), \(details), \(facts)::jsonb
            FROM workers w WHERE w.id = \(worker) AND (NOT \(onlyIfMonitored) OR w.poverty_status = 'monitored')
            ON CONFLICT DO NOTHING
            """,
            logger: database.logger
        )
    }

    static func decode(_ rows: PostgresRowSequence) async throws -> [AlertRecord] {
        var alerts: [AlertRecord] = []
        for try await row in rows {
            let row = NamedRow(row)
            alerts.append(AlertRecord(
                id: try row("id"), kind: try row("kind"), workerId: try row("worker_id"), placementId: try row("placement_id"),
                originRegionCode: try row("origin_region_code"), month: try row("month"), details: try row("details"),
                notice: try row("facts", as: String?.self).flatMap { try? JSONDecoder().decode(AlertNotice.self, from: Data($0.utf8)) },
                raisedAt: try row("raised_at"), acknowledgedAt: try row("acknowledged_at"),
                acknowledgementNote: try row("acknowledgement_note")
            ))
        }
        return alerts
    }
}
