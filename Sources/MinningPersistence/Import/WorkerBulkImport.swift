import Foundation
import MinningDomain
import PostgresNIO

/// Registers many workers at once, all or nothing: each row's lookup hashes go by COPY into a small
/// staging table, the checks that need the database run there as set queries, and then the rows
/// themselves go by COPY straight into `workers` and `worker_skills`, written once. Any problem
/// rolls the whole transaction back, so a killed or refused import leaves no row.
public struct WorkerBulkImport: Sendable {
    let database: Database
    let cipher: PersonalDataCipher

    public init(database: Database, cipher: PersonalDataCipher) {
        self.database = database.withDeadline(.seconds(3600))
        self.cipher = cipher
    }

    public struct Row: Sendable {
        public let line: Int
        public let worker: NewWorker

        public init(line: Int, worker: NewWorker) {
            self.line = line
            self.worker = worker
        }
    }

    /// Reads a file's records with the same rules as the API, naming every bad field by line.
    public static func rows(from table: CSVTable, today: CalendarDay) -> ([Row], [LineIssue]) {
        let (rows, issues) = ImportRecords.read(table, header: WorkerCSVFormat.header) { WorkerCSVFormat.parse(&$0, today: today) }
        return (rows.map { Row(line: $0.line, worker: $0.row) }, issues)
    }

    /// Stores every row or none, and says how many, with a warning for each phone number another
    /// worker (in the file or already registered) also gave. A dry run makes every check, then
    /// rolls back. `progress` hears how many rows have been sent so far.
    public func run(
        _ rows: [Row], by actor: AuditActor, dryRun: Bool = false, progress: @escaping @Sendable (Int) -> Void = { _ in }
    ) async throws -> ImportOutcome {
        let sealed = try seal(rows, scope: actor.principal.scope)
        do {
            return try await database.transaction { connection in
                try await refuseDuringKeyRotation(on: connection)
                try await createStagingTable(on: connection)
                try await stageLookupHashes(sealed, on: connection)
                let issues = try await referenceProblems(sealed, on: connection) + duplicateProblems(scope: actor.principal.scope, on: connection)
                guard issues.isEmpty else { throw ImportRejected(issues) }
                let outcome = ImportOutcome(count: sealed.count, warnings: try await sharedPhones(sealed, on: connection))
                try await copyIn(sealed, by: actor, on: connection, progress: progress)
                try await audit(by: actor, on: connection)
                if dryRun { throw DryRunRolledBack(outcome: outcome) }
                return outcome
            }
        } catch let finished as DryRunRolledBack {
            return finished.outcome
        }
    }

    // MARK: - Before the database

    struct SealedRow: Sendable {
        let id: UUID
        let line: Int
        let worker: NewWorker
        let idNumberCiphertext: [UInt8]
        let idNumberHash: [UInt8]
        let phoneCiphertext: [UInt8]
        let phoneHash: [UInt8]
    }

    /// Scope and duplicates inside the file are decided here; encryption happens before any byte
    /// leaves the process. The sealing (two AES-GCM seals and two HMACs a row) runs on every core;
    /// the checks that compare rows run after it, in file order. Row ids come from the system's
    /// random source through one generator (`UUID()` opened the random device anew for each).
    private func seal(_ rows: [Row], scope: Scope) throws -> [SealedRow] {
        let cipher = self.cipher
        let parts = try ParallelParts.map(count: rows.count, parts: ParallelParts.cores) { range in
            var random = SystemRandomNumberGenerator()
            return try range.map { index in
                let worker = rows[index].worker
                return SealedRow(
                    id: UUID.random(using: &random), line: rows[index].line, worker: worker,
                    idNumberCiphertext: try cipher.seal(worker.idNumber.text, field: "id_number"), idNumberHash: cipher.lookupHash(worker.idNumber.text),
                    phoneCiphertext: try cipher.seal(worker.phone, field: "phone"), phoneHash: cipher.lookupHash(worker.phone)
                )
            }
        }
        var issues: [LineIssue] = []
        var lineByHash: [[UInt8]: Int] = [:]
        var sealed: [SealedRow] = []
        sealed.reserveCapacity(rows.count)
        for row in parts.joined() {
            if !scope.contains(row.worker.profile.originRegion) {
                issues.append(LineIssue(line: row.line, field: "origin_region_code", message: .outsideImportingRegion))
            }
            if let first = lineByHash[row.idNumberHash] {
                issues.append(LineIssue(line: row.line, field: "id_number", message: .samePersonAsLine(first)))
                continue
            }
            lineByHash[row.idNumberHash] = row.line
            sealed.append(row)
        }
        guard issues.isEmpty else { throw ImportRejected(issues) }
        return sealed
    }

