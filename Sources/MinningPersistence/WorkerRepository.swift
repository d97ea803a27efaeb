import Foundation
import MinningDomain
import PostgresNIO

/// Workers in PostgreSQL. Every read and write is confined to a scope; personal data is sealed
/// with `PersonalDataCipher` before it reaches SQL.
public struct WorkerRepository: Sendable {
    let database: Database
    let cipher: PersonalDataCipher

    public init(database: Database, cipher: PersonalDataCipher) {
        self.database = database
        self.cipher = cipher
    }

    public struct Filter: Sendable {
        public var region: RegionCode?
        public var status: WorkerStatus?
        public var povertyStatus: PovertyStatus?
        /// A skill in this ISCO-08 group (1 to 4 digits: any level of the hierarchy).
        public var occupation: String?
        public var updatedSince: Date?
        /// Available to start on or before this day.
        public var availableBy: CalendarDay?
        /// The one person with this ID number (upper-case, checked), found by its lookup hash.
        public var idNumber: String?
        /// Names starting with this text.
        public var namePrefix: String?

        public init(region: RegionCode? = nil, status: WorkerStatus? = nil, povertyStatus: PovertyStatus? = nil, occupation: String? = nil, updatedSince: Date? = nil, availableBy: CalendarDay? = nil) {
            self.availableBy = availableBy
            self.region = region
            self.status = status
            self.povertyStatus = povertyStatus
            self.occupation = occupation
            self.updatedSince = updatedSince
        }
    }

    // MARK: - Writes

    /// Registers a worker on `connection` (the caller's transaction). A person already registered
    /// is a conflict that names the existing worker only when the caller may see it.
    /// The caller's use case has checked the worker's region against the actor's scope and its codes.
    public func create(_ worker: NewWorker, by actor: AuditActor, on connection: PostgresConnection) async throws -> WorkerRecord {
        // The current key's hash first: it is the one stored.
        let hashes = cipher.lookupHashes(worker.idNumber.text).map { ByteBuffer(bytes: $0) }
        let hmac = hashes[0]
        if let existing = try await connection.query(
            "SELECT id, origin_region_code FROM workers WHERE id_number_hmac = ANY(\(hashes))", logger: database.logger
        ).collect().first {
            let (id, region) = try existing.decode((UUID, String).self)
            if let code = RegionCode(region), actor.principal.scope.contains(code) {
                throw DomainError.conflict(.alreadyRegistered(workerId: id.uuidString.lowercased()))
            }
            throw DomainError.conflict(.alreadyRegistered(workerId: nil))
        }
        let profile = worker.profile
        let birth = worker.idNumber.birthDay
        let rows = try await connection.query(
            """
            INSERT INTO workers (
                origin_region_code, name, id_number_ciphertext, id_number_masked, id_number_hmac,
                phone_ciphertext, phone_masked, phone_hmac, pii_key_id, sex, birth_date, birth_year,
                education, poverty_status, monitored_kind, preferred_destinations, preferred_occupations,
                expected_monthly_wage_fen, needs_housing, available_from, status,
                consent_given_on, consent_scope, consent_method, consent_recorded_by, consent_recorded_by_key,
                registered_by_bureau)
            VALUES (
                \(profile.originRegion.rawValue), \(worker.name),
                \(ByteBuffer(bytes: try cipher.seal(worker.idNumber.text, field: "id_number"))), \(worker.idNumber.masked), \(hmac),
                \(ByteBuffer(bytes: try cipher.seal(worker.phone, field: "phone"))), \(Masking.phone(worker.phone)),
                \(ByteBuffer(bytes: cipher.lookupHash(worker.phone))), \(cipher.keyId),
                \(worker.idNumber.isMale ? "male" : "female"), \(birth), \(birth.year),
                \(profile.education.rawValue), \(profile.povertyStatus.rawValue), \(profile.monitoredKind?.rawValue),
                \(profile.preferredDestinations.map(\.rawValue)), \(profile.preferredOccupations),
                \(profile.expectedMonthlyWageFen), \(profile.needsHousing), \(profile.availableFrom), \(profile.status.rawValue),
                \(worker.consent.givenOn), \(worker.consent.scope), \(worker.consent.method.rawValue),
                \(worker.consent.recordedBy), \(actor.principal.keyId), \(actor.principal.bureauId))
            RETURNING id
            """,
            logger: database.logger
        )
        guard let id = try await rows.collect().first?.decode(UUID.self) else { throw DomainError.conflict(.duplicate(constraint: "workers")) }
        try await replaceSkills(of: id, with: profile.skills, on: connection)
        try await AuditLog.record("create", objectType: "worker", objectId: id, by: actor, on: connection, logger: database.logger)
        guard let record = try await fetch(id, scope: .everywhere, on: connection) else { throw DomainError.notFound(.noneInScope(.worker)) }
        return record
    }

