import Foundation
import MinningDomain
import Testing

@Suite("Calendar days as day numbers")
struct CalendarDayNumberTests {
    @Test("known day numbers", arguments: [
        (1970, 1, 1, 0), (2000, 1, 1, 10_957), (2000, 2, 29, 11_016), (1969, 12, 31, -1),
        (2026, 11, 27, 20_784), (1, 1, 1, -719_162), (9999, 12, 31, 2_932_896),
    ])
    func knownNumbers(year: Int, month: Int, day: Int, number: Int) throws {
        let calendarDay = try #require(CalendarDay(year: year, month: month, day: day))
        #expect(calendarDay.daysSinceUnixEpoch == number)
        #expect(CalendarDay(daysSinceUnixEpoch: number) == calendarDay)
    }

    @Test("every day from 1899 to 2101 agrees with Foundation's Gregorian calendar and follows the one before")
    func agreesWithFoundation() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var previous: CalendarDay?
        var disagreements: [Int] = []
        for number in -25_567...48_579 {
            let date = Date(timeIntervalSince1970: Double(number) * 86_400)
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            let day = try #require(CalendarDay(daysSinceUnixEpoch: number))
            let agrees = (day.year, day.month, day.day) == (parts.year!, parts.month!, parts.day!) && day.daysSinceUnixEpoch == number
            let follows = previous.map { $0.adding(days: 1) == day && $0 < day } ?? true
            if !agrees || !follows { disagreements.append(number) }
            previous = day
        }
        #expect(disagreements.isEmpty)
    }

    @Test("day numbers outside years 1–9999 are no calendar day")
    func outsideTheCalendar() {
        #expect(CalendarDay(daysSinceUnixEpoch: -719_163) == nil)
        #expect(CalendarDay(daysSinceUnixEpoch: 2_932_897) == nil)
    }

    @Test("a month is written YYYY-MM")
    func monthText() {
        #expect(CalendarDay(year: 2026, month: 3, day: 1)!.monthText == "2026-03")
    }
}
