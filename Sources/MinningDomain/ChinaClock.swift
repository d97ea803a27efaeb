import Foundation

/// The one source of "now" and "today" (Asia/Shanghai calendar days). Built once where the program
/// is composed and passed down, so every rule that depends on the date — ages, deadlines, the
/// months a placement may record, subsidy evaluation, reports — can be run on a fixed day in tests.
public struct ChinaClock: Sendable {
    private let read: @Sendable () -> Date

    public init(_ read: @escaping @Sendable () -> Date) {
        self.read = read
    }

    /// The machine's clock.
    public static let system = ChinaClock { Date() }

    /// Always noon of `day` in China: what tests use so that no result depends on when they run.
    public static func fixed(_ day: CalendarDay) -> ChinaClock {
        let noon = day.noonInChina
        return ChinaClock { noon }
    }

    public var now: Date { read() }

    /// Today's date in China, whatever the server's own time zone.
    public var today: CalendarDay { CalendarDay(date: read()) }
}
