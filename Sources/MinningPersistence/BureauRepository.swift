import Foundation
import MinningDomain
import PostgresNIO

public struct BureauRepository: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    /// Registers a bureau; an unknown region is reported as a field error, a duplicate name as a conflict.
    public func create(_ bureau: NewBureau) async throws -> Bureau {
        try await database.transaction { connection in
            let exists = try await connection.query("SELECT 1 FROM regions WHERE code = \(bureau.region.rawValue)", logger: database.logger)
                .collect().isEmpty == false
            guard exists else {
                throw DomainError.invalid([FieldIssue(field: "region_code", message: "no region has the code \(bureau.region.rawValue)")])
            }
            let rows = try await connection.query(
                """
                INSERT INTO bureaus (name, kind, region_code)
                VALUES (\(bureau.name), \(bureau.kind.rawValue), \(bureau.region.rawValue))
                ON CONFLICT (region_code, name) DO NOTHING
                RETURNING id, name, kind, region_code, created_at
                """,
                logger: database.logger
            )
            guard let created = try await Self.decode(rows).first else {
                throw DomainError.conflict("a bureau named \(bureau.name) already exists in region \(bureau.region.rawValue)")
            }
            return created
        }
    }

    /// The bureau when it lies in `scope`; nil otherwise, so that existence does not leak.
    public func find(_ id: UUID, in scope: Scope) async throws -> Bureau? {
        let rows = try await database.query(
            """
            SELECT id, name, kind, region_code, created_at FROM bureaus
            WHERE id = \(id) AND region_code LIKE \(scope.codePrefix) || '%'
            """
        )
        return try await Self.decode(rows).first
    }

    /// Finds a bureau by its exact name (the CLI accepts names where an id is long to type).
    public func find(named name: String) async throws -> [Bureau] {
        let rows = try await database.query(
            "SELECT id, name, kind, region_code, created_at FROM bureaus WHERE name = \(name) ORDER BY region_code"
        )
        return try await Self.decode(rows)
    }

    public func list(in scope: Scope, kind: BureauKind?, limit: Int, offset: Int) async throws -> [Bureau] {
        let kindText = kind?.rawValue
        let rows = try await database.query(
            """
            SELECT id, name, kind, region_code, created_at FROM bureaus
            WHERE region_code LIKE \(scope.codePrefix) || '%'
              AND (\(kindText)::text IS NULL OR kind = \(kindText))
            ORDER BY region_code, name, id
            LIMIT \(limit) OFFSET \(offset)
            """
        )
        return try await Self.decode(rows)
    }

    static func decode(_ rows: PostgresRowSequence) async throws -> [Bureau] {
        var result: [Bureau] = []
        for try await (id, name, kind, region, created) in rows.decode((UUID, String, String, String, Date).self) {
            result.append(Bureau(id: id, name: name, kind: BureauKind(rawValue: kind) ?? .oversight, regionCode: region, createdAt: created))
        }
        return result
    }
}
