import Foundation

/// A resident identity card number (公民身份号码, GB 11643-1999): six digits of the region of first
/// registration, eight of the birth date, three of sequence (odd for men), one check character by
/// ISO 7064 MOD 11-2.
public struct CitizenIDNumber: Sendable, Equatable {
    /// Upper-case, 18 characters.
    public let text: String
    public let birthDate: DateComponents
    public let isMale: Bool

    public enum Problem: Error, Equatable, CustomStringConvertible {
        case format
        case checkCharacter
        case birthDate
        case region

        public var description: String { Message.idNumber(self).text(in: .en) }
    }

    static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    static let checkCharacters = Array("10X98765432")

    /// GB/T 2260 province codes, including Hong Kong, Macao and Taiwan, whose residents can hold
    /// mainland residence permits with numbers of this form.
    static let provinceCodes: Set<String> = [
        "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
        "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
        "71", "81", "82", "83",
    ]

    public init(_ raw: String, today: Date) throws(Problem) {
        let text = raw.uppercased()
        let chars = Array(text.utf8)
        guard chars.count == 18,
              chars[0..<17].allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
              (chars[17] >= UInt8(ascii: "0") && chars[17] <= UInt8(ascii: "9")) || chars[17] == UInt8(ascii: "X")
        else { throw .format }
        let digits = chars[0..<17].map { Int($0 - UInt8(ascii: "0")) }
        let sum = zip(digits, Self.weights).reduce(0) { $0 + $1.0 * $1.1 }
        guard Self.checkCharacters[sum % 11] == Character(UnicodeScalar(chars[17])) else { throw .checkCharacter }
        guard Self.provinceCodes.contains(String(text.prefix(2))) else { throw .region }
        let year = digits[6] * 1000 + digits[7] * 100 + digits[8] * 10 + digits[9]
        let month = digits[10] * 10 + digits[11]
        let day = digits[12] * 10 + digits[13]
        guard let birth = CalendarDay(year: year, month: month, day: day), year >= 1900,
              birth <= CalendarDay(date: today)
        else { throw .birthDate }
        self.text = text
        self.birthDate = DateComponents(year: year, month: month, day: day)
        self.isMale = digits[16] % 2 == 1
    }

    public var birthDay: CalendarDay {
        CalendarDay(year: birthDate.year!, month: birthDate.month!, day: birthDate.day!)!
    }

    /// `6404**********123X`: enough for a clerk to tell people apart, not enough to impersonate.
    public var masked: String { Masking.idNumber(text) }
}
