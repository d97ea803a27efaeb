import PostgresNIO

/// A row read by column name: a column added, dropped or reordered in the SELECT list cannot shift
/// every later value into the wrong field, and a name the query does not return fails the read
/// (PostgresNIO's own name subscript would stop the process).
struct NamedRow {
    private let cells: PostgresRandomAccessRow

    init(_ row: PostgresRow) {
        cells = row.makeRandomAccess()
    }

    func callAsFunction<Value: PostgresDecodable>(_ column: String, as type: Value.Type = Value.self) throws -> Value {
        guard cells.contains(column) else { throw MissingColumn(name: column) }
        return try cells[column].decode(Value.self)
    }
}

/// A query and its decoder disagree about a column's name: a programming error, reported by name.
struct MissingColumn: Error, CustomStringConvertible {
    let name: String
    var description: String { "the query returned no column named \(name)" }
}
