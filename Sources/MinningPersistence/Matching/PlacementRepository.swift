import Foundation
import MinningDomain
import PostgresNIO

/// Placements and their monthly follow-up. A placement is visible to the worker's origin bureau
/// and to the destination bureau of the vacancy's employer; each side may take its own steps.
public struct PlacementRepository: Sendable {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    static let jsonEncoder = JSONEncoder()
    static let jsonDecoder = JSONDecoder()

    // MARK: - Proposals

    public struct AllocationSummary: Sendable {
        public let workers: Int
        public let vacancies: Int
        public let objective: Int

        public init(workers: Int, vacancies: Int, objective: Int) {
            self.workers = workers
            self.vacancies = vacancies
            self.objective = objective
        }
    }

    /// Records an allocation and turns each assignment into a `proposed` placement, all in the
    /// caller's transaction. An opening taken meanwhile by someone else fails the whole batch
    /// (the vacancies' CHECK), so an allocation is carried out whole or not at all.
    public func propose(
        _ assignments: [CohortAllocation.Assignment], summary: AllocationSummary, on day: CalendarDay, by actor: AuditActor,
        on connection: PostgresConnection
    ) async throws -> (allocationId: UUID, placementIds: [UUID]) {
        let allocationId = try await connection.query(
            """
            INSERT INTO allocations (requested_by_key, bureau_id, workers, vacancies, assigned, objective)
            VALUES (\(actor.principal.keyId), \(actor.principal.bureauId), \(summary.workers), \(summary.vacancies), \(assignments.count), \(summary.objective))
            RETURNING id
            """,
            logger: database.logger
        ).collect().first!.decode(UUID.self)
        try await AuditLog.record("create", objectType: "allocation", objectId: allocationId, by: actor, on: connection, logger: database.logger)
        var ids: [UUID] = []
        for assignment in assignments {
            ids.append(try await insert(
                worker: assignment.workerId, vacancy: assignment.vacancyId, explanation: assignment.explanation,
                allocation: allocationId, on: day, by: actor, on: connection
            ))
        }
        return (allocationId, ids)
    }

    /// A proposal made by hand for a pair that passed the hard constraints.
    public func propose(
        worker: UUID, vacancy: UUID, explanation: MatchExplanation, on day: CalendarDay, by actor: AuditActor, on connection: PostgresConnection
    ) async throws -> PlacementRecord {
        let id = try await insert(worker: worker, vacancy: vacancy, explanation: explanation, allocation: nil, on: day, by: actor, on: connection)
        return try await fetch(id, scope: .everywhere, on: connection)!
    }

    private func insert(
        worker: UUID, vacancy: UUID, explanation: MatchExplanation, allocation: UUID?, on day: CalendarDay, by actor: AuditActor,
        on connection: PostgresConnection
    ) async throws -> UUID {
        let json = String(decoding: try Self.jsonEncoder.encode(explanation), as: UTF8.self)
        let id = try await connection.query(
            """
            INSERT INTO placements (worker_id, vacancy_id, status, allocation_id, proposed_by_bureau, score, weighted_score, explanation, proposed_on)
            VALUES (\(worker), \(vacancy), 'proposed', \(allocation), \(actor.principal.bureauId), \(explanation.score),
                    \(explanation.weightedScore), \(json)::jsonb, \(day))
            RETURNING id
            """,
            logger: database.logger
        ).collect().first!.decode(UUID.self)
        try await AuditLog.record("create", objectType: "placement", objectId: id, by: actor, on: connection, logger: database.logger)
        return id
    }

    // MARK: - Reads

    /// The sides of `scope` on a placement: the worker's origin, the employer's destination.
    static let columns = """
        p.id, p.worker_id, p.vacancy_id, p.status, p.allocation_id, p.proposed_by_bureau, p.explanation::text AS explanation,
        p.proposed_on, p.accepted_on, p.hired_on, p.separated_on, p.separation_reason, p.closed_on, p.version,
        p.created_at, p.updated_at, (extract(epoch FROM p.created_at) * 1000000)::bigint AS created_at_microseconds,
        coalesce((SELECT array_agg(m.month ORDER BY m.month) FROM placement_months m WHERE m.placement_id = p.id AND m.worked), '{}') AS months,
        coalesce((SELECT array_agg(m.wage_paid_fen IS NOT NULL ORDER BY m.month) FROM placement_months m WHERE m.placement_id = p.id AND m.worked), '{}')
            AS months_paid,
        w.origin_region_code, e.region_code AS employer_region_code
        """

    static let joins = "FROM placements p JOIN workers w ON w.id = p.worker_id JOIN vacancies v ON v.id = p.vacancy_id JOIN employers e ON e.id = v.employer_id"

