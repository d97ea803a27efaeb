import Foundation
import Logging
import PostgresNIO

/// Loads `Seeds/` into the database in one transaction: all of it or none of it.
public struct Seeder: Sendable {
    public let database: Database
    public let directory: URL

    public init(database: Database, directory: URL) {
        self.database = database
        self.directory = directory
    }

    public struct TableReport: Sendable, Equatable {
        public let table: String
        public let rowsInFile: Int
        public let inserted: Int
        public let updated: Int
    }

    public enum SeedError: Error, CustomStringConvertible {
        case duplicateKey(file: String, key: String)
        public var description: String {
            switch self {
            case .duplicateKey(let file, let key): "\(file): the key \(key) appears more than once"
            }
        }
    }

    /// Loads the reference tables, and the demo bureaus too when `includeDemo` is set.
    public func run(includeDemo: Bool = false) async throws -> [TableReport] {
        let tables = SeedTable.reference + (includeDemo ? SeedTable.demo : [])
        let inputs = try tables.map { table in (table, try CSVTable.load(directory.appendingPathComponent(table.file))) }
        for (table, csv) in inputs { try checkUniqueKeys(table, csv) }
        return try await database.transaction { connection in
            var reports: [TableReport] = []
            for (table, csv) in inputs {
                reports.append(try await load(table, csv, on: connection))
            }
            return reports
        }
    }

    private func load(_ table: SeedTable, _ csv: CSVTable, on connection: PostgresConnection) async throws -> TableReport {
        var bindings = PostgresBindings()
        for column in table.columns {
            bindings.append(try csv.column(column.name))
        }
        let rows = try await connection.query(PostgresQuery(unsafeSQL: table.upsertSQL, binds: bindings), logger: database.logger)
        var inserted = 0
        var updated = 0
        for try await wasInserted in rows.decode(Bool.self) {
            if wasInserted { inserted += 1 } else { updated += 1 }
        }
        return TableReport(table: table.table, rowsInFile: csv.rows.count, inserted: inserted, updated: updated)
    }

    private func checkUniqueKeys(_ table: SeedTable, _ csv: CSVTable) throws {
        let keyColumns = try table.key.map { try csv.column($0) }
        var seen = Set<[String]>()
        for row in 0..<csv.rows.count {
            let key = keyColumns.map { $0[row] }
            if !seen.insert(key).inserted {
                throw SeedError.duplicateKey(file: table.file, key: key.joined(separator: ","))
            }
        }
    }
}
