import Foundation
import MinningDomain
import PostgresNIO

/// Training bases and enrolments. Bases are registered by origin bureaus and cooperation offices in
/// their scope and read by everyone; enrolments belong to the worker's origin bureau.
public struct TrainingRepository: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    public func createBase(_ base: NewTrainingBase, by actor: AuditActor, on connection: PostgresConnection) async throws -> TrainingBaseRecord {
        guard actor.principal.scope.contains(base.region) else {
            throw DomainError.invalid([FieldIssue(field: "region_code", message: "is outside your bureau's region")])
        }
        var operatorName = base.collegeName ?? ""
        if let employerId = base.operatorEmployerId {
            let rows = try await connection.query("SELECT name FROM employers WHERE id = \(employerId)", logger: database.logger).collect()
            guard let row = rows.first else {
                throw DomainError.invalid([FieldIssue(field: "operator_employer_id", message: "no employer has this id")])
            }
            operatorName = try row.decode(String.self)
        }
        let known = try await connection.query("SELECT code FROM occupations WHERE code = ANY(\(base.occupations))", logger: database.logger)
            .collect().map { try $0.decode(String.self) }
        let unknown = base.occupations.enumerated().filter { !known.contains($0.element) }
        if !unknown.isEmpty {
            throw DomainError.invalid(unknown.map { FieldIssue(field: "occupations[\($0.offset)]", message: "no occupation has the code \($0.element)") })
        }
        let regionKnown = try await connection.query(
            """
            SELECT EXISTS (SELECT 1 FROM regions WHERE code = \(base.region.rawValue))
                OR (EXISTS (SELECT 1 FROM regions WHERE code = \(base.region.province.rawValue))
                    AND NOT EXISTS (SELECT 1 FROM regions WHERE parent_code = \(base.region.province.rawValue)))
            """,
            logger: database.logger
        ).collect().first?.decode(Bool.self) ?? false
        if !regionKnown { throw DomainError.invalid([FieldIssue(field: "region_code", message: "no region has the code \(base.region.rawValue)")]) }
        let rows = try await connection.query(
            """
            INSERT INTO training_bases (name, operator_kind, operator_employer_id, operator_name, region_code, occupations,
                                        capacity_per_cohort, registered_by_bureau)
            VALUES (\(base.name), \(base.operatorEmployerId == nil ? "college" : "employer"), \(base.operatorEmployerId), \(operatorName),
                    \(base.region.rawValue), \(base.occupations), \(base.capacityPerCohort), \(actor.principal.bureauId))
            RETURNING \(unescaped: Self.baseColumns)
            """,
            logger: database.logger
        )
        let record = try await Self.decodeBases(rows).first!
        try await AuditLog.record("create", objectType: "training_base", objectId: record.id, by: actor, on: connection, logger: database.logger)
        return record
    }

    /// Changes a base of the caller's region when the stored version is `expectedVersion`.
    public func updateBase(
        _ id: UUID, expectedVersion: Int, name: String?, occupations: [String]?, capacityPerCohort: Int?, by actor: AuditActor
    ) async throws -> TrainingBaseRecord {
        try await database.transaction { connection in
            let rows = try await connection.query(
                """
                SELECT \(unescaped: Self.baseColumns) FROM training_bases
                WHERE id = \(id) AND region_code LIKE \(actor.principal.scope.codePrefix) || '%' FOR UPDATE
                """,
                logger: database.logger
            )
            guard let current = try await Self.decodeBases(rows).first else { throw DomainError.notFound("no training base with this id is in your scope") }
            guard current.version == expectedVersion else { throw StaleVersion(current: current.version) }
            if let occupations {
                let known = try await connection.query("SELECT code FROM occupations WHERE code = ANY(\(occupations))", logger: database.logger)
                    .collect().map { try $0.decode(String.self) }
                let unknown = occupations.enumerated().filter { !known.contains($0.element) }
                if !unknown.isEmpty {
                    throw DomainError.invalid(unknown.map { FieldIssue(field: "occupations[\($0.offset)]", message: "no occupation has the code \($0.element)") })
                }
            }
            let updated = try await connection.query(
                """
                UPDATE training_bases SET name = coalesce(\(name), name), occupations = coalesce(\(occupations)::text[], occupations),
                    capacity_per_cohort = coalesce(\(capacityPerCohort), capacity_per_cohort), version = version + 1, updated_at = now()
                WHERE id = \(id)
                RETURNING \(unescaped: Self.baseColumns)
                """,
                logger: database.logger
            )
            let fields = [("name", name != nil), ("occupations", occupations != nil), ("capacity_per_cohort", capacityPerCohort != nil)].filter(\.1).map(\.0)
            try await AuditLog.record("update", objectType: "training_base", objectId: id, fields: fields, by: actor, on: connection, logger: database.logger)
            return try await Self.decodeBases(updated).first!
        }
    }

    public func base(_ id: UUID) async throws -> TrainingBaseRecord? {
        try await Self.decodeBases(try await database.query("SELECT \(unescaped: Self.baseColumns) FROM training_bases WHERE id = \(id)")).first
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

    /// Enrols a worker of the caller's scope in an occupation the base teaches; the worker is then in training.
    public func enrol(baseId: UUID, workerId: UUID, occupation: String, startsOn: CalendarDay, endsOn: CalendarDay, by actor: AuditActor,
                      on connection: PostgresConnection) async throws -> EnrolmentRecord {
        guard let base = try await Self.decodeBases(try await connection.query(
            "SELECT \(unescaped: Self.baseColumns) FROM training_bases WHERE id = \(baseId)", logger: database.logger)).first
        else { throw DomainError.notFound("no training base has this id") }
        var issues: [FieldIssue] = []
        let workers = try await connection.query(
            """
            SELECT status FROM workers WHERE id = \(workerId) AND origin_region_code LIKE \(actor.principal.scope.codePrefix) || '%'
            FOR UPDATE
            """,
            logger: database.logger
        ).collect()
        if workers.isEmpty { issues.append(FieldIssue(field: "worker_id", message: "is not a worker in your scope")) }
        if let status = try workers.first?.decode(String.self), status == "inactive" || status == "placed" {
            issues.append(FieldIssue(field: "worker_id", message: "the worker is \(status) and cannot start training"))
        }
        if !base.occupations.contains(occupation) {
            issues.append(FieldIssue(field: "occupation_code", message: "is not taught at this base (it teaches \(base.occupations.joined(separator: ", ")))"))
        }
        if endsOn < startsOn { issues.append(FieldIssue(field: "ends_on", message: "must not be before starts_on")) }
        guard issues.isEmpty else { throw DomainError.invalid(issues) }
        let rows = try await connection.query(
            """
            INSERT INTO enrolments (training_base_id, worker_id, occupation_code, starts_on, ends_on, recorded_by_bureau)
            VALUES (\(baseId), \(workerId), \(occupation), \(startsOn.description)::date, \(endsOn.description)::date, \(actor.principal.bureauId))
            ON CONFLICT DO NOTHING
            RETURNING \(unescaped: Self.enrolmentColumns)
            """,
            logger: database.logger
        )
        guard let record = try await Self.decodeEnrolments(rows).first else {
            throw DomainError.conflict("this worker is already enrolled in this occupation at this base from this day")
        }
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

    /// Records how training ended. Certification adds the skill and its certificate to the worker;
    /// any outcome returns a worker in training to `available`.
    public func recordOutcome(baseId: UUID, enrolmentId: UUID, expectedVersion: Int?, outcome: EnrolmentOutcome, certificate: String?,
                              level: Int?, by actor: AuditActor) async throws -> EnrolmentRecord {
        try await database.transaction { connection in
            let rows = try await connection.query(
                """
                SELECT \(unescaped: Self.enrolmentColumns("n")) FROM enrolments n JOIN workers w ON w.id = n.worker_id
                WHERE n.id = \(enrolmentId) AND n.training_base_id = \(baseId) AND w.origin_region_code LIKE \(actor.principal.scope.codePrefix) || '%'
                FOR UPDATE OF n
                """,
                logger: database.logger
            )
            guard let current = try await Self.decodeEnrolments(rows).first else { throw DomainError.notFound("no enrolment with this id is in your scope") }
            if let expectedVersion, expectedVersion != current.version { throw StaleVersion(current: current.version) }
            guard current.outcome == nil else { throw DomainError.conflict("the outcome of this enrolment is already recorded") }
            var issues: [FieldIssue] = []
            if outcome == .certified, certificate == nil { issues.append(FieldIssue(field: "certificate", message: "is required for a certified outcome")) }
            if outcome != .certified, certificate != nil || level != nil {
                issues.append(FieldIssue(field: "certificate", message: "is only for a certified outcome"))
            }
            guard issues.isEmpty else { throw DomainError.invalid(issues) }
            let updated = try await connection.query(
                """
                UPDATE enrolments SET outcome = \(outcome.rawValue), certificate = \(certificate), level = \(level),
                    version = version + 1, updated_at = now()
                WHERE id = \(enrolmentId) RETURNING \(unescaped: Self.enrolmentColumns)
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
            try await AuditLog.record("update", objectType: "enrolment", objectId: enrolmentId, fields: ["outcome"], by: actor, on: connection, logger: database.logger)
            return record
        }
    }

    static let baseColumns = "id, name, operator_kind, operator_employer_id, operator_name, region_code, occupations, capacity_per_cohort, created_at, version"

    static func enrolmentColumns(_ alias: String) -> String {
        ["id", "training_base_id", "worker_id", "occupation_code", "to_char(\(alias).starts_on, 'YYYY-MM-DD')", "to_char(\(alias).ends_on, 'YYYY-MM-DD')",
         "outcome", "certificate", "level", "version"].map { $0.hasPrefix("to_char") ? $0 : "\(alias).\($0)" }.joined(separator: ", ")
    }

    static let enrolmentColumns = "id, training_base_id, worker_id, occupation_code, to_char(starts_on, 'YYYY-MM-DD'), to_char(ends_on, 'YYYY-MM-DD'), outcome, certificate, level, version"

    static func decodeBases(_ rows: PostgresRowSequence) async throws -> [TrainingBaseRecord] {
        var result: [TrainingBaseRecord] = []
        for try await (id, name, kind, employer, operatorName, region, occupations, capacity, created, version)
            in rows.decode((UUID, String, String, UUID?, String, String, [String], Int, Date, Int).self) {
            result.append(TrainingBaseRecord(id: id, name: name, operatorKind: kind, operatorEmployerId: employer, operatorName: operatorName,
                                             regionCode: region, occupations: occupations, capacityPerCohort: capacity, createdAt: created, version: version))
        }
        return result
    }

    static func decodeEnrolments(_ rows: PostgresRowSequence) async throws -> [EnrolmentRecord] {
        var result: [EnrolmentRecord] = []
        for try await (id, base, worker, occupation, starts, ends, outcome, certificate, level, version)
            in rows.decode((UUID, UUID, UUID, String, String, String, String?, String?, Int?, Int).self) {
            result.append(EnrolmentRecord(
                id: id, trainingBaseId: base, workerId: worker, occupationCode: occupation,
                startsOn: CalendarDay(iso: starts)!, endsOn: CalendarDay(iso: ends)!, outcome: outcome.flatMap(EnrolmentOutcome.init(rawValue:)),
                certificate: certificate, level: level, version: version
            ))
        }
        return result
    }
}
