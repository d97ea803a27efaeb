import Foundation
import MinningDomain
import PostgresNIO

/// Vacancies. Posted and changed by the destination bureau whose scope holds the employer; open
/// vacancies are readable by every bureau, closed ones only within that scope.
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

    public func create(employerId: UUID, terms: VacancyTerms, today: CalendarDay, by actor: AuditActor, on connection: PostgresConnection) async throws -> VacancyRecord {
        guard let employerRegion = try await employerRegion(employerId, on: connection),
              actor.principal.scope.contains(employerRegion)
        else {
            throw DomainError.invalid([FieldIssue(field: "employer_id", message: "is not an employer in your scope")])
        }
        try await check(terms, today: today, on: connection)
        let rows = try await connection.query(
            """
            INSERT INTO vacancies (employer_id, title, occupation_code, openings, wage_min_fen, wage_max_fen, housing_provided,
                meals_provided, work_region_code, min_age, max_age, min_education, required_certificates, starts_on, closes_on,
                status, posted_by_bureau)
            VALUES (\(employerId), \(terms.title), \(terms.occupationCode), \(terms.openings), \(terms.wageMinFen), \(terms.wageMaxFen),
                \(terms.housingProvided), \(terms.mealsProvided), \(terms.workRegion.rawValue), \(terms.minAge), \(terms.maxAge),
                \(terms.minEducation.rawValue), \(terms.requiredCertificates), \(terms.startsOn.description)::date,
                \(terms.closesOn.description)::date, \(terms.status.rawValue), \(actor.principal.bureauId))
            RETURNING id
            """,
            logger: database.logger
        ).collect()
        let id = try rows.first!.decode(UUID.self)
        try await AuditLog.record("create", objectType: "vacancy", objectId: id, by: actor, on: connection, logger: database.logger)
        return try await fetch(id, on: connection)!
    }

    public func update(_ id: UUID, expectedVersion: Int, fields: [String], today: CalendarDay, by actor: AuditActor, change: @Sendable @escaping (inout VacancyTerms) -> Void) async throws -> VacancyRecord {
        try await database.transaction { connection in
            guard let current = try await fetch(id, on: connection, lock: true),
                  let region = RegionCode(current.employerRegionCode), actor.principal.scope.contains(region)
            else {
                throw DomainError.notFound("no vacancy with this id is in your scope")
            }
            guard current.version == expectedVersion else { throw StaleVersion(current: current.version) }
            var terms = current.terms
            change(&terms)
            try await check(terms, today: today, on: connection)
            try await connection.query(
                """
                UPDATE vacancies SET title = \(terms.title), occupation_code = \(terms.occupationCode), openings = \(terms.openings),
                    wage_min_fen = \(terms.wageMinFen), wage_max_fen = \(terms.wageMaxFen), housing_provided = \(terms.housingProvided),
                    meals_provided = \(terms.mealsProvided), work_region_code = \(terms.workRegion.rawValue), min_age = \(terms.minAge),
                    max_age = \(terms.maxAge), min_education = \(terms.minEducation.rawValue),
                    required_certificates = \(terms.requiredCertificates), starts_on = \(terms.startsOn.description)::date,
                    closes_on = \(terms.closesOn.description)::date, status = \(terms.status.rawValue),
                    version = version + 1, updated_at = now()
                WHERE id = \(id)
                """,
                logger: database.logger
            )
            try await AuditLog.record("update", objectType: "vacancy", objectId: id, fields: fields, by: actor, on: connection, logger: database.logger)
            return try await fetch(id, on: connection)!
        }
    }

    /// The vacancy when `scope` may see it: open ones always, closed ones within the scope.
    public func find(_ id: UUID, visibleIn scope: Scope) async throws -> VacancyRecord? {
        let record = try await database.transaction { connection in try await fetch(id, on: connection) }
        guard let record else { return nil }
        if record.terms.status == .open { return record }
        guard let region = RegionCode(record.employerRegionCode), scope.contains(region) else { return nil }
        return record
    }

    public func list(visibleIn scope: Scope, filter: Filter, after cursor: ListCursor?, limit: Int) async throws -> [VacancyRecord] {
        let micros = cursor?.createdAtMicroseconds
        let afterId = cursor?.id
        let regionPrefix = filter.workRegion?.scopePrefix ?? ""
        let rows = try await database.query(
            """
            SELECT \(unescaped: Self.columns) FROM vacancies v JOIN employers e ON e.id = v.employer_id
            WHERE (v.status = 'open' OR e.region_code LIKE \(scope.codePrefix) || '%')
              AND (\(filter.status?.rawValue)::text IS NULL OR v.status = \(filter.status?.rawValue))
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

    // MARK: - Helpers

    private func employerRegion(_ id: UUID, on connection: PostgresConnection) async throws -> RegionCode? {
        let rows = try await connection.query("SELECT region_code FROM employers WHERE id = \(id)", logger: database.logger).collect()
        return try rows.first.flatMap { RegionCode(try $0.decode(String.self)) }
    }

    /// Domain rules, then what needs the database: codes that exist and Fujian's minimum wage.
    private func check(_ terms: VacancyTerms, today: CalendarDay, on connection: PostgresConnection) async throws {
        var issues = terms.problems()
        guard issues.isEmpty else { throw DomainError.invalid(issues) }
        let codes = [terms.occupationCode] + terms.requiredCertificates
        let known = try await connection.query(
            "SELECT code FROM occupations WHERE code = ANY(\(codes))", logger: database.logger
        ).collect().map { try $0.decode(String.self) }
        if !known.contains(terms.occupationCode) {
            issues.append(FieldIssue(field: "occupation_code", message: "no occupation has the code \(terms.occupationCode)"))
        }
        for (index, code) in terms.requiredCertificates.enumerated() where !known.contains(code) {
            issues.append(FieldIssue(field: "required_certificates[\(index)]", message: "no occupation has the code \(code)"))
        }
        let county = terms.workRegion.rawValue
        let prefecture = String(county.prefix(4)) + "00"
        let minimum = try await connection.query(
            """
            SELECT monthly_fen FROM minimum_wages
            WHERE region_code IN (\(county), \(prefecture)) AND effective_from <= \(today.description)::date
            ORDER BY (region_code = \(county)) DESC, effective_from DESC LIMIT 1
            """,
            logger: database.logger
        ).collect().first?.decode(Int.self)
        if let minimum {
            if let issue = terms.minimumWageProblem(minimumFen: minimum) { issues.append(issue) }
        } else {
            issues.append(FieldIssue(field: "work_region_code", message: "no minimum wage is on record for \(county); it is not a known Fujian county"))
        }
        if !issues.isEmpty { throw DomainError.invalid(issues) }
    }

    static let columns = """
        v.id, v.employer_id, e.region_code, v.title, v.occupation_code, v.openings, v.wage_min_fen, v.wage_max_fen,
        v.housing_provided, v.meals_provided, v.work_region_code, v.min_age, v.max_age, v.min_education, v.required_certificates,
        to_char(v.starts_on, 'YYYY-MM-DD'), to_char(v.closes_on, 'YYYY-MM-DD'), v.status, v.posted_by_bureau, v.version,
        v.created_at, v.updated_at, (extract(epoch FROM v.created_at) * 1000000)::bigint
        """

    func fetch(_ id: UUID, on connection: PostgresConnection, lock: Bool = false) async throws -> VacancyRecord? {
        let rows = try await connection.query(
            """
            SELECT \(unescaped: Self.columns) FROM vacancies v JOIN employers e ON e.id = v.employer_id
            WHERE v.id = \(id) \(unescaped: lock ? "FOR UPDATE OF v" : "")
            """,
            logger: database.logger
        )
        return try await Self.decode(rows).first
    }

    static func decode(_ rows: PostgresRowSequence) async throws -> [VacancyRecord] {
        var result: [VacancyRecord] = []
        for try await row in rows { result.append(try decode(row.makeRandomAccess())) }
        return result
    }

    /// One row of `columns`; callers may select more columns after them.
    static func decode(_ cells: PostgresRandomAccessRow) throws -> VacancyRecord {
        let terms = VacancyTerms(
            title: try cells[3].decode(String.self), occupationCode: try cells[4].decode(String.self),
            openings: try cells[5].decode(Int.self), wageMinFen: try cells[6].decode(Int.self), wageMaxFen: try cells[7].decode(Int.self),
            housingProvided: try cells[8].decode(Bool.self), mealsProvided: try cells[9].decode(Bool.self),
            workRegion: RegionCode(try cells[10].decode(String.self))!, minAge: try cells[11].decode(Int.self),
            maxAge: try cells[12].decode(Int.self), minEducation: EducationLevel(rawValue: try cells[13].decode(String.self)) ?? .none,
            requiredCertificates: try cells[14].decode([String].self),
            startsOn: CalendarDay(iso: try cells[15].decode(String.self))!, closesOn: CalendarDay(iso: try cells[16].decode(String.self))!,
            status: VacancyStatus(rawValue: try cells[17].decode(String.self)) ?? .closed
        )
        return VacancyRecord(
            id: try cells[0].decode(UUID.self), employerId: try cells[1].decode(UUID.self), employerRegionCode: try cells[2].decode(String.self),
            terms: terms, postedByBureau: try cells[18].decode(UUID.self), version: try cells[19].decode(Int.self),
            createdAt: try cells[20].decode(Date.self), updatedAt: try cells[21].decode(Date.self), createdAtMicroseconds: try cells[22].decode(Int64.self)
        )
    }
}