    // MARK: - Staging

    /// What the checks compare with the registered workers, and nothing more: the rows themselves
    /// are written once, into `workers`, after the checks pass.
    private func createStagingTable(on connection: PostgresConnection) async throws {
        try await connection.query(
            "CREATE TEMP TABLE import_workers (id uuid, line integer, id_number_hmac bytea, phone_hmac bytea) ON COMMIT DROP",
            logger: database.logger
        )
    }

    private func stageLookupHashes(_ rows: [SealedRow], on connection: PostgresConnection) async throws {
        try await connection.copyFrom(table: "import_workers", columns: ["id", "line", "id_number_hmac", "phone_hmac"], logger: database.logger) { writer in
            var out = CopyTextRows()
            for row in rows {
                out.text(row.id.uuidString)
                out.integer(row.line)
                out.bytes(row.idNumberHash)
                out.bytes(row.phoneHash)
                out.endRow()
            }
            if !out.isEmpty { try await writer.write(out.take()) }
        }
    }

    // MARK: - Checks in SQL

    /// Every code must exist: the same references and the same query as one registration.
    private func referenceProblems(_ rows: [SealedRow], on connection: PostgresConnection) async throws -> [LineIssue] {
        var lines: [Int] = []
        var references: [CodeReference] = []
        for row in rows {
            let named = row.worker.profile.codeReferences
            lines.append(contentsOf: repeatElement(row.line, count: named.count))
            references.append(contentsOf: named)
        }
        return try await CodeReferenceCheck.unknown(references, on: connection, logger: database.logger).map { position in
            let problem = references[position].problem
            return LineIssue(line: lines[position], field: problem.field, message: problem.message)
        }
    }

    /// Duplicates are found by the current key's lookup hash only, so rows a key rotation has not
    /// reached yet would hide a person registered twice.
    private func refuseDuringKeyRotation(on connection: PostgresConnection) async throws {
        let pending = try await PersonalDataRotation(database: database, cipher: cipher).identityHashesPending(on: connection)
        guard pending == 0 else {
            throw DomainError.conflict(.sealedUnderEarlierKey(workers: pending))
        }
    }

    /// People already registered. The existing worker is named only when the importing bureau may see it.
    private func duplicateProblems(scope: Scope, on connection: PostgresConnection) async throws -> [LineIssue] {
        let rows = try await connection.query(
            """
            SELECT s.line, w.id, w.origin_region_code LIKE \(scope.codePrefix) || '%'
            FROM import_workers s JOIN workers w ON w.id_number_hmac = s.id_number_hmac
            """,
            logger: database.logger
        )
        var issues: [LineIssue] = []
        for try await (line, id, visible) in rows.decode((Int, UUID, Bool).self) {
            issues.append(LineIssue(line: line, field: "id_number", message: .alreadyRegistered(workerId: visible ? id.uuidString.lowercased() : nil)))
        }
        return issues
    }

    /// Other workers with each line's phone: those registered already, and the file's other lines.
    private func sharedPhones(_ rows: [SealedRow], on connection: PostgresConnection) async throws -> [LineIssue] {
        var linesByPhone: [[UInt8]: Int] = [:]
        for row in rows { linesByPhone[row.phoneHash, default: 0] += 1 }
        var registered: [Int: Int] = [:]
        let counts = try await connection.query(
            """
            SELECT s.line, count(*)::int FROM import_workers s JOIN workers w ON w.phone_hmac = s.phone_hmac GROUP BY s.line
            """,
            logger: database.logger
        )
        for try await (line, count) in counts.decode((Int, Int).self) { registered[line] = count }
        return rows.compactMap { row in
            let others = registered[row.line, default: 0] + linesByPhone[row.phoneHash, default: 1] - 1
            guard others > 0 else { return nil }
            let warning = SharedPhone.warning(otherWorkers: others)
            return LineIssue(line: row.line, field: warning.field, message: warning.message)
        }
    }

