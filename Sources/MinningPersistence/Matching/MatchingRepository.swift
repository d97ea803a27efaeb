import Foundation
import MinningDomain
import PostgresNIO

/// Loads what matching needs. Candidate generation narrows the field in SQL, on indexes; the
/// exact scoring happens in `MatchScorer`, in Swift.
public struct MatchingRepository: Sendable {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    /// How many candidates SQL hands to the scorer for one recommendation list. They are the best
    /// by occupation closeness, so the exact ranking among them is what a clerk sees.
    public static let candidatePool = 2_000

    // MARK: - Policy and history

    public func scorer(today: CalendarDay, on connection: PostgresConnection) async throws -> MatchScorer {
        MatchScorer(priority: try await priorityPolicy(on: connection), retention: try await retention(today: today, on: connection), today: today)
    }

    func priorityPolicy(on connection: PostgresConnection) async throws -> PriorityPolicy {
        let rows = try await connection.query("SELECT priority_group, factor_per_mille FROM priority_weights", logger: database.logger)
        var factors: [PriorityPolicy.Group: Int] = [:]
        for try await (group, factor) in rows.decode((String, Int).self) {
            if let group = PriorityPolicy.Group(rawValue: group) { factors[group] = factor }
        }
        return PriorityPolicy(factors: factors)
    }

    /// Six-month retention of hires made at least six months before `today`.
    func retention(today: CalendarDay, on connection: PostgresConnection) async throws -> RetentionTable {
        let rows = try await connection.query(
            """
            SELECT v.employer_id, w.origin_region_code, e.industry_code, count(*)::bigint,
                   (count(*) FILTER (WHERE p.separated_on IS NULL OR p.separated_on >= p.hired_on + interval '6 months'))::bigint
            FROM placements p
            JOIN vacancies v ON v.id = p.vacancy_id
            JOIN employers e ON e.id = v.employer_id
            JOIN workers w ON w.id = p.worker_id
            WHERE p.hired_on IS NOT NULL AND p.hired_on <= \(today.description)::date - interval '6 months'
            GROUP BY v.employer_id, w.origin_region_code, e.industry_code
            """,
            logger: database.logger
        )
        var table = RetentionTable()
        for try await (employer, county, industry, hires, retained) in rows.decode((UUID, String, String, Int, Int).self) {
            table.overall.hires += hires
            table.overall.retained += retained
            table.byEmployer[employer, default: RetentionCounts(hires: 0, retained: 0)].hires += hires
            table.byEmployer[employer, default: RetentionCounts(hires: 0, retained: 0)].retained += retained
            let key = RetentionTable.key(county: county, industry: industry)
            table.byCountyIndustry[key, default: RetentionCounts(hires: 0, retained: 0)].hires += hires
            table.byCountyIndustry[key, default: RetentionCounts(hires: 0, retained: 0)].retained += retained
        }
        return table
    }

    // MARK: - Workers

    /// Joined after `workers w` wherever `workerColumns` are selected: a worker's skills in one pass.
    static let workerSkillsJoin = """
        LEFT JOIN LATERAL (
            SELECT array_agg(s.occupation_code ORDER BY s.occupation_code) AS codes,
                   array_agg(coalesce(s.certificate, '') ORDER BY s.occupation_code) AS certificates,
                   array_agg(coalesce(s.level, 0) ORDER BY s.occupation_code) AS levels
            FROM worker_skills s WHERE s.worker_id = w.id
        ) sk ON true
        """

    static let workerColumns = """
        w.id, w.origin_region_code, w.education, w.poverty_status, w.monitored_kind, w.preferred_destinations,
        w.preferred_occupations, w.expected_monthly_wage_fen, w.needs_housing, to_char(w.available_from, 'YYYY-MM-DD'),
        w.status, to_char(w.birth_date, 'YYYY-MM-DD'), w.birth_year,
        coalesce(sk.codes, '{}'), coalesce(sk.certificates, '{}'), coalesce(sk.levels, '{}'),
        coalesce((SELECT array_agg(DISTINCT tb.operator_employer_id) FROM enrolments en
                  JOIN training_bases tb ON tb.id = en.training_base_id
                  WHERE en.worker_id = w.id AND en.outcome = 'certified' AND tb.operator_employer_id IS NOT NULL), '{}'),
        EXISTS (SELECT 1 FROM key_assistance_counties k WHERE k.region_code = w.origin_region_code)
        """

    /// Workers of `scope` by id; ids outside it are simply absent from the answer.
    public func workers(_ ids: [UUID], in scope: Scope, on connection: PostgresConnection) async throws -> [MatchWorker] {
        let rows = try await connection.query(
            """
            SELECT \(unescaped: Self.workerColumns) FROM workers w \(unescaped: Self.workerSkillsJoin)
            WHERE w.id = ANY(\(ids)) AND w.origin_region_code LIKE \(scope.codePrefix) || '%'
            ORDER BY w.id
            """,
            logger: database.logger
        )
        return try await Self.decodeWorkers(rows)
    }

    public struct WorkerFilter: Sendable {
        public var region: RegionCode?
        public var povertyStatus: PovertyStatus?
        public var occupation: String?

