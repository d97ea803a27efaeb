import Foundation
import MinningDomain
import PostgresNIO

/// Rows of `vacancies`, with what checking a vacancy's terms needs to read: its employer's region,
/// the occupation codes that exist, and the minimum wage of its county.
public struct VacancyRepository: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    public struct Filter: Sendable {
        public var status: VacancyStatus?
        public var occupation: String?
        public var workRegion: RegionCode?
        public var employerId: UUID?
        public init(status: VacancyStatus? = nil, occupation: String? = nil, workRegion: RegionCode? = nil, employerId: UUID? = nil) {
            self.status = status
            self.occupation = occupation
            self.workRegion = workRegion
            self.employerId = employerId
        }
    }

    public func create(employerId: UUID, terms: VacancyTerms, by actor: AuditActor, on connection: PostgresConnection) async throws -> VacancyRecord {
        let rows = try await connection.query(
            """
            INSERT INTO vacancies (employer_id, title, occupation_code, openings, wage_min_fen, wage_max_fen, housing_provided,
                meals_provided, work_region_code, min_age, max_age, min_education, required_certificates, starts_on, closes_on,
                status, posted_by_bureau)
            VALUES (\(employerId), \(terms.title), \(terms.occupationCode), \(terms.openings), \(terms.wageMinFen), \(terms.wageMaxFen),
                \(terms.housingProvided), \(terms.mealsProvided), \(terms.workRegion), \(terms.minAge), \(terms.maxAge),
                \(terms.minEducation), \(terms.requiredCertificates), \(terms.startsOn), \(terms.closesOn), \(terms.status),
                \(actor.principal.bureauId))
            RETURNING id
            """,
            logger: database.logger
        ).collect()
        let id = try rows.first!.decode(UUID.self)
        try await AuditLog.record("create", objectType: "vacancy", objectId: id, by: actor, on: connection, logger: database.logger)
        return try await fetch(id, on: connection)!
    }

    public func write(_ id: UUID, terms: VacancyTerms, fields: [String], by actor: AuditActor, on connection: PostgresConnection) async throws -> VacancyRecord {
        try await connection.query(
            """
            UPDATE vacancies SET title = \(terms.title), occupation_code = \(terms.occupationCode), openings = \(terms.openings),
                wage_min_fen = \(terms.wageMinFen), wage_max_fen = \(terms.wageMaxFen), housing_provided = \(terms.housingProvided),
                meals_provided = \(terms.mealsProvided), work_region_code = \(terms.workRegion), min_age = \(terms.minAge),
                max_age = \(terms.maxAge), min_education = \(terms.minEducation),
                required_certificates = \(terms.requiredCertificates), starts_on = \(terms.startsOn),
                closes_on = \(terms.closesOn), status = \(terms.status),
                version = version + 1, updated_at = now()
            WHERE id = \(id)
            """,
            logger: database.logger
        )
        try await AuditLog.record("update", objectType: "vacancy", objectId: id, fields: fields, by: actor, on: connection, logger: database.logger)
        return try await fetch(id, on: connection)!
    }

    public func find(_ id: UUID) async throws -> VacancyRecord? {
        try await database.withConnection { connection in
            for try await row in try await connection.execute(VacancyById(id: id), logger: database.logger) {
                return try VacancyColumns.record(NamedRow(row))
            }
            return nil
        }
    }

    /// Closes the open vacancies whose deadline is before `day`; how many it closed. Each gets a
    /// new version, so that a clerk's edit based on the open one is refused as stale.
    public func closeOpen(closingBefore day: CalendarDay) async throws -> Int {
        try await database.query(
            """
            WITH closed AS (
                UPDATE vacancies SET status = 'closed', version = version + 1, updated_at = now()
                WHERE status = 'open' AND closes_on < \(day)
                RETURNING 1
            )
            SELECT count(*)::int FROM closed
            """
        ).collect().first?.decode(Int.self) ?? 0
    }

    /// The vacancy, its row locked until the transaction ends.
    public func lockedForUpdate(_ id: UUID, on connection: PostgresConnection) async throws -> VacancyRecord? {
        try await fetch(id, on: connection, lock: true)
    }

    /// Open vacancies everywhere and closed ones whose employer is within `scope`.
    public func list(visibleIn scope: Scope, filter: Filter, after cursor: ListCursor?, limit: Int) async throws -> [VacancyRecord] {
        let micros = cursor?.createdAtMicroseconds
        let afterId = cursor?.id
        let regionPrefix = filter.workRegion?.scopePrefix ?? ""
        let rows = try await database.query(
            """
            SELECT \(unescaped: VacancyColumns.select) FROM vacancies v JOIN employers e ON e.id = v.employer_id
            WHERE (v.status = 'open' OR e.region_code LIKE \(scope.codePrefix) || '%')
              AND (\(filter.status)::text IS NULL OR v.status = \(filter.status))
              AND (\(filter.occupation)::text IS NULL OR v.occupation_code LIKE \(filter.occupation) || '%')
              AND v.work_region_code LIKE \(regionPrefix) || '%'
              AND (\(filter.employerId)::uuid IS NULL OR v.employer_id = \(filter.employerId))
              AND (\(micros)::bigint IS NULL OR (v.created_at, v.id) <
                    (timestamptz 'epoch' + \(micros)::bigint * interval '1 microsecond', \(afterId)::uuid))
            ORDER BY v.created_at DESC, v.id DESC
            LIMIT \(limit)
            """
        )
        return try await Self.decode(rows)
    }

    public func employerRegion(_ employerId: UUID, on connection: PostgresConnection) async throws -> RegionCode? {
        let rows = try await connection.query("SELECT region_code FROM employers WHERE id = \(employerId)", logger: database.logger).collect()
        return try rows.first?.decode(RegionCode.self)
    }

    /// The codes the terms name that no reference table holds, as field problems.
    public func unknownCodes(in terms: VacancyTerms, on connection: PostgresConnection) async throws -> [FieldIssue] {
        let references = terms.codeReferences
        return try await CodeReferenceCheck.unknown(references, on: connection, logger: database.logger).map { references[$0].problem }
    }

    /// The monthly minimum wage in force on `day` for `county`, falling back to its prefecture's;
    /// nil when neither is on record (the county is not a Fujian county Minning knows).
    public func minimumWageFen(in county: RegionCode, on day: CalendarDay, on connection: PostgresConnection) async throws -> Int? {
        let prefecture = String(county.rawValue.prefix(4)) + "00"
        return try await connection.query(
            """
            SELECT monthly_fen FROM minimum_wages
            WHERE region_code IN (\(county), \(prefecture)) AND effective_from <= \(day)
            ORDER BY (region_code = \(county)) DESC, effective_from DESC LIMIT 1
            """,
            logger: database.logger
        ).collect().first?.decode(Int.self)
    }

    func fetch(_ id: UUID, on connection: PostgresConnection, lock: Bool = false) async throws -> VacancyRecord? {
        let rows = try await connection.query(
            """
            SELECT \(unescaped: VacancyColumns.select) FROM vacancies v JOIN employers e ON e.id = v.employer_id
            WHERE v.id = \(id) \(unescaped: lock ? "FOR UPDATE OF v" : "")
            """,
            logger: database.logger
        )
        return try await Self.decode(rows).first
    }

    static func decode(_ rows: PostgresRowSequence) async throws -> [VacancyRecord] {
        var result: [VacancyRecord] = []
        for try await row in rows { result.append(try VacancyColumns.record(NamedRow(row))) }
        return result
    }
}
