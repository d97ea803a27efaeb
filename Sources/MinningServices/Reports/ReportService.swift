import Foundation
import MinningDomain
import MinningPersistence

/// The reports of the cooperation — funds, labor, subsidies, parks — and the meeting pack that
/// gathers them, read from the report database (a replica when one is configured).
public struct ReportService: Sendable {
    let reads: Database
    let clock: ChinaClock

    public init(reportDatabase: Database, clock: ChinaClock) {
        self.reads = reportDatabase
        self.clock = clock
    }

    /// The funds of the year's agreements; with `narrowedTo`, only entries recorded on its days.
    public func funds(year: Int, narrowedTo period: ReportPeriod? = nil, for reader: Requester) async throws -> FundsReport {
        try await FundsReportRepository(database: reads).report(year: year, narrowedTo: period, scope: try reader.scope(allowedBy: .readReports))
    }

    public func labor(from: CalendarDay, to: CalendarDay, for reader: Requester) async throws -> LaborReport {
        try await LaborReportRepository(database: reads).report(from: from, to: to, scope: try reader.scope(allowedBy: .readReports))
    }

    /// Claims evaluated in the year, or on `narrowedTo`'s days within it.
    public func subsidies(year: Int, narrowedTo period: ReportPeriod? = nil, for reader: Requester) async throws -> SubsidyReport {
        try await SubsidyReportRepository(database: reads).report(year: year, narrowedTo: period, scope: try reader.scope(allowedBy: .readReports))
    }

    /// The parks at the end of the year; with `narrowedTo`, only the enterprises that moved in on its days.
    public func parks(year: Int, narrowedTo period: ReportPeriod? = nil, for reader: Requester) async throws -> ParksReport {
        try await ParkRepository(database: reads).report(year: year, narrowedTo: period, scope: try reader.scope(allowedBy: .readReports))
    }

    /// The four reports of a year and the five-year trend, as of today for the current year.
    public func meetingPack(year: Int, meetingDate: CalendarDay? = nil, for reader: Requester) async throws -> MeetingPack {
        let scope = try reader.scope(allowedBy: .readReports)
        let today = clock.today
        let from = CalendarDay(year: year, month: 1, day: 1)!
        let endOfYear = CalendarDay(year: year, month: 12, day: 31)!
        let to = min(endOfYear, max(from, today))
        return MeetingPack(
            year: year,
            funds: try await FundsReportRepository(database: reads).report(year: year, narrowedTo: nil, scope: scope),
            labor: try await LaborReportRepository(database: reads).report(from: from, to: to, scope: scope),
            subsidies: try await SubsidyReportRepository(database: reads).report(year: year, narrowedTo: nil, scope: scope),
            parks: try await ParkRepository(database: reads).report(year: year, narrowedTo: nil, scope: scope),
            trend: try await YearTrendRepository(database: reads).figures(years: (year - 4)...year, until: min(to, today), scope: scope),
            assessment: try await AssessmentService(database: reads, clock: clock).report(year: year, for: reader),
            cooperation: try await CooperationSummaryRepository(database: reads).summary(year: year, in: scope, today: today),
            generatedOn: today, meetingDate: meetingDate
        )
    }
}
