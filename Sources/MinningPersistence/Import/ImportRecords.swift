import Dispatch
import MinningDomain

/// Reads every record of an import file with one kind's rules, keeping the line of each row and
/// naming every bad field by line. A bad header stops it before any row is read.
enum ImportRecords {
    /// Rows read by one core at a time: below this a file is read on one.
    static let rowsPerPart = 2_000

    /// Records are read in parts on every core: each record's rules look at that record alone, so
    /// the parts only need joining in file order, which keeps rows and issues as a one-core read
    /// would give them.
    static func read<Row: Sendable>(
        _ table: CSVTable, header: CSVHeader, parse: @Sendable (inout CSVRecordReader) -> Row?
    ) -> (rows: [(line: Int, row: Row)], issues: [LineIssue]) {
        let columns = header.columns(table.header)
        let headerIssues = header.problems(columns.names).map { LineIssue(line: 1, field: $0.field, message: $0.message) }
        guard headerIssues.isEmpty else { return ([], headerIssues) }
        let records = table.rows
        let lines = table.lines
        let partCount = max(1, min(ParallelParts.cores, records.count / rowsPerPart))
        let parts = ParallelParts.map(count: records.count, parts: partCount) { range in
            var rows: [(line: Int, row: Row)] = []
            var issues: [LineIssue] = []
            rows.reserveCapacity(range.count)
            for index in range {
                var reader = CSVRecordReader(columns: columns, record: records[index])
                if let row = parse(&reader) { rows.append((lines[index], row)) }
                issues += reader.issues.map { LineIssue(line: lines[index], field: $0.field, message: $0.message) }
            }
            return (rows, issues)
        }
        return (parts.flatMap(\.0), parts.flatMap(\.1))
    }
}
