/// The days a report covers, asked for as every report is: a `year`, narrowed by `from` and `to`
/// when given (both within that year), or `from` and `to` alone for a span across years.
public struct ReportPeriod: Sendable, Equatable {
    public let from: CalendarDay
    public let to: CalendarDay

    /// The longest span a report reads (whole years of ledger and placements, not a scan of history).
    public static let maximumYears = 10

    /// The whole of `year`.
    public init(year: Int) {
        from = CalendarDay(year: year, month: 1, day: 1)!
        to = CalendarDay(year: year, month: 12, day: 31)!
    }

    init(from: CalendarDay, to: CalendarDay) {
        self.from = from
        self.to = to
    }

    /// The whole of `year`, or with no year every day a record may carry: what a list of records
    /// filtered by an optional year reads.
    public static func whole(_ year: Int?) -> ReportPeriod {
        year.map(ReportPeriod.init(year:))
            ?? ReportPeriod(from: CalendarDay(year: 1900, month: 1, day: 1)!, to: CalendarDay(year: 2200, month: 12, day: 31)!)
    }

    /// First and last day, for a query to bind.
    public var days: (from: CalendarDay, to: CalendarDay) { (from, to) }

    public static func resolve(year: Int?, from: CalendarDay?, to: CalendarDay?) throws(DomainError) -> ReportPeriod {
        var issues: [FieldIssue] = []
        let start: CalendarDay?
        let end: CalendarDay?
        if let year {
            let first = CalendarDay(year: year, month: 1, day: 1)!
            let last = CalendarDay(year: year, month: 12, day: 31)!
            for (field, day) in [("from", from), ("to", to)] {
                if let day, day < first || day > last { issues.append(FieldIssue(field: field, message: .yearAskedFor(year, from: first, to: last))) }
            }
            start = from ?? first
            end = to ?? last
        } else {
            if from == nil { issues.append(FieldIssue(field: "year", message: .yearRequiredOrRange)) }
            if from != nil, to == nil { issues.append(FieldIssue(field: "to", message: .toRequiredWithFrom)) }
            if from == nil, to != nil { issues.append(FieldIssue(field: "from", message: .fromRequiredWithTo)) }
            start = from
            end = to
        }
        // A day outside the year asked for is the one problem to name: the order of the two follows from it.
        if issues.isEmpty, let start, let end, start > end { issues.append(FieldIssue(field: "to", message: .notBeforeFrom(start))) }
        if let start, let end, end > start.adding(years: maximumYears) {
            issues.append(FieldIssue(field: "to", message: .withinYearsOfFrom(maximumYears, by: start.adding(years: maximumYears))))
        }
        guard issues.isEmpty, let start, let end else { throw .invalid(issues) }
        return ReportPeriod(from: start, to: end)
    }
}
