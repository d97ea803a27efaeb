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

    /// Reads the UTF-8 bytes: every character that shapes a record (quote, comma, line breaks) is
    /// ASCII and no byte of a multi-byte character equals one, so bytes give what characters would,
    /// at a fraction of the cost of appending scalars one at a time.
    private static func parse(_ text: String, name: String) throws -> ([[String]], [Int]) {
        var text = text
        text.makeContiguousUTF8()
        return try text.utf8.withContiguousStorageIfAvailable { try parse(bytes: $0, name: name) }!
    }

    private static func parse(bytes: UnsafeBufferPointer<UInt8>, name: String) throws -> ([[String]], [Int]) {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), carriageReturn = UInt8(ascii: "\r"), lineFeed = UInt8(ascii: "\n")
        var records: [[String]] = []
        var startLines: [Int] = []
        var record: [String] = []
        var field: [UInt8] = []
        var inQuotes = false
        var line = 1
        var recordStart = 1
        var index = 0
        func endField() {
            record.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if inQuotes {
                if byte == quote {
                    if index < bytes.count, bytes[index] == quote { field.append(quote); index += 1 } else { inQuotes = false }
                } else {
                    if byte == lineFeed { line += 1 }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case quote where field.isEmpty:
                inQuotes = true
            case comma:
                endField()
            case carriageReturn:
                continue
            case lineFeed:
                endField()
                if !(record.count == 1 && record[0].isEmpty) {
                    records.append(record)
                    startLines.append(recordStart)
                }
                record = []
                line += 1
                recordStart = line
            default:
                field.append(byte)
            }
        }
        if inQuotes { throw ParseError(file: name, line: line, problem: .unterminatedQuote) }
        if !field.isEmpty || !record.isEmpty {
            endField()
            records.append(record)
            startLines.append(recordStart)
        }
        return (records, startLines)
    }
}
