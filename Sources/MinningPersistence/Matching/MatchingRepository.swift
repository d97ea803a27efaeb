import Foundation
import MinningDomain
import PostgresNIO
import Synchronization

/// Loads what matching needs. Candidate generation narrows the field in SQL, on indexes; the
/// exact scoring happens in `MatchScorer`, in Swift.
public struct MatchingRepository: Sendable {
    let database: Database
    private let recent: RecentScorer
    /// How many candidates SQL hands to the scorer for one recommendation list. They are the best
    /// by occupation closeness, so the exact ranking among them is what a clerk sees. Fetching and
    /// scoring the pool is most of a request's time at a million workers (bench/recommendations.sh),
    /// so it is a setting: MINNING_CANDIDATE_POOL, 100 to 5,000, default 500 (`Settings`).
    let candidatePool: Int

    public init(database: Database, candidatePool: Int, scorerMaximumAge: Duration = .seconds(60)) {
        self.database = database
        self.candidatePool = candidatePool
        self.recent = RecentScorer(maximumAge: scorerMaximumAge)
    }

    // MARK: - Policy and history

    public func scorer(today: CalendarDay, on connection: PostgresConnection) async throws -> MatchScorer {
        MatchScorer(priority: try await priorityPolicy(on: connection), retention: try await retention(today: today, on: connection), today: today)
    }

