import MinningPersistence
import MinningTestSupport
import Testing

/// The byte-level reader must split every text exactly as the character-level reader it replaced
/// did: the same records, the same starting lines, the same refusals.
@Suite("CSV reading by bytes")
struct CSVParseEquivalenceTests {
    /// The reader as it was, one Unicode scalar at a time.
    private static func byScalars(_ text: String) -> (records: [[String]], lines: [Int])? {
        var records: [[String]] = [], startLines: [Int] = [], record: [String] = [], field = ""
        var inQuotes = false, line = 1, recordStart = 1
        var iterator = text.unicodeScalars.makeIterator()
        var pending = iterator.next()
        while let scalar = pending {
            pending = iterator.next()
            if inQuotes {
                if scalar == "\"" {
                    if pending == "\"" { field.unicodeScalars.append("\""); pending = iterator.next() } else { inQuotes = false }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty: inQuotes = true
            case ",": record.append(field); field = ""
            case "\r": continue
            case "\n":
                record.append(field); field = ""
                if !(record.count == 1 && record[0].isEmpty) { records.append(record); startLines.append(recordStart) }
                record = []; line += 1; recordStart = line
            default: field.unicodeScalars.append(scalar)
            }
        }
        if inQuotes { return nil }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record); startLines.append(recordStart) }
        return (records, startLines)
    }

    @Test("5,000 random texts of quotes, commas, line breaks and Chinese split as before")
    func sameAsScalars() throws {
        var random = SplitMix64(seed: 2026)
        let alphabet: [String] = ["a", "马", "\"", ",", "\n", "\r\n", "\r", " ", "é", "\"\""]
        var compared = 0
        for _ in 0..<5_000 {
            let length = Int(random.next() % 16)
            let text = (0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }.joined()
            let parsed = try? CSVTable(name: "t.csv", text: text)
            guard let reference = Self.byScalars(text) else {
                #expect(parsed == nil, "an unterminated quote must be refused: \(text.debugDescription)")
                continue
            }
            // The table also checks widths against the header; compare where the reference agrees.
            guard let header = reference.records.first, reference.records.allSatisfy({ $0.count == header.count }) else { continue }
            compared += 1
            #expect(parsed?.header == header, "\(text.debugDescription)")
            #expect(parsed?.rows == Array(reference.records.dropFirst()), "\(text.debugDescription)")
            #expect(parsed?.lines == Array(reference.lines.dropFirst()), "\(text.debugDescription)")
        }
        #expect(compared > 1_000, "too few texts compared: \(compared)")
    }
}
