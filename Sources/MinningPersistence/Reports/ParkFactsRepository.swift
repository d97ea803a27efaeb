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

    /// A day's headcount: a new day, or a correction of the day's count (against the version read,
    /// or any). Returns the version stored; a new day already counted is a conflict, a correction of
    /// another version than stored is stale.
    public func put(_ headcount: Headcount, _ write: HeadcountWrite, by actor: AuditActor, at now: Date, on connection: PostgresConnection) async throws -> Int {
        let h = headcount
        let existing = try await connection.query(
            "SELECT version FROM park_headcounts WHERE enterprise_id = \(h.enterpriseId) AND counted_on = \(h.countedOn) FOR UPDATE",
            logger: database.logger
        ).collect().first?.decode(Int.self)
        let version: Int
        switch (write, existing) {
        case (.create, .some(let current)):
            throw DomainError.conflict(.dayAlreadyCounted(version: current))
        case (.replace(let expected), let current) where current != expected:
            throw StaleVersion(current: current ?? 0)
        case (_, .none):
            try await connection.query(
                """
                INSERT INTO park_headcounts (enterprise_id, counted_on, jobs, lifted_jobs, local_jobs, recorded_by_bureau, created_at)
                VALUES (\(h.enterpriseId), \(h.countedOn), \(h.jobs), \(h.liftedJobs), \(h.localJobs), \(actor.principal.bureauId), \(now))
                """,
                logger: database.logger
            )
            version = 1
        case (_, .some(let current)):
            try await connection.query(
                """
                UPDATE park_headcounts SET jobs = \(h.jobs), lifted_jobs = \(h.liftedJobs), local_jobs = \(h.localJobs),
                    recorded_by_bureau = \(actor.principal.bureauId), created_at = \(now), version = version + 1
                WHERE enterprise_id = \(h.enterpriseId) AND counted_on = \(h.countedOn)
                """,
                logger: database.logger
            )
            version = current + 1
        }
        try await AuditLog.record(
            "update", objectType: "park_enterprise", objectId: headcount.enterpriseId, fields: ["headcount \(headcount.countedOn)"], by: actor,
            on: connection, logger: database.logger
        )
        return version
    }

    public func headcounts(enterpriseId: UUID, on connection: PostgresConnection) async throws -> [Headcount] {
        let rows = try await connection.query(
            "SELECT counted_on, jobs, lifted_jobs, local_jobs, version FROM park_headcounts WHERE enterprise_id = \(enterpriseId) ORDER BY counted_on",
            logger: database.logger
        )
        var result: [Headcount] = []
        for try await (day, jobs, lifted, local, version) in rows.decode((CalendarDay, Int, Int, Int, Int).self) {
            result.append(Headcount(enterpriseId: enterpriseId, countedOn: day, jobs: jobs, liftedJobs: lifted, localJobs: local, version: version))
        }
        return result
    }
}
