import Foundation
import MinningDomain
import PostgresNIO

public struct ProjectRecord: Sendable, Equatable {
    public let id: UUID
    public let pairingId: Int
    public let recipientRegionCode: String
    public let category: ProjectCategory
    public let title: String
    public let budgetFen: Int
    public let status: ProjectStatus
    public let version: Int
    public let createdAt: Date
}

/// Projects funded through a pairing, visible to bureaus whose scope holds either side of it.
public struct ProjectRepository: Sendable {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func create(
        pairingId: Int, category: ProjectCategory, title: String, budgetFen: Int, status: ProjectStatus, by actor: AuditActor,
        on connection: PostgresConnection
    ) async throws -> ProjectRecord {
            guard try await LedgerRepository(database: database).pairingVisible(pairingId, scope: actor.principal.scope, on: connection) else {
                throw DomainError.invalid([FieldIssue(field: "pairing_id", message: "no pairing with this id is in your scope")])
            }
            let id = try await connection.query(
                """
                INSERT INTO projects (pairing_id, category, title, budget_fen, status, recorded_by_bureau)
                VALUES (\(pairingId), \(category.rawValue), \(title), \(budgetFen), \(status.rawValue), \(actor.principal.bureauId))
                RETURNING id
                """,
                logger: database.logger
            ).collect().first!.decode(UUID.self)
            try await AuditLog.record("create", objectType: "project", objectId: id, by: actor, on: connection, logger: database.logger)
            return try await fetch(id, scope: .everywhere, on: connection)!
    }

    public func list(in scope: Scope, pairingId: Int?, limit: Int) async throws -> [ProjectRecord] {
        try await database.transaction { connection in
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
        try await database.transaction { connection in try await fetch(id, scope: scope, on: connection) }
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
        for try await (id, pairing, region, category, title, budget, status, version, created) in rows.decode(
            (UUID, Int, String, String, String, Int, String, Int, Date).self
        ) {
            records.append(ProjectRecord(
                id: id, pairingId: pairing, recipientRegionCode: region, category: ProjectCategory(rawValue: category) ?? .other,
                title: title, budgetFen: budget, status: ProjectStatus(rawValue: status) ?? .planned, version: version, createdAt: created
            ))
        }
        return records
    }
}
