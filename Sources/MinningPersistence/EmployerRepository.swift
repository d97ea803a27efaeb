import Foundation
import MinningDomain
import PostgresNIO

/// Fujian employers. Written by the destination bureau whose scope holds the employer's county;
/// read by every bureau (what an employer is and where is not confidential; its contact's phone is
/// masked for everyone).
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

    public struct Changes: Sendable {
        public var name: String?
        public var industryCode: String?
        public var size: EmployerSize?
        public var contactName: String?
        public var contactPhone: String?
        public init() {}

        public var fieldNames: [String] {
            [("name", name != nil), ("industry_code", industryCode != nil), ("size", size != nil),
             ("contact_name", contactName != nil), ("contact_phone", contactPhone != nil)].filter(\.1).map(\.0)
        }
    }

    public func create(_ employer: NewEmployer, by actor: AuditActor, on connection: PostgresConnection) async throws -> EmployerRecord {
        guard actor.principal.scope.contains(employer.region) else {
            throw DomainError.invalid([FieldIssue(field: "region_code", message: "is outside your bureau's region")])
        }
        try await checkReferences(region: employer.region.rawValue, industry: employer.industryCode, on: connection)
        let existing = try await connection.query(
            "SELECT id FROM employers WHERE credit_code = \(employer.creditCode.text)", logger: database.logger
        ).collect()
        if let row = existing.first {
            throw DomainError.conflict("an employer with this credit code is already registered: \(try row.decode(UUID.self).uuidString.lowercased())")
        }
        let rows = try await connection.query(
            """
            INSERT INTO employers (name, credit_code, region_code, industry_code, size, contact_name,
                                   contact_phone_ciphertext, contact_phone_masked, pii_key_id, registered_by_bureau)
            VALUES (\(employer.name), \(employer.creditCode.text), \(employer.region.rawValue), \(employer.industryCode),
                    \(employer.size.rawValue), \(employer.contactName),
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

    public func update(_ id: UUID, expectedVersion: Int, changes: Changes, by actor: AuditActor) async throws -> EmployerRecord {
        try await database.transaction { connection in
            guard let current = try await fetch(id, on: connection, lock: true),
                  let region = RegionCode(current.regionCode), actor.principal.scope.contains(region)
            else {
                throw DomainError.notFound("no employer with this id is in your scope")
            }
            guard current.version == expectedVersion else { throw StaleVersion(current: current.version) }
            if let industry = changes.industryCode {
                try await checkReferences(region: current.regionCode, industry: industry, on: connection)
            }
            let phone = try changes.contactPhone.map { ByteBuffer(bytes: try cipher.seal($0, field: "contact_phone")) }
            try await connection.query(
                """
                UPDATE employers SET
                    name = coalesce(\(changes.name), name),
                    industry_code = coalesce(\(changes.industryCode), industry_code),
                    size = coalesce(\(changes.size?.rawValue), size),
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
    }

    public func find(_ id: UUID) async throws -> EmployerRecord? {
        try await database.transaction { connection in try await fetch(id, on: connection) }
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
              AND (\(filter.size?.rawValue)::text IS NULL OR e.size = \(filter.size?.rawValue))
              AND (\(micros)::bigint IS NULL OR (e.created_at, e.id) <
                    (timestamptz 'epoch' + \(micros)::bigint * interval '1 microsecond', \(afterId)::uuid))
            ORDER BY e.created_at DESC, e.id DESC
            LIMIT \(limit)
            """
        )
        return try await Self.decode(rows)
    }

    private func checkReferences(region: String, industry: String, on connection: PostgresConnection) async throws {
        let row = try await connection.query(
            """
            SELECT EXISTS (SELECT 1 FROM regions WHERE code = \(region)), EXISTS (SELECT 1 FROM industries WHERE code = \(industry))
            """,
            logger: database.logger
        ).collect().first!
        let (regionExists, industryExists) = try row.decode((Bool, Bool).self)
        var issues: [FieldIssue] = []
        if !regionExists { issues.append(FieldIssue(field: "region_code", message: "no region has the code \(region)")) }
        if !industryExists { issues.append(FieldIssue(field: "industry_code", message: "no industry section has the code \(industry)")) }
        if !issues.isEmpty { throw DomainError.invalid(issues) }
    }

    static let columns = """
        e.id, e.name, e.credit_code, e.region_code, e.industry_code, e.size, e.contact_name, e.contact_phone_masked,
        e.registered_by_bureau, e.version, e.created_at, e.updated_at, (extract(epoch FROM e.created_at) * 1000000)::bigint
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
            let (id, name, code, region, industry, size, contact, phone, bureau, version, created, updated, micros) =
                try row.decode((UUID, String, String, String, String, String, String, String, UUID, Int, Date, Date, Int64).self)
            result.append(EmployerRecord(
                id: id, name: name, creditCode: code, regionCode: region, industryCode: industry,
                size: EmployerSize(rawValue: size) ?? .small, contactName: contact, contactPhoneMasked: phone,
                registeredByBureau: bureau, version: version, createdAt: created, updatedAt: updated, createdAtMicroseconds: micros
            ))
        }
        return result
    }
}
