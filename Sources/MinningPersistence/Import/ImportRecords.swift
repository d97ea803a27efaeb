import MinningDomain

/// Reads every record of an import file with one kind's rules, keeping the line of each row and
/// naming every bad field by line. A bad header stops it before any row is read.
enum ImportRecords {
    static func read<Row>(
        _ table: CSVTable, header: CSVHeader, parse: (inout CSVRecordReader) -> Row?
    ) -> (rows: [(line: Int, row: Row)], issues: [LineIssue]) {
        let columns = header.columns(table.header)
        var issues = header.problems(columns.names).map { LineIssue(line: 1, field: $0.field, message: $0.message) }
        guard issues.isEmpty else { return ([], issues) }
        var rows: [(line: Int, row: Row)] = []
        rows.reserveCapacity(table.rows.count)
        for (record, line) in zip(table.rows, table.lines) {
            var reader = CSVRecordReader(columns: columns, record: record)
            if let row = parse(&reader) { rows.append((line, row)) }
            issues += reader.issues.map { LineIssue(line: line, field: $0.field, message: $0.message) }
        }
        return (rows, issues)
    }
}
