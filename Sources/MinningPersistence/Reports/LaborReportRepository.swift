import Foundation
import MinningDomain
import PostgresNIO

/// Builds the labor report from workers and placements, for workers whose origin or whose job's
/// county lies in the caller's scope.
public struct LaborReportRepository: Sendable {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    /// Workers the caller may count: from its counties, or accepted for or hired into a job in them
    /// (a proposal alone does not make a worker theirs). $3 is the scope prefix.
    static let visibleWorkers = """
        visible_workers AS (
            SELECT w.id, w.origin_region_code, w.poverty_status, w.created_at FROM workers w
            WHERE w.origin_region_code LIKE $3 || '%'
               OR EXISTS (SELECT 1 FROM placements p JOIN vacancies v ON v.id = p.vacancy_id
                          WHERE p.worker_id = w.id AND p.status IN ('accepted', 'hired', 'separated')
                            AND v.work_region_code LIKE $3 || '%')
        )
        """

    /// The placements of a visible worker `w` the caller may count: all of them when the worker is
    /// from its counties, otherwise only those at jobs in them (福州's report shows a worker's 福州
    /// job, not the earlier one in 厦门). Needs `v` joined for the placement `p`.
    static let visiblePlacement = "(w.origin_region_code LIKE $3 || '%' OR v.work_region_code LIKE $3 || '%')"

    /// Every grouping in one pass over the workers and hires (GROUPING SETS), so a province-wide
    /// report reads a million workers once, not once per grouping. A worker's row carries the
    /// registration and matching facts and counts under the city of their latest placement; a
    /// hire's row carries the hiring facts and counts under its own job's city. $1 and $2 bound the
    /// period, as dates in China.
    static let countsSQL = """
        WITH \(visibleWorkers),
        events AS (
            SELECT w.origin_region_code AS county, w.poverty_status, latest.work_region_code AS work_region,
                   ((w.created_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN $1 AND $2)::int AS registered,
                   (EXISTS (SELECT 1 FROM placements p JOIN vacancies v ON v.id = p.vacancy_id WHERE p.worker_id = w.id
                            AND (p.created_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN $1 AND $2
                            AND \(visiblePlacement)))::int AS matched,
                   0 AS hired, 0 AS employed_3_months, 0 AS employed_6_months, 0 AS separated
            FROM visible_workers w
            LEFT JOIN LATERAL (SELECT v.work_region_code FROM placements p JOIN vacancies v ON v.id = p.vacancy_id
                               WHERE p.worker_id = w.id AND \(visiblePlacement) ORDER BY p.created_at DESC, p.id DESC LIMIT 1) latest ON true
            UNION ALL
            SELECT w.origin_region_code, w.poverty_status, v.work_region_code, 0, 0,
                   (p.hired_on BETWEEN $1 AND $2)::int,
                   (p.hired_on BETWEEN $1 AND $2 AND p.hired_on + interval '3 months' <= $2
                    AND (p.separated_on IS NULL OR p.separated_on >= p.hired_on + interval '3 months'))::int,
                   (p.hired_on BETWEEN $1 AND $2 AND p.hired_on + interval '6 months' <= $2
                    AND (p.separated_on IS NULL OR p.separated_on >= p.hired_on + interval '6 months'))::int,
                   coalesce(p.separated_on BETWEEN $1 AND $2, false)::int
            FROM placements p JOIN visible_workers w ON w.id = p.worker_id JOIN vacancies v ON v.id = p.vacancy_id
            WHERE p.hired_on IS NOT NULL AND \(visiblePlacement)
        ),
        keyed AS (
            SELECT e.*, left(e.county, 2) || '0000' AS province, left(e.work_region, 4) || '00' AS city FROM events e
        )
        SELECT CASE WHEN grouping(province) = 0 THEN 'province' WHEN grouping(county) = 0 THEN 'county'
                    WHEN grouping(city) = 0 THEN 'city' WHEN grouping(poverty_status) = 0 THEN 'poverty_status' ELSE 'all' END,
               coalesce(province, county, city, poverty_status, 'all'),
               coalesce(sum(registered), 0)::bigint, coalesce(sum(matched), 0)::bigint, coalesce(sum(hired), 0)::bigint,
               coalesce(sum(employed_3_months), 0)::bigint, coalesce(sum(employed_6_months), 0)::bigint, coalesce(sum(separated), 0)::bigint
        FROM keyed
        GROUP BY GROUPING SETS ((), (province), (county), (city), (poverty_status))
        HAVING grouping(province, county, city, poverty_status) = 15 OR coalesce(province, county, city, poverty_status) IS NOT NULL
        ORDER BY 1, 2
        """

