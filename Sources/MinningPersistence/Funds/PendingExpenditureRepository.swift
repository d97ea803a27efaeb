import Foundation
import MinningDomain
import PostgresNIO

/// Rows of expenditures waiting for a second key.
public struct PendingExpenditureRepository: Sendable {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func insert(_ entry: NewLedgerEntry, requestedAt: Date, by actor: AuditActor, on connection: PostgresConnection) async throws -> PendingExpenditure {
        let id = try await connection.query(
            """
            INSERT INTO pending_expenditures (pairing_id, year, project_id, amount_fen, entry_date, document_number,
                requested_by_key, requested_by_bureau, requested_at, status)
            VALUES (\(entry.pairingId), \(entry.year), \(entry.projectId), \(entry.amountFen), \(entry.entryDate), \(entry.documentNumber),
                \(actor.principal.keyId), \(actor.principal.bureauId), \(requestedAt), 'pending')
            RETURNING id
            """,
            logger: database.logger
        ).collect().first!.decode(UUID.self)
        try await AuditLog.record("create", objectType: "pending_expenditure", objectId: id, by: actor, on: connection, logger: database.logger)
        return try await fetch(id, in: .everywhere, lock: false, on: connection)!
    }

    /// The pending expenditure when its pairing has a side in `scope`, locked until the transaction
    /// ends, so that two confirmations at once append once.
    public func locked(_ id: UUID, in scope: Scope, on connection: PostgresConnection) async throws -> PendingExpenditure? {
        try await fetch(id, in: scope, lock: true, on: connection)
    }

    public func find(_ id: UUID, in scope: Scope, on connection: PostgresConnection) async throws -> PendingExpenditure? {
        try await fetch(id, in: scope, lock: false, on: connection)
    }

    public func markConfirmed(_ id: UUID, ledgerPosition: Int, by actor: AuditActor, on connection: PostgresConnection) async throws -> PendingExpenditure {
        try await connection.query(
            """
            UPDATE pending_expenditures SET status = 'confirmed', confirmed_by_key = \(actor.principal.keyId), ledger_position = \(ledgerPosition)
            WHERE id = \(id)
            """,
            logger: database.logger
        )
        try await AuditLog.record("update", objectType: "pending_expenditure", objectId: id, fields: ["status"], by: actor, on: connection, logger: database.logger)
        return try await fetch(id, in: .everywhere, lock: false, on: connection)!
    }

    /// Waiting ones first, oldest first, for pairings with a side in `scope`.
    public func list(in scope: Scope, status: PendingExpenditure.Status?, limit: Int) async throws -> [PendingExpenditure] {
        try await database.withConnection { connection in
            try await Self.decode(try await connection.query(
                """
                SELECT \(unescaped: Self.columns) \(unescaped: Self.joins)
                WHERE (p.fujian_region_code LIKE \(scope.codePrefix) || '%' OR p.ningxia_region_code LIKE \(scope.codePrefix) || '%')
                  AND (\(status)::text IS NULL OR x.status = \(status))
                ORDER BY x.status DESC, x.requested_at, x.id LIMIT \(limit)
                """,
                logger: database.logger
            ))
        }
    }

    private func fetch(_ id: UUID, in scope: Scope, lock: Bool, on connection: PostgresConnection) async throws -> PendingExpenditure? {
        let rows = try await connection.query(
            """
            SELECT \(unescaped: Self.columns) \(unescaped: Self.joins)
            WHERE x.id = \(id)
              AND (p.fujian_region_code LIKE \(scope.codePrefix) || '%' OR p.ningxia_region_code LIKE \(scope.codePrefix) || '%')
            \(unescaped: lock ? "FOR UPDATE OF x" : "")
            """,
            logger: database.logger
        )
        return try await Self.decode(rows).first
    }

    static let columns = """
        x.id, x.pairing_id, x.year, x.project_id, x.amount_fen, x.entry_date, x.document_number, x.requested_by_key,
        x.requested_by_bureau, x.requested_at, x.status, x.confirmed_by_key, x.ledger_position
        """
    static let joins = "FROM pending_expenditures x JOIN pairings p ON p.id = x.pairing_id"

    static func decode(_ rows: PostgresRowSequence) async throws -> [PendingExpenditure] {
        var result: [PendingExpenditure] = []
        for try await row in rows {
            let row = NamedRow(row)
            result.append(PendingExpenditure(
                id: try row("id"),
                entry: NewLedgerEntry(
                    pairingId: try row("pairing_id"), year: try row("year"), projectId: try row("project_id"), kind: .expenditure,
                    amountFen: try row("amount_fen"), entryDate: try row("entry_date"), documentNumber: try row("document_number"),
                    reversesPosition: nil
                ),
                requestedByKey: try row("requested_by_key"), requestedByBureau: try row("requested_by_bureau"),
                requestedAt: try row("requested_at"), status: try row("status"), confirmedByKey: try row("confirmed_by_key"),
                ledgerPosition: try row("ledger_position")
            ))
        }
        return result
    }
}
