import Foundation
import MinningDomain
import PostgresNIO

/// The fund ledger. Appends are serialised by a transaction-scoped advisory lock, so each entry
/// sees the chain head and the balance exactly as they are, and the overspend rule holds under
/// concurrency. The table refuses UPDATE, DELETE and TRUNCATE itself.
public struct LedgerRepository: Sendable {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    /// The one lock every append takes (an arbitrary constant naming the ledger).
    static let appendLock: Int64 = 0x4D4E_4C45_4447_4552

    public struct Reversal: Sendable {
        public let position: Int
        public let entryDate: CalendarDay
        public let documentNumber: String

        public init(position: Int, entryDate: CalendarDay, documentNumber: String) {
            self.position = position
            self.entryDate = entryDate
            self.documentNumber = documentNumber
        }
    }

    /// A new entry, or a reversal of an earlier one (which copies its pairing, year, amount and project).
    public enum Request: Sendable {
        case entry(NewLedgerEntry)
        case reversal(Reversal)
    }

    public func append(_ request: Request, by actor: AuditActor) async throws -> LedgerEntry {
        try await database.transaction { connection in try await append(request, by: actor, on: connection) }
    }

    /// Appends within the caller's transaction (an idempotent POST's), which holds the ledger lock until it ends.
    public func append(_ request: Request, by actor: AuditActor, on connection: PostgresConnection) async throws -> LedgerEntry {
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.appendLock))", logger: database.logger)
            let entry: NewLedgerEntry
            var reversedKind: LedgerEntryKind?
            switch request {
            case .entry(let new):
                entry = new
                try await checkEntry(new, scope: actor.principal.scope, on: connection)
            case .reversal(let reversal):
                guard let target = try await fetch(position: reversal.position, on: connection),
                      try await pairingVisible(target.entry.pairingId, scope: actor.principal.scope, on: connection)
                else { throw DomainError.invalid([FieldIssue(field: "reverses_position", message: "no ledger entry at this position is in your scope")]) }
                guard target.entry.kind != .reversal else { throw DomainError.conflict("a reversal cannot itself be reversed; record the entry again") }
                let alreadyReversed = try await connection.query(
                    "SELECT 1 FROM fund_ledger WHERE reverses_position = \(reversal.position)", logger: database.logger
                ).collect()
                guard alreadyReversed.isEmpty else { throw DomainError.conflict("entry \(reversal.position) was already reversed") }
                reversedKind = target.entry.kind
                entry = NewLedgerEntry(
                    pairingId: target.entry.pairingId, year: target.entry.year, projectId: target.entry.projectId, kind: .reversal,
                    amountFen: target.entry.amountFen, entryDate: reversal.entryDate, documentNumber: reversal.documentNumber,
                    reversesPosition: reversal.position
                )
            }
            let balance = try await self.balance(pairingId: entry.pairingId, year: entry.year, on: connection)
            guard balance.applying(entry.kind, amountFen: entry.amountFen, reversedKind: reversedKind) != nil else {
                throw DomainError.conflict(
                    "this would spend more than was transferred to pairing \(entry.pairingId) for \(entry.year): transferred \(balance.transferredFen) fen, spent \(balance.spentFen) fen"
                )
            }
            let head = try await connection.query(
                "SELECT position, entry_hash FROM fund_ledger ORDER BY position DESC LIMIT 1", logger: database.logger
            ).collect().first
            let (lastPosition, lastHash) = try head.map { try $0.decode((Int, ByteBuffer).self) } ?? (0, ByteBuffer(bytes: LedgerHash.genesis))
            let position = lastPosition + 1
            let previous = Array(buffer: lastHash)
            let recordedAt = Int64(Date().timeIntervalSince1970 * 1_000_000)
            let hash = LedgerHash.hash(
                position: position, entry: entry, recordedByKey: actor.principal.keyId, recordedByBureau: actor.principal.bureauId,
                recordedAtMicroseconds: recordedAt, previousHash: previous
            )
            try await connection.query(
                """
                INSERT INTO fund_ledger (position, pairing_id, year, project_id, kind, amount_fen, entry_date, document_number,
                    reverses_position, recorded_by_key, recorded_by_bureau, recorded_at, previous_hash, entry_hash)
                VALUES (\(position), \(entry.pairingId), \(entry.year), \(entry.projectId), \(entry.kind.rawValue), \(entry.amountFen),
                    \(entry.entryDate.description)::date, \(entry.documentNumber), \(entry.reversesPosition),
                    \(actor.principal.keyId), \(actor.principal.bureauId),
                    timestamptz 'epoch' + \(recordedAt)::bigint * interval '1 microsecond',
                    \(ByteBuffer(bytes: previous)), \(ByteBuffer(bytes: hash)))
                """,
                logger: database.logger
            )
            try await connection.query(
                """
                INSERT INTO audit_log (key_id, bureau_id, role, action, object_type, object_id, request_id, fields)
                VALUES (\(actor.principal.keyId), \(actor.principal.bureauId), \(actor.principal.role.rawValue), 'create',
                        'ledger_entry', \(String(position)), \(actor.requestId), '{}')
                """,
                logger: database.logger
            )
            return LedgerEntry(
                position: position, entry: entry, recordedByKey: actor.principal.keyId, recordedByBureau: actor.principal.bureauId,
                recordedAtMicroseconds: recordedAt, previousHash: previous, entryHash: hash
            )
    }

    public func find(position: Int, in scope: Scope) async throws -> LedgerEntry? {
        try await database.transaction { connection in
            guard let entry = try await fetch(position: position, on: connection),
                  try await pairingVisible(entry.entry.pairingId, scope: scope, on: connection)
            else { return nil }
            return entry
        }
    }

    private func checkEntry(_ entry: NewLedgerEntry, scope: Scope, on connection: PostgresConnection) async throws {
        guard entry.kind != .reversal else {
            throw DomainError.invalid([FieldIssue(field: "kind", message: "a reversal names reverses_position, not pairing, year and amount")])
        }
        let pairing = try await connection.query(
            """
            SELECT start_year, end_year FROM pairings
            WHERE id = \(entry.pairingId)
              AND (fujian_region_code LIKE \(scope.codePrefix) || '%' OR ningxia_region_code LIKE \(scope.codePrefix) || '%')
            """,
            logger: database.logger
        ).collect().first
        guard let pairing else { throw DomainError.invalid([FieldIssue(field: "pairing_id", message: "no pairing with this id is in your scope")]) }
        let (start, end) = try pairing.decode((Int, Int?).self)
        var issues: [FieldIssue] = []
        if entry.year < start || entry.year > (end ?? 2100) {
            issues.append(FieldIssue(field: "year", message: "the pairing runs from \(start)\(end.map { " to \($0)" } ?? ""), not in \(entry.year)"))
        }
        if let project = entry.projectId {
            let rows = try await connection.query(
                "SELECT 1 FROM projects WHERE id = \(project) AND pairing_id = \(entry.pairingId)", logger: database.logger
            ).collect()
            if rows.isEmpty { issues.append(FieldIssue(field: "project_id", message: "no project of this pairing has this id")) }
            if entry.kind != .expenditure { issues.append(FieldIssue(field: "project_id", message: "only an expenditure is for a project")) }
        }
        if !issues.isEmpty { throw DomainError.invalid(issues) }
    }

    func pairingVisible(_ pairingId: Int, scope: Scope, on connection: PostgresConnection) async throws -> Bool {
        try await !connection.query(
            """
            SELECT 1 FROM pairings WHERE id = \(pairingId)
              AND (fujian_region_code LIKE \(scope.codePrefix) || '%' OR ningxia_region_code LIKE \(scope.codePrefix) || '%')
            """,
            logger: database.logger
        ).collect().isEmpty
    }

    /// Entries not reversed, by kind, for one pairing and year.
    func balance(pairingId: Int, year: Int, on connection: PostgresConnection) async throws -> FundsBalance {
        let rows = try await connection.query(
            """
            SELECT e.kind, sum(e.amount_fen)::bigint FROM fund_ledger e
            WHERE e.pairing_id = \(pairingId) AND e.year = \(year) AND e.kind <> 'reversal'
              AND NOT EXISTS (SELECT 1 FROM fund_ledger r WHERE r.reverses_position = e.position)
            GROUP BY e.kind
            """,
            logger: database.logger
        )
        var balance = FundsBalance()
        for try await (kind, sum) in rows.decode((String, Int).self) {
            switch LedgerEntryKind(rawValue: kind) {
            case .commitment: balance.committedFen = sum
            case .transfer: balance.transferredFen = sum
            case .expenditure: balance.spentFen = sum
            default: break
            }
        }
        return balance
    }

    // MARK: - Reads

    static let columns = """
        position, pairing_id, year, project_id, kind, amount_fen, to_char(entry_date, 'YYYY-MM-DD'), document_number,
        reverses_position, recorded_by_key, recorded_by_bureau, (extract(epoch FROM recorded_at) * 1000000)::bigint,
        previous_hash, entry_hash
        """

    func fetch(position: Int, on connection: PostgresConnection) async throws -> LedgerEntry? {
        let rows = try await connection.query(
            "SELECT \(unescaped: Self.columns) FROM fund_ledger WHERE position = \(position)", logger: database.logger
        )
        return try await Self.decode(rows).first
    }

    /// Entries of pairings in `scope`, in chain order, after `afterPosition`.
    public func list(in scope: Scope, pairingId: Int?, year: Int?, afterPosition: Int, limit: Int) async throws -> [LedgerEntry] {
        try await database.transaction { connection in
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
            let cells = row.makeRandomAccess()
            let entry = NewLedgerEntry(
                pairingId: try cells[1].decode(Int.self), year: try cells[2].decode(Int.self), projectId: try cells[3].decode(UUID?.self),
                kind: LedgerEntryKind(rawValue: try cells[4].decode(String.self)) ?? .commitment, amountFen: try cells[5].decode(Int.self),
                entryDate: CalendarDay(iso: try cells[6].decode(String.self))!, documentNumber: try cells[7].decode(String.self),
                reversesPosition: try cells[8].decode(Int?.self)
            )
            entries.append(LedgerEntry(
                position: try cells[0].decode(Int.self), entry: entry, recordedByKey: try cells[9].decode(UUID.self),
                recordedByBureau: try cells[10].decode(UUID.self), recordedAtMicroseconds: try cells[11].decode(Int64.self),
                previousHash: Array(buffer: try cells[12].decode(ByteBuffer.self)), entryHash: Array(buffer: try cells[13].decode(ByteBuffer.self))
            ))
        }
        return entries
    }
}
