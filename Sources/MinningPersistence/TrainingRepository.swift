import Foundation
import MinningDomain
import PostgresNIO

/// Rows of training bases and enrolments, and what enrolling reads about a worker.
public struct TrainingRepository: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    public func createBase(_ base: NewTrainingBase, operatorName: String, by actor: AuditActor, on connection: PostgresConnection) async throws -> TrainingBaseRecord {
        let rows = try await connection.query(
            """
            INSERT INTO training_bases (name, operator_kind, operator_employer_id, operator_name, region_code, occupations,
                                        capacity_per_cohort, registered_by_bureau)
            VALUES (\(base.name), \(base.operatorEmployerId == nil ? "college" : "employer"), \(base.operatorEmployerId), \(operatorName),
                    \(base.region), \(base.occupations), \(base.capacityPerCohort), \(actor.principal.bureauId))
            RETURNING \(unescaped: Self.baseColumns)
            """,
            logger: database.logger
        )
        let record = try await Self.decodeBases(rows).first!
        try await AuditLog.record("create", objectType: "training_base", objectId: record.id, by: actor, on: connection, logger: database.logger)
        return record
    }

    public func writeBase(
        _ id: UUID, name: String?, occupations: [String]?, capacityPerCohort: Int?, fields: [String], by actor: AuditActor,
        on connection: PostgresConnection
    ) async throws -> TrainingBaseRecord {
        let updated = try await connection.query(
            """
            UPDATE training_bases SET name = coalesce(\(name), name), occupations = coalesce(\(occupations)::text[], occupations),
                capacity_per_cohort = coalesce(\(capacityPerCohort), capacity_per_cohort), version = version + 1, updated_at = now()
            WHERE id = \(id)
            RETURNING \(unescaped: Self.baseColumns)
            """,
            logger: database.logger
        )
        try await AuditLog.record("update", objectType: "training_base", objectId: id, fields: fields, by: actor, on: connection, logger: database.logger)
        return try await Self.decodeBases(updated).first!
    }

    public func base(_ id: UUID) async throws -> TrainingBaseRecord? {
        try await Self.decodeBases(try await database.query("SELECT \(unescaped: Self.baseColumns) FROM training_bases WHERE id = \(id)")).first
    }

    public func base(_ id: UUID, lock: Bool = false, on connection: PostgresConnection) async throws -> TrainingBaseRecord? {
        try await Self.decodeBases(try await connection.query(
            "SELECT \(unescaped: Self.baseColumns) FROM training_bases WHERE id = \(id) \(unescaped: lock ? "FOR UPDATE" : "")",
            logger: database.logger
        )).first
    }

    public func bases(region: RegionCode?, occupation: String?, limit: Int) async throws -> [TrainingBaseRecord] {
        let prefix = region?.scopePrefix ?? ""
        let rows = try await database.query(
            """
            SELECT \(unescaped: Self.baseColumns) FROM training_bases
            WHERE region_code LIKE \(prefix) || '%' AND (\(occupation)::text IS NULL OR \(occupation) = ANY(occupations))
            ORDER BY region_code, name, id LIMIT \(limit)
            """
        )
        return try await Self.decodeBases(rows)
    }

    public func employerName(_ id: UUID, on connection: PostgresConnection) async throws -> String? {
        try await connection.query("SELECT name FROM employers WHERE id = \(id)", logger: database.logger).collect().first?.decode(String.self)
    }

    /// Which of `codes` are occupations on record.
    public func knownOccupations(_ codes: [String], on connection: PostgresConnection) async throws -> Set<String> {
        let rows = try await connection.query("SELECT code FROM occupations WHERE code = ANY(\(codes))", logger: database.logger).collect()
        return Set(try rows.map { try $0.decode(String.self) })
    }

    /// A region on record, or a province Minning holds no counties for (a base may stand anywhere
    /// its workers come from, to the province).
    public func isKnownRegion(_ region: RegionCode, on connection: PostgresConnection) async throws -> Bool {
        try await connection.query(
            """
            SELECT EXISTS (SELECT 1 FROM regions WHERE code = \(region))
                OR (EXISTS (SELECT 1 FROM regions WHERE code = \(region.province))
                    AND NOT EXISTS (SELECT 1 FROM regions WHERE parent_code = \(region.province)))
            """,
            logger: database.logger
        ).collect().first?.decode(Bool.self) ?? false
    }

    /// The worker's status when the worker is from `scope`, its row locked until the transaction ends.
    public func lockedWorkerStatus(_ workerId: UUID, in scope: Scope, on connection: PostgresConnection) async throws -> WorkerStatus? {
        try await connection.query(
            """
            SELECT status FROM workers WHERE id = \(workerId) AND origin_region_code LIKE \(scope.codePrefix) || '%'
            FOR UPDATE
            """,
            logger: database.logger
        ).collect().first?.decode(WorkerStatus.self)
    }

    /// The enrolment, or nil when the same worker, occupation, base and first day are enrolled already;
    /// an available worker is then in training.
    public func insertEnrolment(
        baseId: UUID, workerId: UUID, occupation: String, startsOn: CalendarDay, endsOn: CalendarDay, by actor: AuditActor,
        on connection: PostgresConnection
    ) async throws -> EnrolmentRecord? {
        let rows = try await connection.query(
            """
            INSERT INTO enrolments (training_base_id, worker_id, occupation_code, starts_on, ends_on, recorded_by_bureau)
            VALUES (\(baseId), \(workerId), \(occupation), \(startsOn), \(endsOn), \(actor.principal.bureauId))
            ON CONFLICT DO NOTHING
            RETURNING \(unescaped: Self.enrolmentColumns)
            """,
            logger: database.logger
        )
        guard let record = try await Self.decodeEnrolments(rows).first else { return nil }
        try await connection.query(
            "UPDATE workers SET status = 'in_training', version = version + 1, updated_at = now() WHERE id = \(workerId) AND status = 'available'",
            logger: database.logger
        )
        try await AuditLog.record("create", objectType: "enrolment", objectId: record.id, by: actor, on: connection, logger: database.logger)
        return record
    }

    /// Enrolments at a base of the workers in `scope`.
    public func enrolments(baseId: UUID, scope: Scope) async throws -> [EnrolmentRecord] {
        let rows = try await database.query(
            """
            SELECT \(unescaped: Self.enrolmentColumns("n")) FROM enrolments n JOIN workers w ON w.id = n.worker_id
            WHERE n.training_base_id = \(baseId) AND w.origin_region_code LIKE \(scope.codePrefix) || '%'
            ORDER BY n.starts_on, n.id
            """
        )
        return try await Self.decodeEnrolments(rows)
    }

    /// The enrolment at the base when its worker is from `scope`, locked until the transaction ends.
    public func lockedEnrolment(_ id: UUID, atBase baseId: UUID, in scope: Scope, on connection: PostgresConnection) async throws -> EnrolmentRecord? {
        let rows = try await connection.query(
            """
            SELECT \(unescaped: Self.enrolmentColumns("n")) FROM enrolments n JOIN workers w ON w.id = n.worker_id
            WHERE n.id = \(id) AND n.training_base_id = \(baseId) AND w.origin_region_code LIKE \(scope.codePrefix) || '%'
            FOR UPDATE OF n
            """,
            logger: database.logger
        )
        return try await Self.decodeEnrolments(rows).first
    }

    /// Writes how training ended. Certification adds the skill and its certificate to the worker;
    /// any outcome returns a worker in training to `available`.
    public func writeOutcome(
        _ current: EnrolmentRecord, outcome: EnrolmentOutcome, certificate: String?, level: Int?, by actor: AuditActor,
        on connection: PostgresConnection
    ) async throws -> EnrolmentRecord {
        let updated = try await connection.query(
            """
            UPDATE enrolments SET outcome = \(outcome), certificate = \(certificate), level = \(level),
                version = version + 1, updated_at = now()
            WHERE id = \(current.id) RETURNING \(unescaped: Self.enrolmentColumns)
            """,
            logger: database.logger
        )
        let record = try await Self.decodeEnrolments(updated).first!
        if outcome == .certified {
            try await connection.query(
                """
                INSERT INTO worker_skills (worker_id, occupation_code, certificate, level)
                VALUES (\(current.workerId), \(current.occupationCode), \(certificate), \(level))
                ON CONFLICT (worker_id, occupation_code) DO UPDATE SET certificate = EXCLUDED.certificate, level = EXCLUDED.level
                """,
                logger: database.logger
            )
        }
        try await connection.query(
            "UPDATE workers SET status = 'available', version = version + 1, updated_at = now() WHERE id = \(current.workerId) AND status = 'in_training'",
            logger: database.logger
        )
        try await AuditLog.record("update", objectType: "enrolment", objectId: current.id, fields: ["outcome"], by: actor, on: connection, logger: database.logger)
        return record
    }

    static let baseColumns = "id, name, operator_kind, operator_employer_id, operator_name, region_code, occupations, capacity_per_cohort, created_at, version"

    static func enrolmentColumns(_ alias: String) -> String {
        ["id", "training_base_id", "worker_id", "occupation_code", "starts_on", "ends_on", "outcome", "certificate", "level", "version"]
            .map { "\(alias).\($0)" }.joined(separator: ", ")
    }

    static let enrolmentColumns = "id, training_base_id, worker_id, occupation_code, starts_on, ends_on, outcome, certificate, level, version"

    static func decodeBases(_ rows: PostgresRowSequence) async throws -> [TrainingBaseRecord] {
        var result: [TrainingBaseRecord] = []
        for try await row in rows {
            let row = NamedRow(row)
            result.append(TrainingBaseRecord(
                id: try row("id"), name: try row("name"), operatorKind: try row("operator_kind"),
                operatorEmployerId: try row("operator_employer_id"), operatorName: try row("operator_name"), region: try row("region_code"),
                occupations: try row("occupations"), capacityPerCohort: try row("capacity_per_cohort"), createdAt: try row("created_at"),
                version: try row("version")
            ))
        }
        return result
    }

    static func decodeEnrolments(_ rows: PostgresRowSequence) async throws -> [EnrolmentRecord] {
        var result: [EnrolmentRecord] = []
        for try await row in rows {
            let row = NamedRow(row)
            result.append(EnrolmentRecord(
                id: try row("id"), trainingBaseId: try row("training_base_id"), workerId: try row("worker_id"),
                occupationCode: try row("occupation_code"), startsOn: try row("starts_on"), endsOn: try row("ends_on"),
                outcome: try row("outcome"), certificate: try row("certificate"), level: try row("level"), version: try row("version")
            ))
        }
        return result
    }
}
