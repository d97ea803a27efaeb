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
    public let originRegionCode: String
    public let month: String?
    public let details: String
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
        a.id, a.kind, a.worker_id, a.placement_id, a.origin_region_code, to_char(a.month, 'YYYY-MM'), a.details, a.raised_at,
        a.acknowledged_at, a.acknowledgement_note
        """

    /// Alerts about workers of `scope`, newest first.
    public func list(in scope: Scope, acknowledged: Bool?, limit: Int) async throws -> [AlertRecord] {
        try await database.transaction { connection in
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

    /// Marks an alert as followed up, once.
    public func acknowledge(_ id: UUID, note: String, by actor: AuditActor) async throws -> AlertRecord {
        try await database.transaction { connection in
            let rows = try await connection.query(
                """
                SELECT \(unescaped: Self.columns) FROM alerts a
                WHERE a.id = \(id) AND a.origin_region_code LIKE \(actor.principal.scope.codePrefix) || '%'
                FOR UPDATE
                """,
                logger: database.logger
            )
            guard let alert = try await Self.decode(rows).first else { throw DomainError.notFound("no alert with this id is in your scope") }
            guard alert.acknowledgedAt == nil else { throw DomainError.conflict("the alert was already acknowledged") }
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
    }

    static func decode(_ rows: PostgresRowSequence) async throws -> [AlertRecord] {
        var alerts: [AlertRecord] = []
        for try await row in rows {
            let cells = row.makeRandomAccess()
            alerts.append(AlertRecord(
                id: try cells[0].decode(UUID.self), kind: try cells[1].decode(String.self), workerId: try cells[2].decode(UUID.self),
                placementId: try cells[3].decode(UUID.self), originRegionCode: try cells[4].decode(String.self),
                month: try cells[5].decode(String?.self), details: try cells[6].decode(String.self), raisedAt: try cells[7].decode(Date.self),
                acknowledgedAt: try cells[8].decode(Date?.self), acknowledgementNote: try cells[9].decode(String?.self)
            ))
        }
        return alerts
    }
}
