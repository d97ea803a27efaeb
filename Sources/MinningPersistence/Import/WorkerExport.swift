import Foundation
import MinningDomain
import PostgresNIO

/// Workers of a scope as CSV in the import format, so a file exported unmasked can be edited and
/// imported elsewhere. Masked by default; an unmasked export decrypts every row and records one
/// `read_personal_data` audit entry per worker in the same transaction.
public struct WorkerExport: Sendable {
    let database: Database
    let cipher: PersonalDataCipher

    public init(database: Database, cipher: PersonalDataCipher) {
        self.database = database.withDeadline(.seconds(3600))
        self.cipher = cipher
    }

    public static let columns = WorkerCSVFormat.header.ignored + WorkerCSVFormat.header.required + WorkerCSVFormat.header.optional
    static let idNumberColumn = columns.firstIndex(of: "id_number")!
    static let phoneColumn = columns.firstIndex(of: "phone")!

    /// Streams the CSV (with a UTF-8 byte-order mark, which Excel needs to read Chinese) to `write`,
    /// oldest first, and returns the number of workers written. Workers whose consent was withdrawn
    /// have no personal data left and are not exported.
    public func run(
        in scope: Scope, unmasked: Bool, headers: CSVHeaderLanguage = .zh, by actor: AuditActor, write: @escaping @Sendable (String) throws -> Void
    ) async throws -> Int {
        let header = WorkerCSVFormat.header
        let names = headers == .zh ? Self.columns.map { header.chinese[$0] ?? $0 } : Self.columns
        return try await database.transaction { connection in
            try write("\u{FEFF}" + names.map(CSVField.forSpreadsheet).joined(separator: ",") + "\n")
            let rows = try await connection.query(
                """
                SELECT w.id::text AS id, to_char(w.created_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD"T"HH24:MI:SS+08:00') AS registered_at,
                       w.name, w.id_number_masked AS id_number, w.phone_masked AS phone,
                       w.id_number_ciphertext, w.phone_ciphertext,
                       w.origin_region_code, w.education, w.poverty_status, w.expected_monthly_wage_fen::text AS expected_monthly_wage_fen,
                       w.needs_housing::text AS needs_housing, w.available_from::text AS available_from,
                       w.consent_given_on::text AS consent_given_on, w.consent_method, w.consent_recorded_by,
                       coalesce(w.monitored_kind, '') AS monitored_kind,
                       coalesce((SELECT string_agg(s.occupation_code || coalesce(':' || s.certificate, '') || coalesce(':' || s.level, ''), '|' ORDER BY s.occupation_code)
                                 FROM worker_skills s WHERE s.worker_id = w.id), '') AS skills,
                       array_to_string(w.preferred_destinations, '|') AS preferred_destinations,
                       array_to_string(w.preferred_occupations, '|') AS preferred_occupations, w.status, w.consent_scope
                FROM workers w
                WHERE w.origin_region_code LIKE \(scope.codePrefix) || '%' AND w.consent_withdrawn_on IS NULL
                ORDER BY w.created_at, w.id
                """,
                logger: database.logger
            )
            var count = 0
            var exportedIds: [String] = []
            var chunk = ""
            for try await row in rows {
                // Every exported column is selected as text under its CSV header's name.
                let row = NamedRow(row)
                var values = try Self.columns.map { try row($0, as: String.self) }
                if unmasked {
                    let id = values[0]
                    values[Self.idNumberColumn] = try cipher.open(Array(buffer: try row("id_number_ciphertext", as: ByteBuffer.self)), field: "id_number")
                    values[Self.phoneColumn] = try cipher.open(Array(buffer: try row("phone_ciphertext", as: ByteBuffer.self)), field: "phone")
                    exportedIds.append(id)
                }
                if headers == .zh {
                    values = zip(Self.columns, values).map { WorkerCSVFormat.chineseCell($0, $1) }
                }
                chunk += values.map(CSVField.forSpreadsheet).joined(separator: ",") + "\n"
                count += 1
                if count % 1_000 == 0 {
                    try write(chunk)
                    chunk = ""
                }
            }
            try write(chunk)
            if unmasked, !exportedIds.isEmpty {
                try await connection.query(
                    """
                    INSERT INTO audit_log (key_id, bureau_id, role, action, object_type, object_id, request_id, fields)
                    SELECT \(actor.principal.keyId), \(actor.principal.bureauId), \(actor.principal.role.rawValue),
                           'read_personal_data', 'worker', id, \(actor.requestId), ARRAY['id_number', 'phone']
                    FROM unnest(\(exportedIds)::text[]) AS id
                    """,
                    logger: database.logger
                )
            }
            return count
        }
    }
}
