import Foundation
import MinningDomain
import PostgresNIO

/// Rows of `park_investment_arrivals` and `park_headcounts`.
public struct ParkFactsRepository: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    public func enteredOn(_ enterpriseId: UUID, on connection: PostgresConnection) async throws -> CalendarDay? {
        try await connection.query("SELECT entered_on FROM park_enterprises WHERE id = \(enterpriseId)", logger: database.logger)
            .collect().first?.decode(CalendarDay.self)
    }

    public func insert(_ arrival: InvestmentArrival, by actor: AuditActor, at now: Date, on connection: PostgresConnection) async throws -> Recorded<InvestmentArrival> {
        let id = UUID()
        try await connection.query(
            """
            INSERT INTO park_investment_arrivals (id, enterprise_id, arrived_on, amount_fen, evidence_ref, recorded_by_bureau, created_at)
            VALUES (\(id), \(arrival.enterpriseId), \(arrival.arrivedOn), \(arrival.amountFen), \(arrival.evidenceRef), \(actor.principal.bureauId), \(now))
            """,
            logger: database.logger
        )
        try await AuditLog.record("create", objectType: "park_investment_arrival", objectId: id, by: actor, on: connection, logger: database.logger)
        return Recorded(id: id, value: arrival, version: 1, createdAt: now)
    }

    public func arrivals(enterpriseId: UUID, on connection: PostgresConnection) async throws -> [Recorded<InvestmentArrival>] {
        let rows = try await connection.query(
            """
            SELECT id, arrived_on, amount_fen, evidence_ref, created_at FROM park_investment_arrivals
            WHERE enterprise_id = \(enterpriseId) ORDER BY arrived_on, id
            """,
            logger: database.logger
        )
        var result: [Recorded<InvestmentArrival>] = []
        for try await (id, day, fen, evidence, created) in rows.decode((UUID, CalendarDay, Int, String, Date).self) {
            result.append(Recorded(id: id, value: InvestmentArrival(enterpriseId: enterpriseId, arrivedOn: day, amountFen: fen, evidenceRef: evidence),
                                   version: 1, createdAt: created))
        }
        return result
    }

    /// A headcount on a day replaces an earlier count of the same day (a correction of that day's figure).
    public func put(_ headcount: Headcount, by actor: AuditActor, at now: Date, on connection: PostgresConnection) async throws {
        try await connection.query(
            """
            INSERT INTO park_headcounts (enterprise_id, counted_on, jobs, lifted_jobs, local_jobs, recorded_by_bureau, created_at)
            VALUES (\(headcount.enterpriseId), \(headcount.countedOn), \(headcount.jobs), \(headcount.liftedJobs), \(headcount.localJobs),
                    \(actor.principal.bureauId), \(now))
            ON CONFLICT (enterprise_id, counted_on) DO UPDATE SET jobs = EXCLUDED.jobs, lifted_jobs = EXCLUDED.lifted_jobs,
                local_jobs = EXCLUDED.local_jobs, recorded_by_bureau = EXCLUDED.recorded_by_bureau, created_at = EXCLUDED.created_at
            """,
            logger: database.logger
        )
        try await AuditLog.record(
            "update", objectType: "park_enterprise", objectId: headcount.enterpriseId, fields: ["headcount \(headcount.countedOn)"], by: actor,
            on: connection, logger: database.logger
        )
    }

    public func headcounts(enterpriseId: UUID, on connection: PostgresConnection) async throws -> [Headcount] {
        let rows = try await connection.query(
            "SELECT counted_on, jobs, lifted_jobs, local_jobs FROM park_headcounts WHERE enterprise_id = \(enterpriseId) ORDER BY counted_on",
            logger: database.logger
        )
        var result: [Headcount] = []
        for try await (day, jobs, lifted, local) in rows.decode((CalendarDay, Int, Int, Int).self) {
            result.append(Headcount(enterpriseId: enterpriseId, countedOn: day, jobs: jobs, liftedJobs: lifted, localJobs: local))
        }
        return result
    }
}
