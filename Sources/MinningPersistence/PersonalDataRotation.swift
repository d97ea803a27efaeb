import Foundation
import MinningDomain
import NIOCore
import PostgresNIO

/// Re-seals personal data under the current key: ID numbers, phones and their lookup hashes of
/// workers, contact phones of employers. Batches commit one at a time, so the job can be stopped
/// and run again; rows locked by a request are skipped and taken by a later batch.
public struct PersonalDataRotation: Sendable {
    let database: Database
    /// The current key, reading the previous ones (`PersonalDataCipher.reading(previous:)`).
    let cipher: PersonalDataCipher

    public init(database: Database, cipher: PersonalDataCipher) {
        self.database = database
        self.cipher = cipher
    }

    public struct Counts: Sendable, Equatable {
        public var workers: Int
        public var employers: Int

        public init(workers: Int, employers: Int) {
            self.workers = workers
            self.employers = employers
        }
    }

    /// Rows still sealed (or possibly sealed) under another key than the current one.
    public func remaining() async throws -> Counts {
        try await database.transaction { connection in try await remaining(on: connection) }
    }

    func remaining(on connection: PostgresConnection) async throws -> Counts {
        let row = try await connection.query(
            """
            SELECT (SELECT count(*) FROM workers WHERE pii_key_id IS DISTINCT FROM \(cipher.keyId) AND id_number_ciphertext IS NOT NULL)::bigint,
                   (SELECT count(*) FROM employers WHERE pii_key_id IS DISTINCT FROM \(cipher.keyId))::bigint
            """,
            logger: database.logger
        ).collect().first!
        let (workers, employers) = try row.decode((Int, Int).self)
        return Counts(workers: workers, employers: employers)
    }

    /// Re-seals up to `limit` workers and `limit` employers in one transaction and says how many.
    /// A row no key opens stops the batch (nothing of it is kept) and is named by id.
    public func rotateBatch(limit: Int) async throws -> Counts {
        try await database.transaction { connection in
            Counts(workers: try await rotateWorkers(limit: limit, on: connection), employers: try await rotateEmployers(limit: limit, on: connection))
        }
    }

    private func rotateWorkers(limit: Int, on connection: PostgresConnection) async throws -> Int {
        let rows = try await connection.query(
            """
            SELECT id, id_number_ciphertext, phone_ciphertext FROM workers
            WHERE pii_key_id IS DISTINCT FROM \(cipher.keyId) AND id_number_ciphertext IS NOT NULL
            ORDER BY id LIMIT \(limit) FOR UPDATE SKIP LOCKED
            """,
            logger: database.logger
        )
        var ids: [UUID] = []
        var idNumbers: [ByteBuffer] = []
        var hashes: [ByteBuffer] = []
        var phones: [ByteBuffer] = []
        for try await (id, idCipher, phoneCipher) in rows.decode((UUID, ByteBuffer, ByteBuffer).self) {
            let idNumber = try open(Array(buffer: idCipher), field: "id_number", of: "worker", id)
            let phone = try open(Array(buffer: phoneCipher), field: "phone", of: "worker", id)
            ids.append(id)
            idNumbers.append(ByteBuffer(bytes: try cipher.seal(idNumber, field: "id_number")))
            hashes.append(ByteBuffer(bytes: cipher.lookupHash(idNumber)))
            phones.append(ByteBuffer(bytes: try cipher.seal(phone, field: "phone")))
        }
        guard !ids.isEmpty else { return 0 }
        try await connection.query(
            """
            UPDATE workers w SET id_number_ciphertext = u.id_number, id_number_hmac = u.hash, phone_ciphertext = u.phone,
                                 pii_key_id = \(cipher.keyId)
            FROM unnest(\(ids)::uuid[], \(idNumbers)::bytea[], \(hashes)::bytea[], \(phones)::bytea[]) u(id, id_number, hash, phone)
            WHERE w.id = u.id
            """,
            logger: database.logger
        )
        return ids.count
    }

    private func rotateEmployers(limit: Int, on connection: PostgresConnection) async throws -> Int {
        let rows = try await connection.query(
            """
            SELECT id, contact_phone_ciphertext FROM employers WHERE pii_key_id IS DISTINCT FROM \(cipher.keyId)
            ORDER BY id LIMIT \(limit) FOR UPDATE SKIP LOCKED
            """,
            logger: database.logger
        )
        var ids: [UUID] = []
        var phones: [ByteBuffer] = []
        for try await (id, phoneCipher) in rows.decode((UUID, ByteBuffer).self) {
            let phone = try open(Array(buffer: phoneCipher), field: "contact_phone", of: "employer", id)
            ids.append(id)
            phones.append(ByteBuffer(bytes: try cipher.seal(phone, field: "contact_phone")))
        }
        guard !ids.isEmpty else { return 0 }
        try await connection.query(
            """
            UPDATE employers e SET contact_phone_ciphertext = u.phone, pii_key_id = \(cipher.keyId)
            FROM unnest(\(ids)::uuid[], \(phones)::bytea[]) u(id, phone) WHERE e.id = u.id
            """,
            logger: database.logger
        )
        return ids.count
    }

    public struct UnreadableRow: Error, CustomStringConvertible {
        public let objectType: String
        public let id: UUID
        public let field: String
        public var description: String {
            "\(objectType) \(id.uuidString.lowercased()): no given key opens its \(field); pass the key it was sealed with as a previous key"
        }
    }

    private func open(_ ciphertext: [UInt8], field: String, of objectType: String, _ id: UUID) throws -> String {
        do {
            return try cipher.open(ciphertext, field: field)
        } catch {
            throw UnreadableRow(objectType: objectType, id: id, field: field)
        }
    }
}
