import Foundation
import MinningDomain
import PostgresNIO

/// Rows of the fund ledger, a hash chain. Appends are serialised by a transaction-scoped advisory
/// lock (`lockForAppend`); the table refuses UPDATE, DELETE and TRUNCATE itself.
public struct LedgerRepository: Sendable {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    /// The one lock every append takes (an arbitrary constant naming the ledger).
    static let appendLock: Int64 = 0x4D4E_4C45_4447_4552

    /// Serialises appends until the caller's transaction ends, so each sees the chain head and
    /// the balance exactly as they are.
    public func lockForAppend(on connection: PostgresConnection) async throws {
        try await connection.query("SELECT pg_advisory_xact_lock(\(Self.appendLock))", logger: database.logger)
    }

    /// Appends `entry` at the head of the chain, hashed onto the previous entry; the caller holds the lock.
    public func write(_ entry: NewLedgerEntry, recordedAt: Date, by actor: AuditActor, on connection: PostgresConnection) async throws -> LedgerEntry {
        let head = try await connection.query(
            "SELECT position, entry_hash FROM fund_ledger ORDER BY position DESC LIMIT 1", logger: database.logger
        ).collect().first
        let (lastPosition, lastHash) = try head.map { try $0.decode((Int, ByteBuffer).self) } ?? (0, ByteBuffer(bytes: LedgerHash.genesis))
        let position = lastPosition + 1
        let previous = Array(buffer: lastHash)
        let recordedAtMicroseconds = Int64(recordedAt.timeIntervalSince1970 * 1_000_000)
        let hash = LedgerHash.hash(
            position: position, entry: entry, recordedByKey: actor.principal.keyId, recordedByBureau: actor.principal.bureauId,
            recordedAtMicroseconds: recordedAtMicroseconds, previousHash: previous
        )
        try await connection.query(
            """
            INSERT INTO fund_ledger (position, pairing_id, year, project_id, kind, amount_fen, entry_date, document_number,
                reverses_position, recorded_by_key, recorded_by_bureau, recorded_at, previous_hash, entry_hash)
            VALUES (\(position), \(entry.pairingId), \(entry.year), \(entry.projectId), \(entry.kind), \(entry.amountFen),
                \(entry.entryDate), \(entry.documentNumber), \(entry.reversesPosition),
                \(actor.principal.keyId), \(actor.principal.bureauId),
                timestamptz 'epoch' + \(recordedAtMicroseconds)::bigint * interval '1 microsecond',
                \(ByteBuffer(bytes: previous)), \(ByteBuffer(bytes: hash)))
            """,
            logger: database.logger
        )
        try await AuditLog.record("create", objectType: "ledger_entry", objectId: String(position), by: actor, on: connection, logger: database.logger)
        return LedgerEntry(
            position: position, entry: entry, recordedByKey: actor.principal.keyId, recordedByBureau: actor.principal.bureauId,
            recordedAtMicroseconds: recordedAtMicroseconds, previousHash: previous, entryHash: hash
        )
    }

    public func find(position: Int, in scope: Scope) async throws -> LedgerEntry? {
        try await database.withConnection { connection in try await entry(at: position, in: scope, on: connection) }
    }

    /// The entry at `position` when its pairing is in `scope`.
    public func entry(at position: Int, in scope: Scope, on connection: PostgresConnection) async throws -> LedgerEntry? {
        guard let entry = try await fetch(position: position, on: connection),
              try await pairingRun(entry.entry.pairingId, in: scope, on: connection) != nil
        else { return nil }
        return entry
    }

    public func isReversed(_ position: Int, on connection: PostgresConnection) async throws -> Bool {
        try await !connection.query("SELECT 1 FROM fund_ledger WHERE reverses_position = \(position)", logger: database.logger)
            .collect().isEmpty
    }

    /// The years a pairing of `scope` runs; nil when no pairing of `scope` has this id.
    public func pairingRun(_ pairingId: Int, in scope: Scope, on connection: PostgresConnection) async throws -> (start: Int, end: Int?)? {
        let row = try await connection.query(
            """
            SELECT start_year, end_year FROM pairings
            WHERE id = \(pairingId)
              AND (fujian_region_code LIKE \(scope.codePrefix) || '%' OR ningxia_region_code LIKE \(scope.codePrefix) || '%')
            """,
            logger: database.logger
        ).collect().first
        return try row.map { try $0.decode((Int, Int?).self) }.map { (start: $0.0, end: $0.1) }
    }

    public func project(_ projectId: UUID, belongsTo pairingId: Int, on connection: PostgresConnection) async throws -> Bool {
        try await !connection.query(
            "SELECT 1 FROM projects WHERE id = \(projectId) AND pairing_id = \(pairingId)", logger: database.logger
        ).collect().isEmpty
    }

