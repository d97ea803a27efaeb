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

    /// Streams the CSV (with a UTF-8 byte-order mark, which Excel needs to read Chinese) to `write`,
    /// oldest first, and returns the number of workers written. Workers whose consent was withdrawn
    /// have no personal data left and are not exported.
    public func run(
        in scope: Scope, unmasked: Bool, by actor: AuditActor, write: @escaping @Sendable (String) throws -> Void
    ) async throws -> Int {
        try await database.transaction { connection in
            try write("\u{FEFF}" + Self.columns.joined(separator: ",") + "\n")
            let rows = try await connection.query(
                """
                SELECT w.id, w.status, to_char(w.created_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD"T"HH24:MI:SS+08:00'),
                       w.name, w.id_number_masked, w.phone_masked, w.id_number_ciphertext, w.phone_ciphertext,
                       w.origin_region_code, w.education, w.poverty_status, w.expected_monthly_wage_fen, w.needs_housing,
                       to_char(w.available_from, 'YYYY-MM-DD'), to_char(w.consent_given_on, 'YYYY-MM-DD'), w.consent_method,
                       w.consent_recorded_by, coalesce(w.monitored_kind, ''),
                       coalesce((SELECT string_agg(s.occupation_code || coalesce(':' || s.certificate, '') || coalesce(':' || s.level, ''), '|' ORDER BY s.occupation_code)
                                 FROM worker_skills s WHERE s.worker_id = w.id), ''),
                       array_to_string(w.preferred_destinations, '|'), array_to_string(w.preferred_occupations, '|'), w.consent_scope
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
                let cells = row.makeRandomAccess()
                let id = try cells[0].decode(UUID.self).uuidString.lowercased()
                var idNumber = try cells[4].decode(String.self)
                var phone = try cells[5].decode(String.self)
                if unmasked {
                    idNumber = try cipher.open(Array(buffer: try cells[6].decode(ByteBuffer.self)), field: "id_number")
                    phone = try cipher.open(Array(buffer: try cells[7].decode(ByteBuffer.self)), field: "phone")
                    exportedIds.append(id)
                }
                let values: [String] = [
                    id, try cells[2].decode(String.self), try cells[3].decode(String.self), idNumber, phone, try cells[8].decode(String.self),
                    try cells[9].decode(String.self), try cells[10].decode(String.self),
                    String(try cells[11].decode(Int.self)), try cells[12].decode(Bool.self) ? "true" : "false",
                    try cells[13].decode(String.self), try cells[14].decode(String.self), try cells[15].decode(String.self),
                    try cells[16].decode(String.self), try cells[17].decode(String.self), try cells[18].decode(String.self),
                    try cells[19].decode(String.self), try cells[20].decode(String.self),
                    try cells[1].decode(String.self), try cells[21].decode(String.self),
                ]
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
