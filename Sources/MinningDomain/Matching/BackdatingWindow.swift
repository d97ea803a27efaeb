/// How far back the side that records a placement's facts may date them on its own: from the
/// first day of the month `months` before the current one (1, the default: the previous month).
/// A day further back may already have been paid on, or reported, and is recorded or corrected
/// by a cooperation office with a reason.
public struct BackdatingWindow: Sendable, Equatable {
    public let months: Int

    public static let standard = BackdatingWindow(months: 1)
    public static let allowedMonths = 0...24

    public init(months: Int) {
        self.months = months
    }

    public func start(today: CalendarDay) -> CalendarDay {
        let index = today.year * 12 + today.month - 1 - months
        return CalendarDay(year: index / 12, month: index % 12 + 1, day: 1)!
    }

    /// The refusal for a day before the window, recorded by a bureau without the office's say.
    public func problem(field: String, day: CalendarDay, today: CalendarDay) -> FieldIssue? {
        let start = start(today: today)
        guard day < start else { return nil }
        return FieldIssue(field: field, message: .backdatingLimit(start))
    }
}