    /// How many other workers hold `phone` (under the current key or an earlier one still read).
    public func workersSharing(phone: String, except id: UUID?, on connection: PostgresConnection) async throws -> Int {
        let hashes = cipher.lookupHashes(phone).map { ByteBuffer(bytes: $0) }
        return try await connection.query(
            "SELECT count(*)::int FROM workers WHERE phone_hmac = ANY(\(hashes)) AND (\(id)::uuid IS NULL OR id <> \(id))",
            logger: database.logger
        ).collect().first?.decode(Int.self) ?? 0
    }

    /// The worker of `scope`, locked until the caller's transaction ends.
    public func lockedForUpdate(_ id: UUID, in scope: Scope, on connection: PostgresConnection) async throws -> WorkerRecord? {
        try await fetch(id, scope: scope, on: connection, lock: true)
    }

    /// Stores `profile` (the current one with `changes` applied, checked by the caller) and the
    /// changed name, phone and skills, bumps the version and records the change.
    public func write(
        _ id: UUID, profile: WorkerProfile, changes: WorkerChanges, by actor: AuditActor, on connection: PostgresConnection
    ) async throws -> WorkerRecord {
        let phoneCiphertext = try changes.phone.map { ByteBuffer(bytes: try cipher.seal($0, field: "phone")) }
        let phoneHash = changes.phone.map { ByteBuffer(bytes: cipher.lookupHash($0)) }
        try await connection.query(
            """
            UPDATE workers SET
                name = coalesce(\(changes.name), name),
                phone_ciphertext = coalesce(\(phoneCiphertext), phone_ciphertext),
                phone_masked = coalesce(\(changes.phone.map(Masking.phone)), phone_masked),
                phone_hmac = coalesce(\(phoneHash), phone_hmac),
                education = \(profile.education.rawValue),
                poverty_status = \(profile.povertyStatus.rawValue),
                monitored_kind = \(profile.monitoredKind?.rawValue),
                preferred_destinations = \(profile.preferredDestinations.map(\.rawValue)),
                preferred_occupations = \(profile.preferredOccupations),
                expected_monthly_wage_fen = \(profile.expectedMonthlyWageFen),
                needs_housing = \(profile.needsHousing),
                available_from = \(profile.availableFrom),
                status = \(profile.status.rawValue),
                version = version + 1,
                updated_at = now()
            WHERE id = \(id)
            """,
            logger: database.logger
        )
        if let skills = changes.skills { try await replaceSkills(of: id, with: skills, on: connection) }
        try await AuditLog.record("update", objectType: "worker", objectId: id, fields: changes.fieldNames, by: actor, on: connection, logger: database.logger)
        return try await fetch(id, scope: .everywhere, on: connection)!
    }

    /// Withdrawal of consent: the worker becomes inactive and every personal field is erased;
    /// region, sex, birth year, education and poverty status stay for the reports.
    public func withdrawConsent(_ id: UUID, on day: CalendarDay, by actor: AuditActor) async throws -> WorkerRecord {
        try await database.transaction { connection in
            guard let current = try await fetch(id, scope: actor.principal.scope, on: connection, lock: true) else {
                throw DomainError.notFound(.noneInScope(.worker))
            }
            guard current.consentWithdrawnOn == nil else { throw DomainError.conflict(.consentAlreadyWithdrawn) }
            try await connection.query(
                """
                UPDATE workers SET
                    name = NULL, id_number_ciphertext = NULL, id_number_masked = NULL, id_number_hmac = NULL,
                    phone_ciphertext = NULL, phone_masked = NULL, phone_hmac = NULL, birth_date = NULL,
                    status = 'inactive', consent_withdrawn_on = \(day),
                    version = version + 1, updated_at = now()
                WHERE id = \(id)
                """,
                logger: database.logger
            )
            // A stored first response to the registration (Idempotency-Key) holds the name and
            // birth date too: erase it with the rest. A late retry of that registration then runs anew.
            try await connection.query(
                "DELETE FROM idempotency_keys WHERE response_location = \("/v1/workers/\(id.uuidString.lowercased())")",
                logger: database.logger
            )
            try await AuditLog.record(
                "withdraw_consent", objectType: "worker", objectId: id, fields: ["name", "id_number", "phone", "birth_date"],
                by: actor, on: connection, logger: database.logger
            )
            return try await fetch(id, scope: .everywhere, on: connection)!
        }
    }

