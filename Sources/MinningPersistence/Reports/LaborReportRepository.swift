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

    /// One grouping's counts. `key` is an SQL expression over `w` (worker) and `v` (vacancy).
    private func grouped(_ key: String, from: CalendarDay, to: CalendarDay, scope: Scope, on connection: PostgresConnection) async throws -> [(String, LaborReport.Counts)] {
        let (start, end) = (from.description, to.description)
        let rows = try await connection.query(
            PostgresQuery(unsafeSQL: """
            WITH visible_workers AS (
                SELECT w.* FROM workers w
                WHERE w.origin_region_code LIKE $3 || '%'
                   OR EXISTS (SELECT 1 FROM placements p JOIN vacancies v ON v.id = p.vacancy_id
                              WHERE p.worker_id = w.id AND v.work_region_code LIKE $3 || '%')
            ),
            facts AS (
                SELECT \(key) AS key,
                       (w.created_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN $1::date AND $2::date AS registered,
                       EXISTS (SELECT 1 FROM placements p WHERE p.worker_id = w.id
                               AND (p.created_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN $1::date AND $2::date) AS matched
                FROM visible_workers w
                LEFT JOIN LATERAL (SELECT v.* FROM placements p JOIN vacancies v ON v.id = p.vacancy_id
                                   WHERE p.worker_id = w.id ORDER BY p.created_at DESC LIMIT 1) v ON true
            ),
            hires AS (
                SELECT \(key) AS key, p.hired_on, p.separated_on
                FROM placements p JOIN visible_workers w ON w.id = p.worker_id JOIN vacancies v ON v.id = p.vacancy_id
                WHERE p.hired_on IS NOT NULL
            )
            SELECT key,
                   (SELECT count(*) FROM facts f WHERE f.key = k.key AND f.registered)::bigint,
                   (SELECT count(*) FROM facts f WHERE f.key = k.key AND f.matched)::bigint,
                   (SELECT count(*) FROM hires h WHERE h.key = k.key AND h.hired_on BETWEEN $1::date AND $2::date)::bigint,
                   (SELECT count(*) FROM hires h WHERE h.key = k.key AND h.hired_on BETWEEN $1::date AND $2::date
                       AND h.hired_on + interval '3 months' <= $2::date
                       AND (h.separated_on IS NULL OR h.separated_on >= h.hired_on + interval '3 months'))::bigint,
                   (SELECT count(*) FROM hires h WHERE h.key = k.key AND h.hired_on BETWEEN $1::date AND $2::date
                       AND h.hired_on + interval '6 months' <= $2::date
                       AND (h.separated_on IS NULL OR h.separated_on >= h.hired_on + interval '6 months'))::bigint,
                   (SELECT count(*) FROM hires h WHERE h.key = k.key AND h.separated_on BETWEEN $1::date AND $2::date)::bigint
            FROM (SELECT key FROM facts UNION SELECT key FROM hires) k
            WHERE key IS NOT NULL
            ORDER BY key
            """, binds: {
                var binds = PostgresBindings()
                binds.append(start)
                binds.append(end)
                binds.append(scope.codePrefix)
                return binds
            }()),
            logger: database.logger
        )
        var result: [(String, LaborReport.Counts)] = []
        for try await (key, registered, matched, hired, three, six, separated) in rows.decode((String, Int, Int, Int, Int, Int, Int).self) {
            let counts = LaborReport.Counts(registered: registered, matched: matched, hired: hired, employed3Months: three, employed6Months: six, separated: separated)
            guard counts != LaborReport.Counts() else { continue }
            result.append((key, counts))
        }
        return result
    }

    public func report(from: CalendarDay, to: CalendarDay, scope: Scope) async throws -> LaborReport {
        try await database.transaction { connection in
            let names = try await regionNames(on: connection)
            func lines(_ pairs: [(String, LaborReport.Counts)], named: (String) -> String) -> [LaborReport.Line] {
                pairs.map { LaborReport.Line(code: $0.0, name: named($0.0), counts: $0.1) }
            }
            let totals = try await grouped("'all'", from: from, to: to, scope: scope, on: connection).first?.1 ?? LaborReport.Counts()
            let provinces = try await grouped("left(w.origin_region_code, 2) || '0000'", from: from, to: to, scope: scope, on: connection)
            let counties = try await grouped("w.origin_region_code", from: from, to: to, scope: scope, on: connection)
            let cities = try await grouped("left(v.work_region_code, 4) || '00'", from: from, to: to, scope: scope, on: connection)
            let poverty = try await grouped("w.poverty_status", from: from, to: to, scope: scope, on: connection)
            let medians = try await connection.query(
                """
                SELECT
                  (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first.created_at - w.created_at) / 86400)
                   FROM workers w JOIN LATERAL (SELECT min(p.created_at) AS created_at FROM placements p WHERE p.worker_id = w.id) first ON first.created_at IS NOT NULL
                   WHERE (first.created_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN \(from.description)::date AND \(to.description)::date
                     AND w.origin_region_code LIKE \(scope.codePrefix) || '%'),
                  (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY p.hired_on - (p.created_at AT TIME ZONE 'Asia/Shanghai')::date)
                   FROM placements p JOIN workers w ON w.id = p.worker_id
                   WHERE p.hired_on BETWEEN \(from.description)::date AND \(to.description)::date
                     AND w.origin_region_code LIKE \(scope.codePrefix) || '%')
                """,
                logger: database.logger
            ).collect().first
            let (toProposal, toHire) = try medians?.decode((Double?, Double?).self) ?? (nil, nil)
            return LaborReport(
                from: from, to: to, totals: totals,
                byOriginProvince: lines(provinces) { names[$0] ?? $0 }, byOriginCounty: lines(counties) { names[$0] ?? $0 },
                byFujianCity: lines(cities) { names[$0] ?? $0 }, byPovertyStatus: lines(poverty) { Self.povertyNames[$0] ?? $0 },
                medianDaysToProposal: toProposal.map { ($0 * 10).rounded() / 10 }, medianDaysToHire: toHire.map { ($0 * 10).rounded() / 10 }
            )
        }
    }

    static let povertyNames = ["none": "一般", "lifted": "脱贫人口", "monitored": "监测帮扶对象", "dibao": "低保/特困"]

    private func regionNames(on connection: PostgresConnection) async throws -> [String: String] {
        var names: [String: String] = [:]
        for try await (code, name) in try await connection.query("SELECT code, name_zh FROM regions", logger: database.logger).decode((String, String).self) {
            names[code] = name
        }
        return names
    }
}