        public init(region: RegionCode? = nil, povertyStatus: PovertyStatus? = nil, occupation: String? = nil) {
            self.region = region
            self.povertyStatus = povertyStatus
            self.occupation = occupation
        }
    }

    /// Available workers of `scope` matching `filter`, at most `limit`, oldest registration first.
    public func workers(matching filter: WorkerFilter, in scope: Scope, limit: Int, on connection: PostgresConnection) async throws -> [MatchWorker] {
        let rows = try await connection.query(
            """
            SELECT \(unescaped: Self.workerColumns) FROM workers w \(unescaped: Self.workerSkillsJoin)
            WHERE w.status = 'available' AND w.origin_region_code LIKE \(scope.codePrefix) || '%'
              AND w.origin_region_code LIKE \(filter.region?.scopePrefix ?? "") || '%'
              AND (\(filter.povertyStatus?.rawValue)::text IS NULL OR w.poverty_status = \(filter.povertyStatus?.rawValue))
              AND (\(filter.occupation)::text IS NULL OR EXISTS (
                    SELECT 1 FROM worker_skills s WHERE s.worker_id = w.id AND s.occupation_code LIKE \(filter.occupation) || '%'))
            ORDER BY w.created_at, w.id
            LIMIT \(limit)
            """,
            logger: database.logger
        )
        return try await Self.decodeWorkers(rows)
    }

    /// Available workers who could fill `vacancy`: of age, available in time, willing to work
    /// there, with a skill or wish in its ISCO major group; the closest occupations first.
    public func candidates(for vacancy: MatchVacancy, on connection: PostgresConnection) async throws -> [MatchWorker] {
        let terms = vacancy.terms
        let code = terms.occupationCode
        let rows = try await connection.query(
            """
            WITH pool AS (
                SELECT w.id,
                       greatest(
                         coalesce((SELECT max(CASE WHEN s.occupation_code = \(code) THEN 8 + (s.certificate IS NOT NULL)::int
                                                   WHEN left(s.occupation_code, 3) = left(\(code), 3) THEN 6
                                                   WHEN left(s.occupation_code, 2) = left(\(code), 2) THEN 4 ELSE 2 END)
                                   FROM worker_skills s WHERE s.worker_id = w.id
                                     AND s.occupation_code >= left(\(code), 1) AND s.occupation_code < chr(ascii(left(\(code), 1)) + 1)), 0),
                         CASE WHEN \(code) = ANY(w.preferred_occupations) THEN 5
                              WHEN EXISTS (SELECT 1 FROM unnest(w.preferred_occupations) o WHERE left(o, 1) = left(\(code), 1)) THEN 1 ELSE 0 END
                       ) AS closeness
                FROM workers w
                WHERE w.status = 'available' AND w.available_from <= \(terms.startsOn.description)::date
                  AND w.birth_year BETWEEN \(terms.startsOn.year - terms.maxAge - 1) AND \(terms.startsOn.year - terms.minAge)
                  AND (cardinality(w.preferred_destinations) = 0 OR EXISTS (
                        SELECT 1 FROM unnest(w.preferred_destinations) d
                        WHERE \(terms.workRegion.rawValue) LIKE regexp_replace(d, '(00){1,2}$', '') || '%'))
            )
            SELECT \(unescaped: Self.workerColumns) FROM pool JOIN workers w ON w.id = pool.id
            WHERE pool.closeness > 0
            ORDER BY pool.closeness DESC, w.id
            LIMIT \(Self.candidatePool)
            """,
            logger: database.logger
        )
        return try await Self.decodeWorkers(rows)
    }

    static func decodeWorkers(_ rows: PostgresRowSequence) async throws -> [MatchWorker] {
        var workers: [MatchWorker] = []
        for try await row in rows {
            let cells = row.makeRandomAccess()
            let codes = try cells[13].decode([String].self)
            let certificates = try cells[14].decode([String].self)
            let levels = try cells[15].decode([Int].self)
            let skills = codes.indices.map { i in
                Skill(occupationCode: codes[i], certificate: certificates[i].isEmpty ? nil : certificates[i], level: levels[i] == 0 ? nil : levels[i])
            }
            let profile = WorkerProfile(
                originRegion: RegionCode(try cells[1].decode(String.self))!,
                education: EducationLevel(rawValue: try cells[2].decode(String.self)) ?? .none,
                povertyStatus: PovertyStatus(rawValue: try cells[3].decode(String.self)) ?? .none,
                monitoredKind: try cells[4].decode(String?.self).flatMap(MonitoredKind.init(rawValue:)),
                skills: skills,
                preferredDestinations: try cells[5].decode([String].self).compactMap(RegionCode.init),
                preferredOccupations: try cells[6].decode([String].self),
                expectedMonthlyWageFen: try cells[7].decode(Int.self), needsHousing: try cells[8].decode(Bool.self),
                availableFrom: CalendarDay(iso: try cells[9].decode(String.self))!,
                status: WorkerStatus(rawValue: try cells[10].decode(String.self)) ?? .inactive
            )
            workers.append(MatchWorker(
                id: try cells[0].decode(UUID.self), profile: profile,
                birthDate: try cells[11].decode(String?.self).flatMap(CalendarDay.init(iso:)), birthYear: try cells[12].decode(Int.self),
                certifiedByEmployers: Set(try cells[16].decode([UUID].self)), fromKeyAssistanceCounty: try cells[17].decode(Bool.self)
            ))
        }
        return workers
    }

