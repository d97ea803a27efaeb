import Foundation
import MinningDomain

/// Gathers the four reports of a year for the meeting pack.
public struct MeetingPackRepository: Sendable {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func pack(year: Int, scope: Scope, today: CalendarDay) async throws -> MeetingPack {
        let from = CalendarDay(year: year, month: 1, day: 1)!
        let endOfYear = CalendarDay(year: year, month: 12, day: 31)!
        let to = min(endOfYear, max(from, today))
        return MeetingPack(
            year: year,
            funds: try await FundsReportRepository(database: database).report(year: year, scope: scope),
            labor: try await LaborReportRepository(database: database).report(from: from, to: to, scope: scope),
            subsidies: try await SubsidyReportRepository(database: database).report(year: year, scope: scope),
            parks: try await ParkRepository(database: database).report(year: year, scope: scope),
            trend: try await YearTrendRepository(database: database).figures(years: (year - 4)...year, until: min(to, today), scope: scope),
            generatedOn: today
        )
    }
}