    // MARK: - Moving in

    private static let workerColumns = [
        "id", "origin_region_code", "name", "id_number_ciphertext", "id_number_masked", "id_number_hmac",
        "phone_ciphertext", "phone_masked", "phone_hmac", "pii_key_id", "sex", "birth_date", "birth_year", "education", "poverty_status",
        "monitored_kind", "preferred_destinations", "preferred_occupations", "expected_monthly_wage_fen", "needs_housing", "available_from",
        "status", "consent_given_on", "consent_scope", "consent_method", "consent_recorded_by", "consent_recorded_by_key", "registered_by_bureau",
    ]

    /// The rows in file order, encoded in batches while PostgreSQL stores the batch before.
    private func copyIn(_ rows: [SealedRow], by actor: AuditActor, on connection: PostgresConnection, progress: @escaping @Sendable (Int) -> Void) async throws {
        let batch = 2_000
        let keyId = cipher.keyId
        let recordedByKey = actor.principal.keyId.uuidString
        let bureau = actor.principal.bureauId.uuidString
        try await connection.copyFrom(table: "workers", columns: Self.workerColumns, logger: database.logger) { writer in
            var out = CopyTextRows()
            for (index, row) in rows.enumerated() {
                let worker = row.worker
                let profile = worker.profile
                out.text(row.id.uuidString)
                out.text(profile.originRegion.rawValue)
                out.text(worker.name)
                out.bytes(row.idNumberCiphertext)
                out.text(worker.idNumber.masked)
                out.bytes(row.idNumberHash)
                out.bytes(row.phoneCiphertext)
                out.text(Masking.phone(worker.phone))
                out.bytes(row.phoneHash)
                out.text(keyId)
                out.text(worker.idNumber.isMale ? "male" : "female")
                out.text(worker.idNumber.birthDay.description)
                out.integer(worker.idNumber.birthDay.year)
                out.text(profile.education.rawValue)
                out.text(profile.povertyStatus.rawValue)
                out.text(profile.monitoredKind?.rawValue)
                out.textArray(profile.preferredDestinations.map(\.rawValue))
                out.textArray(profile.preferredOccupations)
                out.integer(profile.expectedMonthlyWageFen)
                out.boolean(profile.needsHousing)
                out.text(profile.availableFrom.description)
                out.text(profile.status.rawValue)
                out.text(worker.consent.givenOn.description)
                out.text(worker.consent.scope)
                out.text(worker.consent.method.rawValue)
                out.text(worker.consent.recordedBy)
                out.text(recordedByKey)
                out.text(bureau)
                out.endRow()
                if (index + 1) % batch == 0 {
                    try await writer.write(out.take())
                    progress(index + 1)
                }
            }
            if !out.isEmpty { try await writer.write(out.take()) }
            progress(rows.count)
        }
        try await connection.copyFrom(
            table: "worker_skills", columns: ["worker_id", "occupation_code", "certificate", "level"], logger: database.logger
        ) { writer in
            var out = CopyTextRows()
            for row in rows {
                for skill in row.worker.profile.skills {
                    out.text(row.id.uuidString)
                    out.text(skill.occupationCode)
                    out.text(skill.certificate)
                    out.integer(skill.level)
                    out.endRow()
                }
            }
            if !out.isEmpty { try await writer.write(out.take()) }
        }
    }

    private func audit(by actor: AuditActor, on connection: PostgresConnection) async throws {
        try await connection.query(
            """
            INSERT INTO audit_log (key_id, bureau_id, role, action, object_type, object_id, request_id, fields)
            SELECT \(actor.principal.keyId), \(actor.principal.bureauId), \(actor.principal.role.rawValue),
                   'import', 'worker', id::text, \(actor.requestId), '{}'
            FROM import_workers ORDER BY line
            """,
            logger: database.logger
        )
    }
}
