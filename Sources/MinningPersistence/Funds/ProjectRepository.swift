import Foundation
import MinningDomain
import PostgresNIO

public struct ProjectRecord: Sendable, Equatable {
    public let id: UUID
    public let pairingId: Int
    public let recipientRegion: RegionCode
    public let category: ProjectCategory
    public let title: String
    public let budgetFen: Int
    public let status: ProjectStatus
    public let version: Int
    public let createdAt: Date
}

/// Rows of projects funded through a pairing; read within a scope that holds either side of it.
public struct ProjectRepository: Sendable {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func create(
        pairingId: Int, category: ProjectCategory, title: String, budgetFen: Int, status: ProjectStatus, by actor: AuditActor,
        on connection: PostgresConnection
    ) async throws -> ProjectRecord {
            let id = try await connection.query(
                """
                INSERT INTO projects (pairing_id, category, title, budget_fen, status, recorded_by_bureau)
                VALUES (\(pairingId), \(category), \(title), \(budgetFen), \(status), \(actor.principal.bureauId))
                RETURNING id
                """,
                logger: database.logger
            ).collect().first!.decode(UUID.self)
            try await AuditLog.record("create", objectType: "project", objectId: id, by: actor, on: connection, logger: database.logger)
            return try await fetch(id, scope: .everywhere, on: connection)!
    }

    public func list(in scope: Scope, pairingId: Int?, limit: Int) async throws -> [ProjectRecord] {
        try await database.withConnection { connection in
            try await decode(try await connection.query(
                """
                SELECT \(unescaped: Self.columns) FROM projects pr JOIN pairings p ON p.id = pr.pairing_id
                WHERE (p.fujian_region_code LIKE \(scope.codePrefix) || '%' OR p.ningxia_region_code LIKE \(scope.codePrefix) || '%')
                  AND (\(pairingId)::bigint IS NULL OR pr.pairing_id = \(pairingId))
                ORDER BY pr.created_at, pr.id LIMIT \(limit)
                """,
                logger: database.logger
            ))
        }
    }

    public func find(_ id: UUID, in scope: Scope) async throws -> ProjectRecord? {
        try await database.withConnection { connection in try await fetch(id, scope: scope, on: connection) }
    }

    static let columns = "pr.id, pr.pairing_id, p.ningxia_region_code, pr.category, pr.title, pr.budget_fen, pr.status, pr.version, pr.created_at"

    func fetch(_ id: UUID, scope: Scope, on connection: PostgresConnection) async throws -> ProjectRecord? {
        try await decode(try await connection.query(
            """
            SELECT \(unescaped: Self.columns) FROM projects pr JOIN pairings p ON p.id = pr.pairing_id
            WHERE pr.id = \(id)
              AND (p.fujian_region_code LIKE \(scope.codePrefix) || '%' OR p.ningxia_region_code LIKE \(scope.codePrefix) || '%')
            """,
            logger: database.logger
        )).first
    }

    private func decode(_ rows: PostgresRowSequence) async throws -> [ProjectRecord] {
        var records: [ProjectRecord] = []
        for try await row in rows {
            let row = NamedRow(row)
            records.append(ProjectRecord(
                id: try row("id"), pairingId: try row("pairing_id"), recipientRegion: try row("ningxia_region_code"),
                category: try row("category"), title: try row("title"), budgetFen: try row("budget_fen"), status: try row("status"),
                version: try row("version"), createdAt: try row("created_at")
            ))
        }
        return records
    }
}