    // MARK: - Vacancies

    static let vacancyColumns = VacancyRepository.columns + """
        , e.industry_code, v.openings - v.live_placements,
        coalesce((SELECT array_agg(DISTINCT p.ningxia_region_code) FROM pairings p
                  WHERE p.fujian_region_code IN (v.work_region_code, left(v.work_region_code, 4) || '00')
                    AND p.start_year <= extract(year FROM v.starts_on)
                    AND (p.end_year IS NULL OR p.end_year >= extract(year FROM v.starts_on))), '{}')
        """

    /// Vacancies by id: open ones for everyone, closed ones only within `scope` (as reading them is).
    public func vacancies(_ ids: [UUID], visibleIn scope: Scope, on connection: PostgresConnection) async throws -> [MatchVacancy] {
        let rows = try await connection.query(
            """
            SELECT \(unescaped: Self.vacancyColumns) FROM vacancies v JOIN employers e ON e.id = v.employer_id
            WHERE v.id = ANY(\(ids)) AND (v.status = 'open' OR e.region_code LIKE \(scope.codePrefix) || '%')
            ORDER BY v.id
            """,
            logger: database.logger
        )
        return try await Self.decodeVacancies(rows)
    }

    public struct VacancyFilter: Sendable {
        public var workRegion: RegionCode?
        public var occupation: String?

        public init(workRegion: RegionCode? = nil, occupation: String? = nil) {
            self.workRegion = workRegion
            self.occupation = occupation
        }
    }

    /// Open vacancies with openings left, matching `filter`, at most `limit`.
    public func vacancies(matching filter: VacancyFilter, today: CalendarDay, limit: Int, on connection: PostgresConnection) async throws -> [MatchVacancy] {
        let rows = try await connection.query(
            """
            SELECT \(unescaped: Self.vacancyColumns) FROM vacancies v JOIN employers e ON e.id = v.employer_id
            WHERE v.status = 'open' AND v.live_placements < v.openings AND v.closes_on >= \(today.description)::date
              AND v.work_region_code LIKE \(filter.workRegion?.scopePrefix ?? "") || '%'
              AND v.occupation_code LIKE \(filter.occupation ?? "") || '%'
            ORDER BY v.created_at, v.id
            LIMIT \(limit)
            """,
            logger: database.logger
        )
        return try await Self.decodeVacancies(rows)
    }

    /// Open vacancies that could suit `worker`: in an ISCO major group of their skills or wishes
    /// (any, when they named none), where they want to work, starting after they are available.
    public func recommendationCandidates(for worker: MatchWorker, today: CalendarDay, on connection: PostgresConnection) async throws -> [MatchVacancy] {
        let profile = worker.profile
        let codes = profile.skills.map(\.occupationCode) + profile.preferredOccupations
        let majors = Array(Set(codes.map { String($0.prefix(1)) })).sorted()
        let minors = Array(Set(codes.map { String($0.prefix(3)) })).sorted()
        let units = Array(Set(codes)).sorted()
        let destinations = profile.preferredDestinations.map(\.scopePrefix)
        let rows = try await connection.query(
            """
            SELECT \(unescaped: Self.vacancyColumns) FROM vacancies v JOIN employers e ON e.id = v.employer_id
            WHERE v.status = 'open' AND v.live_placements < v.openings AND v.closes_on >= \(today.description)::date
              AND v.starts_on >= \(profile.availableFrom.description)::date
              AND (cardinality(\(majors)::text[]) = 0 OR left(v.occupation_code, 1) = ANY(\(majors)))
              AND (cardinality(\(destinations)::text[]) = 0 OR EXISTS (
                    SELECT 1 FROM unnest(\(destinations)::text[]) d WHERE v.work_region_code LIKE d || '%'))
            ORDER BY (v.occupation_code = ANY(\(units))) DESC, (left(v.occupation_code, 3) = ANY(\(minors))) DESC, v.id
            LIMIT \(Self.candidatePool)
            """,
            logger: database.logger
        )
        return try await Self.decodeVacancies(rows)
    }

    static func decodeVacancies(_ rows: PostgresRowSequence) async throws -> [MatchVacancy] {
        var vacancies: [MatchVacancy] = []
        for try await row in rows {
            let cells = row.makeRandomAccess()
            let record = try VacancyRepository.decode(cells)
            vacancies.append(MatchVacancy(
                id: record.id, employerId: record.employerId, industryCode: try cells[23].decode(String.self), terms: record.terms,
                remainingOpenings: try cells[24].decode(Int.self), pairedOriginRegions: Set(try cells[25].decode([String].self))
            ))
        }
        return vacancies
    }
}
