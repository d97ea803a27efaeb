import Foundation
import MinningPersistence
import PostgresNIO

/// Copies one row of `table` under new values in a single statement (no temporary table, so no
/// dependence on which pooled connection runs it): the quickest way to make many valid rows of a
/// kind the API made once. `overrides` are column → value as PostgreSQL reads it from text
/// (`\x…` hex for bytea, ISO 8601 for timestamps); nil sets NULL.
public func cloneRow(_ database: Database, table: String, id: String, overrides: [String: String?]) async throws {
    let object = overrides.mapValues { $0.map { $0 as Any } ?? NSNull() }
    let json = String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    var binds = PostgresBindings()
    binds.append(id)
    binds.append(json)
    _ = try await database.query(PostgresQuery(
        unsafeSQL: "INSERT INTO \(table) SELECT (jsonb_populate_record(t, $2::jsonb)).* FROM \(table) t WHERE t.id = $1::uuid",
        binds: binds
    )).collect()
}

/// Bytes as PostgreSQL's bytea text (`\x` and hex), for `cloneRow`'s overrides.
public func byteaText(_ bytes: [UInt8]) -> String {
    "\\x" + bytes.map { byte in (byte < 16 ? "0" : "") + String(byte, radix: 16) }.joined()
}

/// 32 random bytes as bytea text: a unique stand-in for a lookup hash.
public func randomByteaText() -> String {
    byteaText((0..<32).map { _ in UInt8.random(in: 0...255) })
}
