import Foundation
import MinningDomain
import PostgresNIO

/// Rows of `employers`; the contact's phone is sealed at rest and stored masked beside it.
public struct EmployerRepository: Sendable {
    let database: Database
    let cipher: PersonalDataCipher

    public init(database: Database, cipher: PersonalDataCipher) {
        self.database = database
        self.cipher = cipher
    }

    public struct Filter: Sendable {
        public var region: RegionCode?
        public var industryCode: String?
        public var size: EmployerSize?
        public init(region: RegionCode? = nil, industryCode: String? = nil, size: EmployerSize? = nil) {
            self.region = region
            self.industryCode = industryCode
            self.size = size
        }
    }

    public func create(_ employer: NewEmployer, by actor: AuditActor, on connection: PostgresConnection) async throws -> EmployerRecord {
        let rows = try await connection.query(
            """
            INSERT INTO employers (name, credit_code, region_code, industry_code, size, contact_name,
                                   contact_phone_ciphertext, contact_phone_masked, pii_key_id, registered_by_bureau)
            VALUES (\(employer.name), \(employer.creditCode.text), \(employer.region), \(employer.industryCode),
                    \(employer.size), \(employer.contactName),
                    \(ByteBuffer(bytes: try cipher.seal(employer.contactPhone, field: "contact_phone"))),
                    \(Masking.phone(employer.contactPhone)), \(cipher.keyId), \(actor.principal.bureauId))
            RETURNING id
            """,
            logger: database.logger
        ).collect()
        let id = try rows.first!.decode(UUID.self)
        try await AuditLog.record("create", objectType: "employer", objectId: id, by: actor, on: connection, logger: database.logger)
        return try await fetch(id, on: connection)!
    }

    public func write(_ id: UUID, changes: EmployerChanges, by actor: AuditActor, on connection: PostgresConnection) async throws -> EmployerRecord {
        let phone = try changes.contactPhone.map { ByteBuffer(bytes: try cipher.seal($0, field: "contact_phone")) }
        try await connection.query(
            """
            UPDATE employers SET
                name = coalesce(\(changes.name), name),
                industry_code = coalesce(\(changes.industryCode), industry_code),
                size = coalesce(\(changes.size), size),
                contact_name = coalesce(\(changes.contactName), contact_name),
                contact_phone_ciphertext = coalesce(\(phone), contact_phone_ciphertext),
                contact_phone_masked = coalesce(\(changes.contactPhone.map(Masking.phone)), contact_phone_masked),
                pii_key_id = coalesce(\(phone == nil ? nil : cipher.keyId), pii_key_id),
                version = version + 1, updated_at = now()
            WHERE id = \(id)
            """,
            logger: database.logger
        )
        try await AuditLog.record("update", objectType: "employer", objectId: id, fields: changes.fieldNames, by: actor, on: connection, logger: database.logger)
        return try await fetch(id, on: connection)!
    }

    public func find(_ id: UUID) async throws -> EmployerRecord? {
        try await database.withConnection { connection in try await fetch(id, on: connection) }
    }

    /// The employer, its row locked until the transaction ends.
    public func lockedForUpdate(_ id: UUID, on connection: PostgresConnection) async throws -> EmployerRecord? {
        try await fetch(id, on: connection, lock: true)
    }

    /// The employer already registered under this credit code.
    public func registered(creditCode: CreditCode, on connection: PostgresConnection) async throws -> UUID? {
        try await connection.query("SELECT id FROM employers WHERE credit_code = \(creditCode.text)", logger: database.logger)
            .collect().first?.decode(UUID.self)
    }

    /// Whether the region and the industry section are on record.
    public func known(region: RegionCode, industry: String, on connection: PostgresConnection) async throws -> (region: Bool, industry: Bool) {
        let row = try await connection.query(
            """
            SELECT EXISTS (SELECT 1 FROM regions WHERE code = \(region)), EXISTS (SELECT 1 FROM industries WHERE code = \(industry))
            """,
            logger: database.logger
        ).collect().first!
        let (regionKnown, industryKnown) = try row.decode((Bool, Bool).self)
        return (regionKnown, industryKnown)
    }

    public func list(filter: Filter, after cursor: ListCursor?, limit: Int) async throws -> [EmployerRecord] {
        let prefix = filter.region?.scopePrefix ?? ""
        let micros = cursor?.createdAtMicroseconds
        let afterId = cursor?.id
        let rows = try await database.query(
            """
            SELECT \(unescaped: Self.columns) FROM employers e
            WHERE e.region_code LIKE \(prefix) || '%'
              AND (\(filter.industryCode)::text IS NULL OR e.industry_code = \(filter.industryCode))
              AND (\(filter.size)::text IS NULL OR e.size = \(filter.size))
              AND (\(micros)::bigint IS NULL OR (e.created_at, e.id) <
                    (timestamptz 'epoch' + \(micros)::bigint * interval '1 microsecond', \(afterId)::uuid))
            ORDER BY e.created_at DESC, e.id DESC
            LIMIT \(limit)
            """
        )
        return try await Self.decode(rows)
    }

    static let columns = """
        e.id, e.name, e.credit_code, e.region_code, e.industry_code, e.size, e.contact_name, e.contact_phone_masked,
        e.registered_by_bureau, e.version, e.created_at, e.updated_at,
        (extract(epoch FROM e.created_at) * 1000000)::bigint AS created_at_microseconds
        """

    func fetch(_ id: UUID, on connection: PostgresConnection, lock: Bool = false) async throws -> EmployerRecord? {
        let rows = try await connection.query(
            "SELECT \(unescaped: Self.columns) FROM employers e WHERE e.id = \(id) \(unescaped: lock ? "FOR UPDATE" : "")",
            logger: database.logger
        )
        return try await Self.decode(rows).first
    }

    static func decode(_ rows: PostgresRowSequence) async throws -> [EmployerRecord] {
        var result: [EmployerRecord] = []
        for try await row in rows {
            let row = NamedRow(row)
            result.append(EmployerRecord(
                id: try row("id"), name: try row("name"), creditCode: try row("credit_code"), region: try row("region_code"),
                industryCode: try row("industry_code"), size: try row("size"), contactName: try row("contact_name"),
                contactPhoneMasked: try row("contact_phone_masked"), registeredByBureau: try row("registered_by_bureau"),
                version: try row("version"), createdAt: try row("created_at"), updatedAt: try row("updated_at"),
                createdAtMicroseconds: try row("created_at_microseconds")
            ))
        }
        return result
    }
}