    /// A scorer read at most `scorerMaximumAge` ago (see `RecentScorer`), for recommendation lists.
    public func recentScorer(today: CalendarDay, on connection: PostgresConnection) async throws -> MatchScorer {
        try await recent.scorer(today: today) { try await scorer(today: today, on: connection) }
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
            WHERE p.hired_on IS NOT NULL AND p.hired_on <= \(today) - interval '6 months'
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
        w.id, \(WorkerProfileColumns.select), w.birth_date, w.birth_year,
        coalesce(sk.codes, '{}') AS skill_codes, coalesce(sk.certificates, '{}') AS skill_certificates,
        coalesce(sk.levels, '{}') AS skill_levels,
        coalesce((SELECT array_agg(DISTINCT tb.operator_employer_id) FROM enrolments en
                  JOIN training_bases tb ON tb.id = en.training_base_id
                  WHERE en.worker_id = w.id AND en.outcome = 'certified' AND tb.operator_employer_id IS NOT NULL), '{}')
            AS certified_by_employers,
        EXISTS (SELECT 1 FROM key_assistance_counties k WHERE k.region_code = w.origin_region_code) AS from_key_assistance_county
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
    /// A worker already waiting on a live proposal (proposed or accepted) is not in a new cohort:
    /// an earlier allocation's pair would be proposed twice, and an accepted worker can take no
    /// other job.
    public func workers(matching filter: WorkerFilter, in scope: Scope, limit: Int, on connection: PostgresConnection) async throws -> [MatchWorker] {
        let rows = try await connection.query(
            """
            SELECT \(unescaped: Self.workerColumns) FROM workers w \(unescaped: Self.workerSkillsJoin)
            WHERE w.status = 'available' AND w.origin_region_code LIKE \(scope.codePrefix) || '%'
              AND NOT EXISTS (SELECT 1 FROM placements p WHERE p.worker_id = w.id AND p.status IN ('proposed', 'accepted'))
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
    ///
    /// Closeness is `OccupationFit`'s own value (1000 certified skill in the unit group, 850
    /// uncertified, 700 wish, 650 certified skill in the minor group, … 150 wish in the major
    /// group), taken tier by tier from `OccupationFit.levels`, each tier read on an index in id
    /// order and stopped at the pool size; a worker counts in their best tier only. The tiers are
    /// appended in order under one LIMIT, so PostgreSQL stops reading once the pool is full: the
    /// same pool as ranking every eligible worker by (occupation value desc, id), without reading
    /// them all.
    public func candidates(for vacancy: MatchVacancy, on connection: PostgresConnection) async throws -> [MatchWorker] {
        let terms = vacancy.terms
        let code = terms.occupationCode
        let (minor, minorEnd) = Self.codeRange(String(code.prefix(3)), width: 4)
        let (subMajor, subMajorEnd) = Self.codeRange(String(code.prefix(2)), width: 4)
        let (major, majorEnd) = Self.codeRange(String(code.prefix(1)), width: 4)
        var binds = PostgresBindings()
        binds.append(code)                                           // $1
        binds.append(terms.startsOn)                                 // $2
        binds.append(terms.startsOn.year - terms.maxAge - 1)         // $3
        binds.append(terms.startsOn.year - terms.minAge)             // $4
        binds.append(terms.workRegion.rawValue)                      // $5
        binds.append(minor)                                          // $6
        binds.append(minorEnd)                                       // $7
        binds.append(subMajor)                                       // $8
        binds.append(subMajorEnd)                                    // $9
        binds.append(major)                                          // $10
        binds.append(majorEnd)                                       // $11
        binds.append(candidatePool)                             // $12
        try await withoutJIT(on: connection)
        var workers: [MatchWorker] = []
        do {
            for try await worker in try await connection.execute(CandidateWorkersStatement(bindings: binds), logger: database.logger) {
                workers.append(worker)
            }
        } catch {
            // PostgresNIO keeps a failed preparation as the statement's state on the connection
            // and fails every later use of that name there (a request that came before `migrate`,
            // a cancelled Parse). The next requests prepare it afresh under a new name.
            CandidateWorkersStatement.generation.add(1, ordering: .relaxed)
            throw error
        }
        return workers
    }

    /// Prepared once per connection: planning this query (seven tiers, each with its eligibility
    /// and closeness subqueries) took 3–4 ms a request, as long as running it on a warm cache, and
    /// PostgreSQL's plan cache keeps the plan after the first runs. The name changes after any
    /// failure (`generation`), so a failed preparation is never reused.
    struct CandidateWorkersStatement: PostgresPreparedStatement {
        static let generation = Atomic<Int>(0)
        static var name: String { "minning_candidate_workers_v3_\(generation.load(ordering: .relaxed))" }
        static let sql = MatchingRepository.candidatesSQL
        typealias Row = MatchWorker
        let bindings: PostgresBindings

        func makeBindings() throws -> PostgresBindings { bindings }
        func decodeRow(_ row: PostgresRow) throws -> MatchWorker { try MatchingRepository.decodeWorker(row) }
    }

    /// The lowest and highest `width`-digit code starting with `prefix` ("3509" → "350900"…"350999"),
    /// to compare with `BETWEEN`: digit strings of one length sort alike in every collation, where
    /// an open upper bound past the prefix ("350:") would depend on where a collation puts ":".
    static func codeRange(_ prefix: String, width: Int) -> (String, String) {
        let padding = max(0, width - prefix.count)
        return (prefix + String(repeating: "0", count: padding), prefix + String(repeating: "9", count: padding))
    }

    /// The planner's cost of the deep tiers (never reached when the first ones fill the pool) is
    /// high enough to start JIT compilation, which costs seconds; these queries never need it.
    func withoutJIT(on connection: PostgresConnection) async throws {
        _ = try await connection.query("SET LOCAL jit = off", logger: database.logger)
    }

    /// Who may be matched at all: available in time, of age, willing to work in the county.
    private static let eligibleWorker = """
        w.status = 'available' AND w.available_from <= $2 AND w.birth_year BETWEEN $3 AND $4
        AND (cardinality(w.preferred_destinations) = 0 OR EXISTS (
              SELECT 1 FROM unnest(w.preferred_destinations) d WHERE $5 LIKE regexp_replace(d, '(00){1,2}$', '') || '%'))
        """

    /// `column` shares exactly `digits` leading digits with the vacancy's occupation ($1; the
    /// minor, sub-major and major groups' code ranges are $6–$11).
    static func shares(_ column: String, digits: Int) -> String {
        switch digits {
        case 4: "\(column) = $1"
        case 3: "\(column) BETWEEN $6 AND $7 AND \(column) <> $1"
        case 2: "\(column) BETWEEN $8 AND $9 AND NOT (\(column) BETWEEN $6 AND $7)"
        default: "\(column) BETWEEN $10 AND $11 AND NOT (\(column) BETWEEN $8 AND $9)"
        }
    }

    /// `OccupationFit`'s value of one code in `column` (already known to be in the major group).
    static func value(_ column: String, _ source: OccupationFit.Source) -> String {
        let table = OccupationFit.values(of: source)
        return "CASE WHEN \(column) = $1 THEN \(table[4]) WHEN \(column) BETWEEN $6 AND $7 THEN \(table[3]) "
            + "WHEN \(column) BETWEEN $8 AND $9 THEN \(table[2]) ELSE \(table[1]) END"
    }

    /// A worker's occupation value for the vacancy, as `OccupationFit.value` computes it: the best
    /// of their skills and wishes. Written from the same tables, so SQL and the scorer agree.
    static let closeness = """
        greatest(
          coalesce((SELECT max(CASE WHEN c.certificate IS NOT NULL THEN \(value("c.occupation_code", .certifiedSkill))
                                    ELSE \(value("c.occupation_code", .skill)) END)
                    FROM worker_skills c WHERE c.worker_id = w.id AND c.occupation_code BETWEEN $10 AND $11), 0),
          coalesce((SELECT max(\(value("o", .wish))) FROM unnest(w.preferred_occupations) o WHERE o BETWEEN $10 AND $11), 0))
        """

    /// The workers whose best skill or wish is `level`, in id order, cut at the pool size. Each is
    /// written so that PostgreSQL reads an index in id order and stops at the cut: a skill in the
    /// unit group is the best a worker can have of its own source and occupation (one skill per
    /// occupation), so only the levels below need the closeness check that keeps a worker in
    /// their best tier alone.
    static func tierSource(_ level: OccupationFit.Level) -> String {
        let best = level.source != .wish && level.sharedDigits == 4 && level.value >= OccupationFit.values(of: .wish)[4]
            ? eligibleWorker : "\(eligibleWorker) AND \(closeness) = \(level.value)"
        switch level.source {
        case .certifiedSkill, .skill:
            let certificate = level.source == .certifiedSkill ? "IS NOT NULL" : "IS NULL"
            // Two skills of one worker in a group are one candidate.
            let distinct = level.sharedDigits == 4 ? "" : "DISTINCT "
            return """
                SELECT \(distinct)s.worker_id AS id FROM worker_skills s JOIN workers w ON w.id = s.worker_id
                 WHERE \(shares("s.occupation_code", digits: level.sharedDigits)) AND s.certificate \(certificate) AND \(best)
                 ORDER BY 1 LIMIT $12
                """
        case .wish where level.sharedDigits == 4:
            return "SELECT w.id FROM workers w WHERE w.preferred_occupations @> ARRAY[$1] AND \(best) ORDER BY w.id LIMIT $12"
        case .wish:
            return """
                SELECT w.id FROM workers w
                 WHERE w.preferred_occupations && (SELECT array_agg(u.code) FROM occupations u WHERE \(shares("u.code", digits: level.sharedDigits)))
                   AND \(best)
                 ORDER BY w.id LIMIT $12
                """
        }
    }

    /// One tier per occupation value, best first. Levels of equal value (a certified skill in the
    /// sub-major group and a wish in the minor group, both 450) are each cut at the pool size and
    /// then merged in id order, so the pool is still the top by (value, id).
    static let tiers: String = {
        var byValue: [(value: Int, levels: [OccupationFit.Level])] = []
        for level in OccupationFit.levels {
            if byValue.last?.value == level.value { byValue[byValue.count - 1].levels.append(level) } else { byValue.append((level.value, [level])) }
        }
        return byValue.map { tier in
            if tier.levels.count == 1 {
                return "(SELECT t.id, \(tier.value) AS closeness FROM (\(tierSource(tier.levels[0]))) t)"
            }
            let sources = tier.levels.map { "(\(tierSource($0)))" }.joined(separator: "\n UNION\n ")
            return "(SELECT t.id, \(tier.value) AS closeness FROM (\(sources)) t ORDER BY t.id LIMIT $12)"
        }.joined(separator: "\n        UNION ALL\n        ")
    }()

    static let candidatesSQL = """
        SELECT \(workerColumns)
        FROM (
            SELECT tiers.id, tiers.closeness FROM (
                \(tiers)
            ) tiers
            LIMIT $12
        ) pool
        JOIN workers w ON w.id = pool.id
        \(workerSkillsJoin)
        ORDER BY pool.closeness DESC, w.id
        """

    static func decodeWorkers(_ rows: PostgresRowSequence) async throws -> [MatchWorker] {
        var workers: [MatchWorker] = []
        for try await row in rows {
            workers.append(try decodeWorker(row))
        }
        return workers
    }

    static func decodeWorker(_ row: PostgresRow) throws -> MatchWorker {
        let row = NamedRow(row)
        let codes: [String] = try row("skill_codes")
        let certificates: [String] = try row("skill_certificates")
        let levels: [Int] = try row("skill_levels")
        let skills = codes.indices.map { i in
            Skill(occupationCode: codes[i], certificate: certificates[i].isEmpty ? nil : certificates[i], level: levels[i] == 0 ? nil : levels[i])
        }
        return MatchWorker(
            id: try row("id"), profile: try WorkerProfileColumns.profile(row, skills: skills),
            birthDate: try row("birth_date"), birthYear: try row("birth_year"),
            certifiedByEmployers: Set(try row("certified_by_employers", as: [UUID].self)),
            fromKeyAssistanceCounty: try row("from_key_assistance_county")
        )
    }

    // MARK: - Vacancies

    static let vacancyColumns = VacancyColumns.select + """
        , e.industry_code, v.openings - v.live_placements AS remaining_openings,
        coalesce((SELECT array_agg(DISTINCT p.ningxia_region_code) FROM pairings p
                  WHERE p.fujian_region_code IN (v.work_region_code, left(v.work_region_code, 4) || '00')
                    AND p.start_year <= extract(year FROM v.starts_on)
                    AND (p.end_year IS NULL OR p.end_year >= extract(year FROM v.starts_on))), '{}') AS paired_origin_regions
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
            WHERE v.status = 'open' AND v.live_placements < v.openings AND v.closes_on >= \(today)
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
    /// The pool is the top of them by `OccupationFit`'s value for the worker, then id.
    public func recommendationCandidates(for worker: MatchWorker, today: CalendarDay, on connection: PostgresConnection) async throws -> [MatchVacancy] {
        let profile = worker.profile
        let ranges = profile.preferredDestinations.map { Self.codeRange($0.scopePrefix, width: 6) }
        var binds = PostgresBindings()
        binds.append(today)                             // $1
        binds.append(profile.availableFrom)             // $2
        binds.append(candidatePool)                     // $3
        if !ranges.isEmpty {
            binds.append(ranges.map(\.0))               // $4
            binds.append(ranges.map(\.1))               // $5
        }
        let tiers = RecommendationTiers(profile, firstBind: ranges.isEmpty ? 4 : 6)
        for prefixes in tiers.bindings { binds.append(prefixes) }
        try await withoutJIT(on: connection)
        // Not prepared: the generic plan PostgreSQL settles on for these reads whole groups for
        // some workers (p95 335 ms against 18 ms planned per request, bench/recommendations.sh).
        let sql = Self.recommendationPool(tiers, inRegions: !ranges.isEmpty)
        let rows = try await connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: database.logger)
        return try await Self.decodeVacancies(rows)
    }

    /// Open with openings left, starting after the worker is available.
    private static let openForWorker = """
        v.status = 'open' AND v.live_placements < v.openings AND v.closes_on >= $1 AND v.starts_on >= $2
        """

    /// Each tier read up to the pool size and the tiers appended in order, best value first, under
    /// one LIMIT: the first tiers usually fill the pool and the rest are never read. The same pool
    /// as ordering every eligible vacancy by (value desc, id); columns are computed for the pool only.
    static func recommendationPool(_ tiers: RecommendationTiers, inRegions: Bool) -> String {
        let reads = tiers.conditions.map { tier in
            if inRegions {
                // A county's few hundred vacancies are read on the (group, region) indexes, not the
                // whole group's; ranges may overlap (a city and one of its counties), hence DISTINCT.
                return """
                    (SELECT DISTINCT c.id, \(tier.value) AS value FROM unnest($4::text[], $5::text[]) d(low, high)
                             CROSS JOIN LATERAL (SELECT v.id FROM vacancies v
                                                 WHERE \(tier.condition) AND v.work_region_code BETWEEN d.low AND d.high
                                                   AND \(openForWorker)) c
                             ORDER BY c.id LIMIT $3)
                    """
            }
            return "(SELECT v.id, \(tier.value) AS value FROM vacancies v WHERE \(tier.condition) AND \(openForWorker) ORDER BY v.id LIMIT $3)"
        }
        return """
            SELECT \(vacancyColumns)
            FROM (
                SELECT tiers.id, tiers.value FROM (
                    \(reads.joined(separator: "\n        UNION ALL\n        "))
                ) tiers
                LIMIT $3
            ) pool
            JOIN vacancies v ON v.id = pool.id JOIN employers e ON e.id = v.employer_id
            ORDER BY pool.value DESC, v.id
            """
    }

    static func decodeVacancies(_ rows: PostgresRowSequence) async throws -> [MatchVacancy] {
        var vacancies: [MatchVacancy] = []
        for try await row in rows {
            vacancies.append(try decodeVacancy(row))
        }
        return vacancies
    }

    static func decodeVacancy(_ row: PostgresRow) throws -> MatchVacancy {
        let row = NamedRow(row)
        let record = try VacancyColumns.record(row)
        return MatchVacancy(
            id: record.id, employerId: record.employerId, industryCode: try row("industry_code"), terms: record.terms,
            remainingOpenings: try row("remaining_openings"), pairedOriginRegions: Set(try row("paired_origin_regions", as: [String].self))
        )
    }
}
