import Foundation
import MinningDomain

/// A CSV file with a header row (RFC 4180: fields with commas or quotes are quoted, `""` is a quote).
public struct CSVTable: Sendable {
    public let name: String
    public let header: [String]
    public let rows: [[String]]
    /// The line of the file each row starts on (a quoted field may span lines), for error reports.
    public let lines: [Int]

    public struct ParseError: Error, CustomStringConvertible {
        public let file: String
        public let line: Int
        public let problem: FileProblem
        public var description: String { "\(file):\(line): \(problem.text(in: .en))" }
        public func text(in language: Language) -> String { "\(file):\(line): \(problem.text(in: language))" }
    }

    public init(name: String, text: String) throws {
        var (records, lines) = try Self.parse(text, name: name)
        guard !records.isEmpty else { throw ParseError(file: name, line: 1, problem: .noHeaderRow) }
        self.name = name
        self.header = records.removeFirst()
        lines.removeFirst()
        for (offset, record) in records.enumerated() where record.count != header.count {
            throw ParseError(file: name, line: lines[offset], problem: .fieldCount(expected: header.count, found: record.count))
        }
        self.rows = records
        self.lines = lines
    }

    public static func load(_ url: URL) throws -> CSVTable {
        try CSVTable(name: url.lastPathComponent, text: String(contentsOf: url, encoding: .utf8))
    }

    /// The values of one column, by header name.
    public func column(_ header: String) throws -> [String] {
        guard let index = self.header.firstIndex(of: header) else {
            throw ParseError(file: name, line: 1, problem: .noColumn(header))
        }
        return rows.map { $0[index] }
    }

    private static func parse(_ text: String, name: String) throws -> ([[String]], [Int]) {
        var records: [[String]] = []
        var startLines: [Int] = []
        var record: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1
        var recordStart = 1
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
            case "\"" where field.isEmpty:
                inQuotes = true
            case ",":
                record.append(field); field = ""
            case "\r":
                continue
            case "\n":
                record.append(field); field = ""
                if !(record.count == 1 && record[0].isEmpty) {
                    records.append(record)
                    startLines.append(recordStart)
                }
                record = []
                line += 1
                recordStart = line
            default:
                field.unicodeScalars.append(scalar)
            }
        }
        if inQuotes { throw ParseError(file: name, line: line, problem: .unterminatedQuote) }
        if !field.isEmpty || !record.isEmpty {
            record.append(field)
            records.append(record)
            startLines.append(recordStart)
        }
        return (records, startLines)
    }
}
