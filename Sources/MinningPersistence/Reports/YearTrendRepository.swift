import Foundation
import MinningDomain
import PostgresNIO

/// Headline figures per year for the meeting pack, counted as the funds and labor reports count
/// them (same pairings, same visible workers), so a year's figures equal those reports' totals.
public struct YearTrendRepository: Sendable {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    /// `years` oldest first; hires are counted up to `until` at the latest (a hire recorded for a
    /// later day has not happened yet).
    public func figures(years: ClosedRange<Int>, until: CalendarDay, scope: Scope) async throws -> [YearFigures] {
        try await database.transaction { connection in
            var funds: [Int: (Int, Int)] = [:]
            let fundRows = try await connection.query(
                """
                SELECT e.year, coalesce(sum(e.amount_fen) FILTER (WHERE e.kind = 'transfer'), 0)::bigint,
                       coalesce(sum(e.amount_fen) FILTER (WHERE e.kind = 'expenditure'), 0)::bigint
                FROM fund_ledger e JOIN pairings p ON p.id = e.pairing_id
                WHERE e.year BETWEEN \(years.lowerBound) AND \(years.upperBound) AND e.kind <> 'reversal'
                  AND NOT EXISTS (SELECT 1 FROM fund_ledger r WHERE r.reverses_position = e.position)
                  AND p.start_year <= e.year AND (p.end_year IS NULL OR p.end_year >= e.year)
                  AND (p.fujian_region_code LIKE \(scope.codePrefix) || '%' OR p.ningxia_region_code LIKE \(scope.codePrefix) || '%')
                GROUP BY e.year
                """,
                logger: database.logger
            )
            for try await (year, transferred, spent) in fundRows.decode((Int, Int, Int).self) {
                funds[year] = (transferred, spent)
            }
            let last = min(CalendarDay(year: years.upperBound, month: 12, day: 31)!, until)
            var binds = PostgresBindings()
            binds.append(CalendarDay(year: years.lowerBound, month: 1, day: 1)!.description)
            binds.append(last.description)
            binds.append(scope.codePrefix)
            var hires: [Int: Int] = [:]
            let hireRows = try await connection.query(PostgresQuery(unsafeSQL: """
                WITH \(LaborReportRepository.visibleWorkers)
                SELECT extract(year FROM p.hired_on)::int, count(*)::bigint
                FROM placements p JOIN visible_workers w ON w.id = p.worker_id JOIN vacancies v ON v.id = p.vacancy_id
                WHERE p.hired_on BETWEEN $1::date AND $2::date AND \(LaborReportRepository.visiblePlacement)
                GROUP BY 1
                """, binds: binds), logger: database.logger)
            for try await (year, count) in hireRows.decode((Int, Int).self) {
                hires[year] = count
            }
            return years.map { year in
                YearFigures(year: year, transferredFen: funds[year]?.0 ?? 0, spentFen: funds[year]?.1 ?? 0, hired: hires[year] ?? 0)
            }
        }
    }
}
