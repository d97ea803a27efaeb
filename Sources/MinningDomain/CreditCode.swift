/// A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from 31 symbols
/// (digits and upper-case letters without I, O, S, V, Z); the last is a check character.
public struct CreditCode: Sendable, Equatable {
    public let text: String

    static let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
    static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

    public enum Problem: Error, Equatable, CustomStringConvertible {
        case format
        case checkCharacter
        public var description: String { Message.creditCode(self).text(in: .en) }
    }

    public init(_ raw: String) throws(Problem) {
        let text = raw.uppercased()
        let characters = Array(text)
        guard characters.count == 18 else { throw .format }
        var values: [Int] = []
        for character in characters {
            guard let value = Self.alphabet.firstIndex(of: character) else { throw .format }
            values.append(value)
        }
        let sum = zip(values.prefix(17), Self.weights).reduce(0) { $0 + $1.0 * $1.1 }
        let check = (31 - sum % 31) % 31
        guard values[17] == check else { throw .checkCharacter }
        self.text = text
    }

    /// The check character for 17 leading characters (tests and demo data build valid codes with it).
    public static func checkCharacter(for prefix: String) -> Character? {
        let characters = Array(prefix.uppercased())
        guard characters.count == 17 else { return nil }
        var sum = 0
        for (character, weight) in zip(characters, weights) {
            guard let value = alphabet.firstIndex(of: character) else { return nil }
            sum += value * weight
        }
        return alphabet[(31 - sum % 31) % 31]
    }
}

extension CreditCode {
    /// The next symbol of the alphabet, wrapping around (tests make a wrong check character with it).
    public static func alphabetCharacter(after character: Character) -> Character {
        let index = alphabet.firstIndex(of: character) ?? 0
        return alphabet[(index + 1) % alphabet.count]
    }
}
