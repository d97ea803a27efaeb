import Foundation
import MinningDomain
import PostgresNIO

/// Headline figures per year for the meeting pack, counted as the funds and labor reports count
/// them (the funds report itself; the labor report's visible workers and jobs), so a year's
/// figures equal those reports' totals.
public struct YearTrendRepository: Sendable {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    /// `years` oldest first; hires are counted up to `until` at the latest (a hire recorded for a
    /// later day has not happened yet).
    public func figures(years: ClosedRange<Int>, until: CalendarDay, scope: Scope) async throws -> [YearFigures] {
        let last = min(CalendarDay(year: years.upperBound, month: 12, day: 31)!, until)
        var binds = PostgresBindings()
        binds.append(CalendarDay(year: years.lowerBound, month: 1, day: 1)!)
        binds.append(last)
        binds.append(scope.codePrefix)
        var hires: [Int: Int] = [:]
        let hireRows = try await database.query(PostgresQuery(unsafeSQL: """
            WITH \(LaborReportRepository.visibleWorkers)
            SELECT extract(year FROM p.hired_on)::int, count(*)::bigint
            FROM placements p JOIN visible_workers w ON w.id = p.worker_id JOIN vacancies v ON v.id = p.vacancy_id
            WHERE p.hired_on BETWEEN $1 AND $2 AND \(LaborReportRepository.visiblePlacement)
            GROUP BY 1
            """, binds: binds))
        for try await (year, count) in hireRows.decode((Int, Int).self) {
            hires[year] = count
        }
        var figures: [YearFigures] = []
        for year in years {
            // Funds exactly as the funds report counts them: the report itself, one per year.
            let funds = try await FundsReportRepository(database: database).report(year: year, narrowedTo: nil, scope: scope).totals
            figures.append(YearFigures(year: year, transferredFen: funds.transferredFen, spentFen: funds.spentFen, hired: hires[year] ?? 0))
        }
        return figures
    }
}