    /// Median days from registration to a worker's first proposal (first proposals in the period),
    /// and from proposal to hire (hires in the period), over the same workers as the counts.
    static let mediansSQL = """
        WITH \(visibleWorkers)
        SELECT
          (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first.created_at - w.created_at) / 86400)
           FROM visible_workers w JOIN LATERAL (SELECT min(p.created_at) AS created_at FROM placements p JOIN vacancies v ON v.id = p.vacancy_id
                                                WHERE p.worker_id = w.id AND \(visiblePlacement)) first ON first.created_at IS NOT NULL
           WHERE (first.created_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN $1 AND $2),
          (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY p.hired_on - (p.created_at AT TIME ZONE 'Asia/Shanghai')::date)
           FROM placements p JOIN visible_workers w ON w.id = p.worker_id JOIN vacancies v ON v.id = p.vacancy_id
           WHERE p.hired_on BETWEEN $1 AND $2 AND \(visiblePlacement))
        """

    public func report(from: CalendarDay, to: CalendarDay, scope: Scope) async throws -> LaborReport {
        let binds = {
            var binds = PostgresBindings()
            binds.append(from)
            binds.append(to)
            binds.append(scope.codePrefix)
            return binds
        }()
        return try await database.transaction { connection in
            var totals = LaborReport.Counts()
            var counted: [(grouping: String, key: String, counts: LaborReport.Counts)] = []
            let rows = try await connection.query(PostgresQuery(unsafeSQL: Self.countsSQL, binds: binds), logger: database.logger)
            for try await (grouping, key, registered, matched, hired, three, six, separated) in rows.decode((String, String, Int, Int, Int, Int, Int, Int).self) {
                let counts = LaborReport.Counts(registered: registered, matched: matched, hired: hired, employed3Months: three, employed6Months: six, separated: separated)
                if grouping == "all" {
                    totals = counts
                } else if counts != LaborReport.Counts() {
                    counted.append((grouping, key, counts))
                }
            }
            let regionCodes = counted.filter { $0.grouping != "poverty_status" }.map(\.key)
            let names = try await regionNames(of: Set(regionCodes + regionCodes.map { String($0.prefix(2)) + "0000" }), on: connection)
            var lines: [String: [LaborReport.Line]] = [:]
            for (grouping, key, counts) in counted {
                // A code of an older GB/T 2260 edition (a county since merged) is not in the table: name its province.
                let name = grouping == "poverty_status" ? Self.povertyNames[key] : names[key] ?? names[String(key.prefix(2)) + "0000"].map { "\($0)（\(key)）" }
                lines[grouping, default: []].append(LaborReport.Line(code: key, name: name ?? key, counts: counts))
            }
            let medians = try await connection.query(PostgresQuery(unsafeSQL: Self.mediansSQL, binds: binds), logger: database.logger).collect().first
            let (toProposal, toHire) = try medians?.decode((Double?, Double?).self) ?? (nil, nil)
            return LaborReport(
                from: from, to: to, totals: totals,
                byOriginProvince: lines["province"] ?? [], byOriginCounty: lines["county"] ?? [],
                byFujianCity: lines["city"] ?? [], byPovertyStatus: lines["poverty_status"] ?? [],
                medianDaysToProposal: toProposal.map { ($0 * 10).rounded() / 10 }, medianDaysToHire: toHire.map { ($0 * 10).rounded() / 10 }
            )
        }
    }

    static let povertyNames = ["none": "一般", "lifted": "脱贫人口", "monitored": "监测帮扶对象", "dibao": "低保/特困"]

    private func regionNames(of codes: Set<String>, on connection: PostgresConnection) async throws -> [String: String] {
        var names: [String: String] = [:]
        let query: PostgresQuery = "SELECT code, name_zh FROM regions WHERE code = ANY(\(Array(codes)))"
        for try await (code, name) in try await connection.query(query, logger: database.logger).decode((String, String).self) {
            names[code] = name
        }
        return names
    }
}