    // MARK: - Reads

    /// A worker with an accepted or hired placement at an employer of `scope`: the destination
    /// bureau that will employ them sees them as the origin bureau does (masked), not only as a
    /// candidate profile. Nil otherwise.
    public func findEmployed(_ id: UUID, byEmployersIn scope: Scope) async throws -> WorkerRecord? {
        try await database.withConnection { connection in
            let linked = try await connection.query(
                """
                SELECT 1 FROM placements p JOIN vacancies v ON v.id = p.vacancy_id JOIN employers e ON e.id = v.employer_id
                WHERE p.worker_id = \(id) AND p.status IN ('accepted', 'hired') AND e.region_code LIKE \(scope.codePrefix) || '%'
                """,
                logger: database.logger
            ).collect()
            guard !linked.isEmpty else { return nil }
            return try await fetch(id, scope: .everywhere, on: connection)
        }
    }

    public func find(_ id: UUID, in scope: Scope) async throws -> WorkerRecord? {
        try await database.withConnection { connection in
            try await fetch(id, scope: scope, on: connection)
        }
    }

    /// The unmasked ID number and phone. Every call is audited, in the same transaction as the read.
    public func personalData(_ id: UUID, by actor: AuditActor) async throws -> (idNumber: String, phone: String) {
        try await database.transaction { connection in
            let rows = try await connection.query(
                """
                SELECT id_number_ciphertext, phone_ciphertext FROM workers
                WHERE id = \(id) AND origin_region_code LIKE \(actor.principal.scope.codePrefix) || '%'
                """,
                logger: database.logger
            ).collect()
            guard let row = rows.first else { throw DomainError.notFound(.noneInScope(.worker)) }
            let (idCipher, phoneCipher) = try row.decode((ByteBuffer?, ByteBuffer?).self)
            guard let idCipher, let phoneCipher else { throw DomainError.conflict(.personalDataErased) }
            let idNumber = try cipher.open(Array(buffer: idCipher), field: "id_number")
            let phone = try cipher.open(Array(buffer: phoneCipher), field: "phone")
            try await AuditLog.record(
                "read_personal_data", objectType: "worker", objectId: id, fields: ["id_number", "phone"],
                by: actor, on: connection, logger: database.logger
            )
            return (idNumber, phone)
        }
    }

    /// Newest first, `limit` rows after `cursor`.
    public func list(in scope: Scope, filter: Filter, after cursor: ListCursor?, limit: Int) async throws -> [WorkerRecord] {
        let regionPrefix = filter.region?.scopePrefix ?? ""
        let occupation = filter.occupation
        let afterMicros = cursor?.createdAtMicroseconds
        let afterId = cursor?.id
        // Every key's hash while a rotation runs: rows it has not reached carry the old one.
        let idNumberHashes = filter.idNumber.map { cipher.lookupHashes($0).map { ByteBuffer(bytes: $0) } }
        let namePattern = filter.namePrefix.map { Self.likePrefix($0) }
        return try await database.withConnection { connection in
            let rows = try await connection.query(
                """
                SELECT \(unescaped: Self.columns) FROM workers w
                WHERE w.origin_region_code LIKE \(scope.codePrefix) || '%'
                  AND w.origin_region_code LIKE \(regionPrefix) || '%'
                  AND (\(filter.status?.rawValue)::text IS NULL OR w.status = \(filter.status?.rawValue))
                  AND (\(filter.povertyStatus?.rawValue)::text IS NULL OR w.poverty_status = \(filter.povertyStatus?.rawValue))
                  AND (\(filter.updatedSince)::timestamptz IS NULL OR w.updated_at >= \(filter.updatedSince))
                  AND (\(filter.availableBy)::date IS NULL OR w.available_from <= \(filter.availableBy))
                  AND (\(idNumberHashes)::bytea[] IS NULL OR w.id_number_hmac = ANY(\(idNumberHashes)::bytea[]))
                  AND (\(namePattern)::text IS NULL OR w.name LIKE \(namePattern) ESCAPE '\\')
                  AND (\(occupation)::text IS NULL OR EXISTS (
                        SELECT 1 FROM worker_skills s WHERE s.worker_id = w.id AND s.occupation_code LIKE \(occupation) || '%'))
                  AND (\(afterMicros)::bigint IS NULL OR (w.created_at, w.id) <
                        (timestamptz 'epoch' + \(afterMicros)::bigint * interval '1 microsecond', \(afterId)::uuid))
                ORDER BY w.created_at DESC, w.id DESC
                LIMIT \(limit)
                """,
                logger: database.logger
            )
            return try await decode(rows, on: connection)
        }
    }

