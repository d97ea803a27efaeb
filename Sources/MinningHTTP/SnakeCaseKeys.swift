import Foundation
import Synchronization

/// Swift property names to the API's snake_case keys, each converted once: a response writes the
/// same few hundred property names over and over.
enum SnakeCaseKeys {
    private static let converted = Mutex<[String: String]>([:])

    static func snakeCase(_ name: String) -> String {
        // A name without a capital is its own snake case — every key a body writes under its wire
        // name already, such as a worker's fields — and needs neither a lookup nor a hash.
        if !name.utf8.contains(where: { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) || $0 >= 0x80 }) { return name }
        if let known = converted.withLock({ $0[name] }) { return known }
        let result = convert(name)
        converted.withLock { table in
            // Keys are property names, a bounded set; a key taken from data (a JSONValue's object)
            // passes here too, so the table stops growing rather than grow with the input.
            if table.count < 4_096 { table[name] = result }
        }
        return result
    }

    /// `JSONEncoder.KeyEncodingStrategy.convertToSnakeCase`'s own rule, step for step, so that no
    /// key changes: words split where a lower-case letter meets an upper-case one, and a run of
    /// capitals is one word up to the capital before the next lower-case letter
    /// (`idNumberHMACValue` → `id_number_hmac_value`).
    static func convert(_ name: String) -> String {
        guard !name.isEmpty else { return name }
        var words: [Range<String.Index>] = []
        var wordStart = name.startIndex
        var searchRange = name.index(after: wordStart)..<name.endIndex
        while let upper = name.rangeOfCharacter(from: .uppercaseLetters, range: searchRange) {
            words.append(wordStart..<upper.lowerBound)
            searchRange = upper.lowerBound..<searchRange.upperBound
            guard let lower = name.rangeOfCharacter(from: .lowercaseLetters, range: searchRange) else {
                wordStart = searchRange.lowerBound
                break
            }
            if lower.lowerBound == name.index(after: upper.lowerBound) {
                wordStart = upper.lowerBound
            } else {
                let beforeLower = name.index(before: lower.lowerBound)
                words.append(upper.lowerBound..<beforeLower)
                wordStart = beforeLower
            }
            searchRange = lower.upperBound..<searchRange.upperBound
        }
        words.append(wordStart..<searchRange.upperBound)
        return words.map { name[$0].lowercased() }.joined(separator: "_")
    }
}
