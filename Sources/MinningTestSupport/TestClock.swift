import MinningDomain

/// The day every test runs on, whatever the machine's date: the service is built with this
/// clock, and tests compute their dates from it, so no result depends on when the suite runs.
public enum TestClock {
    public static let today = CalendarDay(year: 2026, month: 11, day: 27)!
    public static let clock = ChinaClock.fixed(today)
}