    public struct Sides: Sendable, Equatable {
        public let originRegion: RegionCode
        public let employerRegion: RegionCode

        public func originSide(_ scope: Scope) -> Bool { scope.contains(originRegion) }
        public func destinationSide(_ scope: Scope) -> Bool { scope.contains(employerRegion) }
    }

    public func find(_ id: UUID, in scope: Scope) async throws -> PlacementRecord? {
        try await database.withConnection { connection in try await fetch(id, scope: scope, on: connection) }
    }

    func fetch(_ id: UUID, scope: Scope, on connection: PostgresConnection, lock: Bool = false) async throws -> PlacementRecord? {
        try await fetchWithSides(id, scope: scope, on: connection, lock: lock)?.0
    }

    func fetchWithSides(_ id: UUID, scope: Scope, on connection: PostgresConnection, lock: Bool = false) async throws -> (PlacementRecord, Sides)? {
        let rows = try await connection.query(
            """
            SELECT \(unescaped: Self.columns) \(unescaped: Self.joins)
            WHERE p.id = \(id)
              AND (w.origin_region_code LIKE \(scope.codePrefix) || '%' OR e.region_code LIKE \(scope.codePrefix) || '%')
            \(unescaped: lock ? "FOR UPDATE OF p" : "")
            """,
            logger: database.logger
        )
        return try await Self.decode(rows).first
    }

    public struct Filter: Sendable {
        public var workerId: UUID?
        public var vacancyId: UUID?
        public var allocationId: UUID?
        public var status: PlacementStatus?

        public init(workerId: UUID? = nil, vacancyId: UUID? = nil, allocationId: UUID? = nil, status: PlacementStatus? = nil) {
            self.workerId = workerId
            self.vacancyId = vacancyId
            self.allocationId = allocationId
            self.status = status
        }
    }

    /// Newest first, `limit` rows after `cursor`.
    public func list(in scope: Scope, filter: Filter, after cursor: ListCursor?, limit: Int) async throws -> [PlacementRecord] {
        let afterMicros = cursor?.createdAtMicroseconds
        let afterId = cursor?.id
        return try await database.withConnection { connection in
            let rows = try await connection.query(
                """
                SELECT \(unescaped: Self.columns) \(unescaped: Self.joins)
                WHERE (w.origin_region_code LIKE \(scope.codePrefix) || '%' OR e.region_code LIKE \(scope.codePrefix) || '%')
                  AND (\(filter.workerId)::uuid IS NULL OR p.worker_id = \(filter.workerId))
                  AND (\(filter.vacancyId)::uuid IS NULL OR p.vacancy_id = \(filter.vacancyId))
                  AND (\(filter.allocationId)::uuid IS NULL OR p.allocation_id = \(filter.allocationId))
                  AND (\(filter.status?.rawValue)::text IS NULL OR p.status = \(filter.status?.rawValue))
                  AND (\(afterMicros)::bigint IS NULL OR (p.created_at, p.id) <
                        (timestamptz 'epoch' + \(afterMicros)::bigint * interval '1 microsecond', \(afterId)::uuid))
                ORDER BY p.created_at DESC, p.id DESC
                LIMIT \(limit)
                """,
                logger: database.logger
            )
            return try await Self.decode(rows).map(\.0)
        }
    }

    static func decode(_ rows: PostgresRowSequence) async throws -> [(PlacementRecord, Sides)] {
        var result: [(PlacementRecord, Sides)] = []
        for try await row in rows {
            let row = NamedRow(row)
            let months: [CalendarDay] = try row("months")
            let paid: [Bool] = try row("months_paid")
            let explanation = try jsonDecoder.decode(MatchExplanation.self, from: Data(try row("explanation", as: String.self).utf8))
            let record = PlacementRecord(
                id: try row("id"), workerId: try row("worker_id"), vacancyId: try row("vacancy_id"),
                status: try row("status"), allocationId: try row("allocation_id"), proposedByBureau: try row("proposed_by_bureau"),
                explanation: explanation,
                proposedOn: try row("proposed_on"), acceptedOn: try row("accepted_on"),
                hiredOn: try row("hired_on"), separatedOn: try row("separated_on"), separationReason: try row("separation_reason"),
                closedOn: try row("closed_on"),
                consecutiveVerifiedMonths: VerifiedMonths.consecutive(zip(months, paid).map { (month: $0.0, wagePaid: $0.1) }),
                version: try row("version"), createdAt: try row("created_at"), updatedAt: try row("updated_at"),
                createdAtMicroseconds: try row("created_at_microseconds")
            )
            let sides = Sides(originRegion: try row("origin_region_code"), employerRegion: try row("employer_region_code"))
            result.append((record, sides))
        }
        return result
    }
}
