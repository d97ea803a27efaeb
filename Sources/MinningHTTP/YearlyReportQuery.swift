import Hummingbird
import MinningDomain

/// The query of a yearly report (funds, subsidies, parks): `year`, which it is about, optionally
/// narrowed to the days `from`–`to` within it, and the format.
struct YearlyReportQuery {
    let year: Int
    /// The days the report covers: the whole year unless narrowed.
    let period: ReportPeriod
    /// Set only when `from` or `to` was given.
    let narrowedTo: ReportPeriod?
    let format: ReportFormat?

    init(_ request: Request) throws {
        var query = QueryReader(request)
        let year = query.integer("year", in: 1996...2100)
        let from = query.string("from", describedAs: .notISODate) { CalendarDay(iso: $0) != nil }.flatMap { CalendarDay(iso: $0) }
        let to = query.string("to", describedAs: .notISODate) { CalendarDay(iso: $0) != nil }.flatMap { CalendarDay(iso: $0) }
        format = query.oneOf("format", ReportFormat.self)
        try query.finish()
        guard let year else { throw Problem.validation([FieldIssue(field: "year", message: .required)]) }
        self.year = year
        period = try ReportPeriod.resolve(year: year, from: from, to: to)
        narrowedTo = from == nil && to == nil ? nil : period
    }

    /// For a CSV's file name: the year, or the days it was narrowed to.
    var fileSuffix: String {
        narrowedTo.map { "\($0.from)-\($0.to)" } ?? "\(year)"
    }
}