    /// Entries not reversed, by kind, for one pairing and year.
    public func balance(pairingId: Int, year: Int, on connection: PostgresConnection) async throws -> FundsBalance {
        try await balance(pairingIds: [pairingId], year: year, on: connection)
    }

    /// The same, summed over several pairings (the provinces' pair and its members) in one query.
    public func balance(pairingIds: [Int], year: Int, on connection: PostgresConnection) async throws -> FundsBalance {
        let rows = try await connection.query(
            """
            SELECT e.kind, sum(e.amount_fen)::bigint FROM fund_ledger e
            WHERE e.pairing_id = ANY(\(pairingIds)) AND e.year = \(year) AND e.kind <> 'reversal'
              AND NOT EXISTS (SELECT 1 FROM fund_ledger r WHERE r.reverses_position = e.position)
            GROUP BY e.kind
            """,
            logger: database.logger
        )
        var balance = FundsBalance()
        for try await (kind, sum) in rows.decode((LedgerEntryKind, Int).self) {
            switch kind {
            case .commitment: balance.committedFen = sum
            case .transfer: balance.transferredFen = sum
            case .expenditure: balance.spentFen = sum
            case .reversal: break
            }
        }
        return balance
    }

    // MARK: - Reads

    static let columns = """
        position, pairing_id, year, project_id, kind, amount_fen, entry_date, document_number,
        reverses_position, recorded_by_key, recorded_by_bureau,
        (extract(epoch FROM recorded_at) * 1000000)::bigint AS recorded_at_microseconds, previous_hash, entry_hash
        """

    func fetch(position: Int, on connection: PostgresConnection) async throws -> LedgerEntry? {
        let rows = try await connection.query(
            "SELECT \(unescaped: Self.columns) FROM fund_ledger WHERE position = \(position)", logger: database.logger
        )
        return try await Self.decode(rows).first
    }

    /// Entries of pairings in `scope`, in chain order, after `afterPosition`.
    public func list(in scope: Scope, pairingId: Int?, year: Int?, afterPosition: Int, limit: Int) async throws -> [LedgerEntry] {
        try await database.withConnection { connection in
            let rows = try await connection.query(
                """
                SELECT \(unescaped: Self.columns) FROM fund_ledger l
                WHERE l.position > \(afterPosition)
                  AND (\(pairingId)::bigint IS NULL OR l.pairing_id = \(pairingId))
                  AND (\(year)::integer IS NULL OR l.year = \(year))
                  AND EXISTS (SELECT 1 FROM pairings p WHERE p.id = l.pairing_id
                      AND (p.fujian_region_code LIKE \(scope.codePrefix) || '%' OR p.ningxia_region_code LIKE \(scope.codePrefix) || '%'))
                ORDER BY l.position
                LIMIT \(limit)
                """,
                logger: database.logger
            )
            return try await Self.decode(rows)
        }
    }

    public struct Verification: Sendable, Equatable {
        public let entries: Int
        public let firstBreak: LedgerHash.Break?
        public let headHash: [UInt8]
    }

    /// Walks the whole chain in position order and recomputes every hash.
    public func verify() async throws -> Verification {
        try await database.withDeadline(.seconds(3600)).transaction { connection in
            let rows = try await connection.query("SELECT \(unescaped: Self.columns) FROM fund_ledger ORDER BY position", logger: database.logger)
            let entries = try await Self.decode(rows)
            return Verification(entries: entries.count, firstBreak: LedgerHash.firstBreak(in: entries), headHash: entries.last?.entryHash ?? LedgerHash.genesis)
        }
    }

    public func headHash(on connection: PostgresConnection) async throws -> [UInt8] {
        let row = try await connection.query("SELECT entry_hash FROM fund_ledger ORDER BY position DESC LIMIT 1", logger: database.logger).collect().first
        return try row.map { Array(buffer: try $0.decode(ByteBuffer.self)) } ?? LedgerHash.genesis
    }

    static func decode(_ rows: PostgresRowSequence) async throws -> [LedgerEntry] {
        var entries: [LedgerEntry] = []
        for try await row in rows {
            let row = NamedRow(row)
            let entry = NewLedgerEntry(
                pairingId: try row("pairing_id"), year: try row("year"), projectId: try row("project_id"), kind: try row("kind"),
                amountFen: try row("amount_fen"), entryDate: try row("entry_date"), documentNumber: try row("document_number"),
                reversesPosition: try row("reverses_position")
            )
            entries.append(LedgerEntry(
                position: try row("position"), entry: entry, recordedByKey: try row("recorded_by_key"),
                recordedByBureau: try row("recorded_by_bureau"), recordedAtMicroseconds: try row("recorded_at_microseconds"),
                previousHash: Array(buffer: try row("previous_hash", as: ByteBuffer.self)),
                entryHash: Array(buffer: try row("entry_hash", as: ByteBuffer.self))
            ))
        }
        return entries
    }
}
