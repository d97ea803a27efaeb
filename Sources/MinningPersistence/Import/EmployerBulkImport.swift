import Foundation
import MinningDomain
import PostgresNIO

/// Registers many Fujian employers at once, all or nothing, like `WorkerBulkImport`: COPY into a
/// staging table, checks as set queries, one INSERT … SELECT.
public struct EmployerBulkImport: Sendable {
    let database: Database
    let cipher: PersonalDataCipher

    public init(database: Database, cipher: PersonalDataCipher) {
        self.database = database.withDeadline(.seconds(3600))
        self.cipher = cipher
    }

    public static func rows(from table: CSVTable) -> ([(line: Int, row: NewEmployer)], [LineIssue]) {
        ImportRecords.read(table, header: EmployerCSVFormat.header) { EmployerCSVFormat.parse(&$0) }
    }

    public func run(_ rows: [(line: Int, row: NewEmployer)], by actor: AuditActor, dryRun: Bool = false) async throws -> Int {
        var issues: [LineIssue] = []
        var lineByCode: [String: Int] = [:]
        for (line, employer) in rows {
            if !actor.principal.scope.contains(employer.region) {
                issues.append(LineIssue(line: line, field: "region_code", message: .outsideImportingRegion))
            }
            if let first = lineByCode[employer.creditCode.text] {
                issues.append(LineIssue(line: line, field: "credit_code", message: .sameEmployerAsLine(first)))
            } else {
                lineByCode[employer.creditCode.text] = line
            }
        }
        guard issues.isEmpty else { throw ImportRejected(issues) }
        let sealed = try rows.map { ($0.line, $0.row, try cipher.seal($0.row.contactPhone, field: "contact_phone")) }
        do {
            return try await database.transaction { connection in
                try await connection.query(
                    """
                    CREATE TEMP TABLE import_employers (
                        id uuid, line integer, name text, credit_code text, region_code text, industry_code text, size text,
                        contact_name text, contact_phone_ciphertext bytea, contact_phone_masked text
                    ) ON COMMIT DROP
                    """,
                    logger: database.logger
                )
                try await connection.copyFrom(
                    table: "import_employers",
                    columns: ["id", "line", "name", "credit_code", "region_code", "industry_code", "size", "contact_name",
                              "contact_phone_ciphertext", "contact_phone_masked"],
                    logger: database.logger
                ) { writer in
                    var out = CopyTextRows()
                    for (line, employer, phone) in sealed {
                        out.text(UUID().uuidString)
                        out.integer(line)
                        out.text(employer.name)
                        out.text(employer.creditCode.text)
                        out.text(employer.region.rawValue)
                        out.text(employer.industryCode)
                        out.text(employer.size.rawValue)
                        out.text(employer.contactName)
                        out.bytes(phone)
                        out.text(Masking.phone(employer.contactPhone))
                        out.endRow()
                    }
                    if !out.isEmpty { try await writer.write(out.take()) }
                }
                let problems = try await connection.query(
                    """
                    SELECT s.line, 'region_code', s.region_code FROM import_employers s
                    WHERE NOT EXISTS (SELECT 1 FROM regions r WHERE r.code = s.region_code)
                    UNION ALL
                    SELECT s.line, 'industry_code', s.industry_code FROM import_employers s
                    WHERE NOT EXISTS (SELECT 1 FROM industries i WHERE i.code = s.industry_code)
                    UNION ALL
                    SELECT s.line, 'credit_code', e.id::text
                    FROM import_employers s JOIN employers e ON e.credit_code = s.credit_code
                    """,
                    logger: database.logger
                )
                var issues: [LineIssue] = []
                for try await (line, field, value) in problems.decode((Int, String, String).self) {
                    let message: Message = switch field {
                    case "region_code": .unknownRegion(value)
                    case "industry_code": .unknownCode(.industrySection, value)
                    default: .employerRegistered(value)
                    }
                    issues.append(LineIssue(line: line, field: field, message: message))
                }
                guard issues.isEmpty else { throw ImportRejected(issues) }
                try await connection.query(
                    """
                    INSERT INTO employers (id, name, credit_code, region_code, industry_code, size, contact_name,
                                           contact_phone_ciphertext, contact_phone_masked, pii_key_id, registered_by_bureau)
                    SELECT id, name, credit_code, region_code, industry_code, size, contact_name,
                           contact_phone_ciphertext, contact_phone_masked, \(cipher.keyId), \(actor.principal.bureauId)
                    FROM import_employers ORDER BY line
                    """,
                    logger: database.logger
                )
                try await connection.query(
                    """
                    INSERT INTO audit_log (key_id, bureau_id, role, action, object_type, object_id, request_id, fields)
                    SELECT \(actor.principal.keyId), \(actor.principal.bureauId), \(actor.principal.role.rawValue),
                           'import', 'employer', id::text, \(actor.requestId), '{}'
                    FROM import_employers ORDER BY line
                    """,
                    logger: database.logger
                )
                if dryRun { throw DryRunRolledBack(outcome: ImportOutcome(count: sealed.count)) }
                return sealed.count
            }
        } catch let finished as DryRunRolledBack {
            return finished.outcome.count
        }
    }
}

/// Thrown out of an import's transaction so that it rolls back after a complete dry run.
struct DryRunRolledBack: Error {
    let outcome: ImportOutcome
}
