import Foundation
import MinningDomain
import Testing

@Suite("ID numbers, credit codes, masking")
struct CodeValidationTests {
    static let today = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18

    @Test("a valid GB 11643 number yields birth date and sex", arguments: [
        ("11010519491231002X", 1949, 12, 31, false),
        ("640422199001011239", 1990, 1, 1, true),
    ])
    func valid(text: String, year: Int, month: Int, day: Int, male: Bool) throws {
        let id = try CitizenIDNumber(text, today: Self.today)
        #expect(id.birthDay == CalendarDay(year: year, month: month, day: day))
        #expect(id.isMale == male)
    }

    @Test("a lower-case x is accepted and stored upper-case")
    func lowerX() throws {
        #expect(try CitizenIDNumber("11010519491231002x", today: Self.today).text == "11010519491231002X")
    }

    @Test("invalid numbers are refused for the right reason", arguments: [
        ("11010519491231002", CitizenIDNumber.Problem.format),
        ("1101051949123100212", .format),
        ("11010519491231002A", .format),
        ("110105194912310021", .checkCharacter),
        ("990105194912310021", .checkCharacter),
    ])
    func invalid(text: String, problem: CitizenIDNumber.Problem) {
        #expect(throws: problem) { try CitizenIDNumber(text, today: Self.today) }
    }

    @Test("an impossible or future birth date is refused even with a right check character")
    func birthDates() {
        for birth in ["19900230", "19901301", "20301010", "18991231"] {
            let text = Self.withCheck("640422" + birth + "123")
            #expect(throws: CitizenIDNumber.Problem.birthDate, "\(birth)") { try CitizenIDNumber(text, today: Self.today) }
        }
    }

    @Test("an unknown province prefix is refused")
    func unknownProvince() {
        #expect(throws: CitizenIDNumber.Problem.region) { try CitizenIDNumber(Self.withCheck("990422199001011"+"23"), today: Self.today) }
    }

    @Test("working age is 16 to 65 on the day of registration, birthdays counted exactly")
    func workingAge() {
        let day = CalendarDay(year: 2026, month: 11, day: 29)!
        #expect(WorkingAge.problem(birth: CalendarDay(year: 2010, month: 11, day: 29)!, on: day) == nil)  // 16 today
        #expect(WorkingAge.problem(birth: CalendarDay(year: 2010, month: 11, day: 30)!, on: day) != nil)  // 16 tomorrow
        #expect(WorkingAge.problem(birth: CalendarDay(year: 1961, month: 11, day: 30)!, on: day) == nil)  // 65
        #expect(WorkingAge.problem(birth: CalendarDay(year: 1960, month: 11, day: 29)!, on: day) != nil)  // 66
    }

    @Test("GB 32100 credit codes: a known valid code, and one character changed")
    func creditCodes() throws {
        let prefix = "91350100M000100Y4"
        let check = try #require(CreditCode.checkCharacter(for: prefix))
        _ = try CreditCode(prefix + String(check))
        let wrong = CreditCode.alphabetCharacter(after: check)
        #expect(throws: CreditCode.Problem.checkCharacter) { try CreditCode(prefix + String(wrong)) }
        #expect(throws: CreditCode.Problem.format) { try CreditCode("91350100M000100Y4I") }
        #expect(throws: CreditCode.Problem.format) { try CreditCode("91350100") }
        // A published code (阿里巴巴(中国)有限公司) checks out.
        _ = try CreditCode("91330100799655058B")
    }

    @Test("masks keep four characters at each end of an ID number, 3+4 of a phone")
    func masking() {
        #expect(Masking.idNumber("64042219900101123X") == "6404**********123X")
        #expect(Masking.phone("13812345678") == "138****5678")
        #expect(Masking.phone("123") == "***")
    }

    @Test("mobile numbers: 11 digits starting 13 to 19")
    func phones() {
        #expect(NewWorker.isMobilePhone("13812345678"))
        #expect(NewWorker.isMobilePhone("19912345678"))
        #expect(!NewWorker.isMobilePhone("12812345678"))
        #expect(!NewWorker.isMobilePhone("1381234567"))
        #expect(!NewWorker.isMobilePhone("1381234567a"))
    }

    @Test("calendar days parse strictly and count years by birthday")
    func calendarDays() {
        #expect(CalendarDay(iso: "2024-02-29") != nil)
        #expect(CalendarDay(iso: "2023-02-29") == nil)
        #expect(CalendarDay(iso: "2024-2-9") == nil)
        #expect(CalendarDay(iso: "2024-02-29T00:00") == nil)
        for malformed in ["2024-02-2a", "2024/02/29", "-024-02-29", "2024-0２-29", "２０２４-02-29", "2024-00-10", "0000-01-01", ""] {
            #expect(CalendarDay(iso: malformed) == nil, "\(malformed)")
        }
        for day in ["0001-01-01", "1999-12-31", "2026-11-29", "9999-12-31"] {
            #expect(CalendarDay(iso: day)?.description == day)
        }
        let birth = CalendarDay(year: 2000, month: 3, day: 1)!
        #expect(birth.years(until: CalendarDay(year: 2026, month: 2, day: 28)!) == 25)
        #expect(birth.years(until: CalendarDay(year: 2026, month: 3, day: 1)!) == 26)
    }

    static func withCheck(_ body: String) -> String {
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(body.compactMap(\.wholeNumberValue), weights).reduce(0) { $0 + $1.0 * $1.1 }
        return body + String(Array("10X98765432")[sum % 11])
    }
}

@Suite("Calendar days")
struct CalendarDayTests {
    @Test("leap days exist only in leap years; months have their lengths", arguments: [
        (2024, 2, 29, true), (2023, 2, 29, false), (2000, 2, 29, true), (1900, 2, 29, false),
        (2026, 4, 31, false), (2026, 12, 31, true), (2026, 13, 1, false), (2026, 0, 1, false), (2026, 1, 0, false),
    ])
    func validity(year: Int, month: Int, day: Int, exists: Bool) {
        #expect((CalendarDay(year: year, month: month, day: day) != nil) == exists)
    }

    @Test("ISO text round-trips and ages count whole years")
    func isoAndAge() throws {
        let birth = try #require(CalendarDay(iso: "2008-02-29"))
        #expect(birth.description == "2008-02-29")
        #expect(birth.years(until: CalendarDay(iso: "2026-02-28")!) == 17)
        #expect(birth.years(until: CalendarDay(iso: "2026-03-01")!) == 18)
        #expect(CalendarDay(iso: "2026-2-28") == nil)
        #expect(CalendarDay(date: birth.noonInChina) == birth)
    }
}
