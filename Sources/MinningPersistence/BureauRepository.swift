import Foundation
import MinningDomain
import PostgresNIO

/// Rows of `bureaus`.
public struct BureauRepository: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    /// The new bureau, or nil when one of this name already serves the region.
    public func insert(_ bureau: NewBureau, on connection: PostgresConnection) async throws -> Bureau? {
        let rows = try await connection.query(
            """
            INSERT INTO bureaus (name, kind, region_code)
            VALUES (\(bureau.name), \(bureau.kind), \(bureau.region))
            ON CONFLICT (region_code, name) DO NOTHING
            RETURNING \(unescaped: Self.columns)
            """,
            logger: database.logger
        )
        return try await Self.decode(rows).first
    }

    public func isKnownRegion(_ region: RegionCode, on connection: PostgresConnection) async throws -> Bool {
        try await !connection.query("SELECT 1 FROM regions WHERE code = \(region)", logger: database.logger).collect().isEmpty
    }

    /// The bureau when it lies in `scope`; nil otherwise, so that existence does not leak.
    public func find(_ id: UUID, in scope: Scope) async throws -> Bureau? {
        let rows = try await database.query(
            """
            SELECT \(unescaped: Self.columns) FROM bureaus
            WHERE id = \(id) AND region_code LIKE \(scope.codePrefix) || '%'
            """
        )
        return try await Self.decode(rows).first
    }

    /// Finds a bureau by its exact name (the CLI accepts names where an id is long to type).
    public func find(named name: String) async throws -> [Bureau] {
        let rows = try await database.query("SELECT \(unescaped: Self.columns) FROM bureaus WHERE name = \(name) ORDER BY region_code")
        return try await Self.decode(rows)
    }

    public func list(in scope: Scope, kind: BureauKind?, limit: Int, offset: Int) async throws -> [Bureau] {
        let rows = try await database.query(
            """
            SELECT \(unescaped: Self.columns) FROM bureaus
            WHERE region_code LIKE \(scope.codePrefix) || '%'
              AND (\(kind)::text IS NULL OR kind = \(kind))
            ORDER BY region_code, name, id
            LIMIT \(limit) OFFSET \(offset)
            """
        )
        return try await Self.decode(rows)
    }

    static let columns = "id, name, kind, region_code, created_at"

    static func decode(_ rows: PostgresRowSequence) async throws -> [Bureau] {
        var result: [Bureau] = []
        for try await row in rows {
            let row = NamedRow(row)
            result.append(Bureau(
                id: try row("id"), name: try row("name"), kind: try row("kind"), region: try row("region_code"), createdAt: try row("created_at")
            ))
        }
        return result
    }
}
