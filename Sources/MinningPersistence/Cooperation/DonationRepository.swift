import Foundation
import MinningDomain
import PostgresNIO

/// Rows of `donations`.
public struct DonationRepository: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    static let columns = "id, pairing_id, donor_name, donor_kind, form, value_fen, description, received_on, project_id, created_at"

    public func insert(_ donation: Donation, by actor: AuditActor, at now: Date, on connection: PostgresConnection) async throws -> Recorded<Donation> {
        let d = donation
        let rows = try await connection.query(
            """
            INSERT INTO donations (id, pairing_id, donor_name, donor_kind, form, value_fen, description, received_on, project_id,
                                   recorded_by_bureau, created_at)
            VALUES (\(UUID()), \(d.pairingId), \(d.donorName), \(d.donorKind), \(d.form), \(d.valueFen), \(d.description), \(d.receivedOn),
                    \(d.projectId), \(actor.principal.bureauId), \(now))
            RETURNING \(unescaped: Self.columns)
            """,
            logger: database.logger
        )
        let recorded = try await Self.decode(rows)[0]
        try await AuditLog.record("create", objectType: "donation", objectId: recorded.id, by: actor, on: connection, logger: database.logger)
        return recorded
    }

    public func list(pairingIds: [Int], year: Int?, limit: Int, offset: Int, on connection: PostgresConnection) async throws -> [Recorded<Donation>] {
        let (from, to) = ReportPeriod.whole(year).days
        return try await Self.decode(try await connection.query(
            """
            SELECT \(unescaped: Self.columns) FROM donations
            WHERE pairing_id = ANY(\(pairingIds)) AND received_on BETWEEN \(from) AND \(to)
            ORDER BY received_on, id LIMIT \(limit) OFFSET \(offset)
            """,
            logger: database.logger
        ))
    }

    public func total(pairingIds: [Int], year: Int, on connection: PostgresConnection) async throws -> Int {
        let (from, to) = ReportPeriod.whole(year).days
        return try await connection.query(
            "SELECT coalesce(sum(value_fen), 0)::bigint FROM donations WHERE pairing_id = ANY(\(pairingIds)) AND received_on BETWEEN \(from) AND \(to)",
            logger: database.logger
        ).collect().first?.decode(Int.self) ?? 0
    }

    static func decode(_ rows: PostgresRowSequence) async throws -> [Recorded<Donation>] {
        var result: [Recorded<Donation>] = []
        for try await row in rows {
            let (id, pairing, donor, kind, form, value, description, received, project, created) = try row.decode(
                (UUID, Int, String, Donation.DonorKind, Donation.Form, Int, String, CalendarDay, UUID?, Date).self
            )
            result.append(Recorded(id: id, value: Donation(
                pairingId: pairing, donorName: donor, donorKind: kind, form: form, valueFen: value, description: description,
                receivedOn: received, projectId: project
            ), version: 1, createdAt: created))
        }
        return result
    }
}
