import Foundation

/// A date without a time, as ID numbers, contracts and availability use them. "Today" is taken in
/// Asia/Shanghai: a clerk in Yinchuan or Fuzhou means the Chinese calendar day.
public struct CalendarDay: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    public let year: Int
    public let month: Int
    public let day: Int

    public static let chinaTimeZone = TimeZone(identifier: "Asia/Shanghai")!

    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = chinaTimeZone
        return calendar
    }()

    public init?(year: Int, month: Int, day: Int) {
        // Plain arithmetic, not `Calendar`: imports validate several dates per row, 100,000 rows at a time.
        guard (1...9999).contains(year), (1...12).contains(month), (1...Self.daysIn(month: month, year: year)).contains(day) else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public init(date: Date) {
        let parts = Self.calendar.dateComponents([.year, .month, .day], from: date)
        self.year = parts.year!
        self.month = parts.month!
        self.day = parts.day!
    }

    /// `YYYY-MM-DD` only. Read byte by byte: every date of every row a recommendation reads passes
    /// through here, and `Character` properties made it a tenth of a request's time.
    public init?(iso text: String) {
        var text = text
        guard let (year, month, day) = text.withUTF8({ Self.parseISO($0) }) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    private static func parseISO(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int, Int)? {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let digit = Int(bytes[index]) - 48
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        return (year, month, day)
    }

    /// Written by hand, not with `String(format:)`, which goes through Foundation's formatter and
    /// was most of the time spent encoding a page of vacancies.
    public var description: String {
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
        }
        return padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2)
    }

    /// `YYYY-MM`: how a month of work (a day on its first) is written.
    public var monthText: String { String(description.prefix(7)) }

    /// The first day of this day's month: how a month is stored.
    public var firstOfMonth: CalendarDay { CalendarDay(year: year, month: month, day: 1)! }

    /// Whole years from this day to `other` (an age on `other` when this is a birth date).
    public func years(until other: CalendarDay) -> Int {
        var years = other.year - year
        if (other.month, other.day) < (month, day) { years -= 1 }
        return years
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// The day `days` later (earlier when negative).
    public func adding(days: Int) -> CalendarDay {
        CalendarDay(daysSinceUnixEpoch: daysSinceUnixEpoch + days)!
    }

    /// Noon of this day in China: a `Date` that falls on this calendar day whatever the server's zone.
    public var noonInChina: Date {
        Self.calendar.date(from: DateComponents(year: year, month: month, day: day, hour: 12))!
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = CalendarDay(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DD date"))
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