    // MARK: - Helpers

    /// `text` as the start of a LIKE pattern, its own `%`, `_` and `\` taken literally.
    static func likePrefix(_ text: String) -> String {
        var pattern = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { pattern.append("\\") }
            pattern.append(character)
        }
        return pattern + "%"
    }

    /// Problems with the codes `profile` names that the reference tables do not hold.
    public func unknownCodes(in profile: WorkerProfile, on connection: PostgresConnection) async throws -> [FieldIssue] {
        let references = profile.codeReferences
        return try await CodeReferenceCheck.unknown(references, on: connection, logger: database.logger).map { references[$0].problem }
    }

    private func replaceSkills(of id: UUID, with skills: [Skill], on connection: PostgresConnection) async throws {
        try await connection.query("DELETE FROM worker_skills WHERE worker_id = \(id)", logger: database.logger)
        guard !skills.isEmpty else { return }
        try await connection.query(
            """
            INSERT INTO worker_skills (worker_id, occupation_code, certificate, level)
            SELECT \(id), code, NULLIF(certificate, ''), NULLIF(level, 0)
            FROM unnest(\(skills.map(\.occupationCode))::text[], \(skills.map { $0.certificate ?? "" })::text[], \(skills.map { $0.level ?? 0 })::integer[])
                AS s(code, certificate, level)
            """,
            logger: database.logger
        )
    }

    static let columns = """
        w.id, w.name, w.id_number_masked, w.phone_masked, w.sex, w.birth_date, w.birth_year,
        \(WorkerProfileColumns.select),
        w.consent_given_on, w.consent_scope, w.consent_method, w.consent_recorded_by,
        w.consent_withdrawn_on, w.registered_by_bureau, w.version, w.created_at, w.updated_at,
        (extract(epoch FROM w.created_at) * 1000000)::bigint AS created_at_microseconds
        """

    func fetch(_ id: UUID, scope: Scope, on connection: PostgresConnection, lock: Bool = false) async throws -> WorkerRecord? {
        let rows = try await connection.query(
            """
            SELECT \(unescaped: Self.columns) FROM workers w
            WHERE w.id = \(id) AND w.origin_region_code LIKE \(scope.codePrefix) || '%'
            \(unescaped: lock ? "FOR UPDATE" : "")
            """,
            logger: database.logger
        )
        return try await decode(rows, on: connection).first
    }

    private func decode(_ rows: PostgresRowSequence, on connection: PostgresConnection) async throws -> [WorkerRecord] {
        var records: [WorkerRecord] = []
        for try await row in rows {
            let row = NamedRow(row)
            records.append(WorkerRecord(
                id: try row("id"), name: try row("name"), idNumberMasked: try row("id_number_masked"),
                phoneMasked: try row("phone_masked"), isMale: try row("sex", as: String.self) == "male",
                birthDate: try row("birth_date"), birthYear: try row("birth_year"),
                profile: try WorkerProfileColumns.profile(row, skills: []),
                consent: Consent(
                    givenOn: try row("consent_given_on"), scope: try row("consent_scope"),
                    method: try row("consent_method"), recordedBy: try row("consent_recorded_by")
                ),
                consentWithdrawnOn: try row("consent_withdrawn_on"),
                registeredByBureau: try row("registered_by_bureau"), version: try row("version"),
                createdAt: try row("created_at"), updatedAt: try row("updated_at"),
                createdAtMicroseconds: try row("created_at_microseconds")
            ))
        }
        guard !records.isEmpty else { return records }
        let skillRows = try await connection.query(
            """
            SELECT worker_id, occupation_code, certificate, level FROM worker_skills
            WHERE worker_id = ANY(\(records.map(\.id))) ORDER BY worker_id, occupation_code
            """,
            logger: database.logger
        )
        var skills: [UUID: [Skill]] = [:]
        for try await (worker, code, certificate, level) in skillRows.decode((UUID, String, String?, Int?).self) {
            skills[worker, default: []].append(Skill(occupationCode: code, certificate: certificate, level: level))
        }
        return records.map { record in
            var record = record
            record.profile.skills = skills[record.id] ?? []
            return record
        }
    }
}
