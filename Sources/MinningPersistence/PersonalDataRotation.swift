import Foundation
import MinningDomain
import NIOCore
import PostgresNIO

/// Re-seals personal data under the current key: ID numbers, phones and their lookup hashes of
/// workers, contact phones of employers. Batches commit one at a time, so the job can be stopped
/// and run again; rows locked by a request are skipped and taken by a later run. Batches walk the
/// ids upwards (`Cursor`), so each reads only rows after the last one, never the re-sealed ones.
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

    /// Rows whose recorded key is not the current one, and rows with no recorded key (employers
    /// stored before keys were recorded for them, workers stored before their phone's lookup hash
    /// was, migration 0017): the first need the earlier key to be read.
    public func sealedElsewhere() async throws -> (otherKey: Counts, unrecorded: Counts) {
        try await database.withConnection { connection in try await sealedElsewhere(on: connection) }
    }

    func sealedElsewhere(on connection: PostgresConnection) async throws -> (otherKey: Counts, unrecorded: Counts) {
        let row = try await connection.query(
            """
            SELECT (SELECT count(*) FROM workers WHERE pii_key_id <> \(cipher.keyId) AND id_number_ciphertext IS NOT NULL)::bigint,
                   (SELECT count(*) FROM employers WHERE pii_key_id <> \(cipher.keyId))::bigint,
                   (SELECT count(*) FROM workers WHERE id_number_ciphertext IS NOT NULL
                        AND (pii_key_id IS NULL OR (pii_key_id = \(cipher.keyId) AND phone_hmac IS NULL)))::bigint,
                   (SELECT count(*) FROM employers WHERE pii_key_id IS NULL)::bigint
            """,
            logger: database.logger
        ).collect().first!
        let (workers, employers, unrecordedWorkers, unrecordedEmployers) = try row.decode((Int, Int, Int, Int).self)
        return (Counts(workers: workers, employers: employers), Counts(workers: unrecordedWorkers, employers: unrecordedEmployers))
    }

    /// Rows the rotation still has to re-seal: under another key, or under none recorded.
    public func remaining() async throws -> Counts {
        try await database.withConnection { connection in try await remaining(on: connection) }
    }

    func remaining(on connection: PostgresConnection) async throws -> Counts {
        let (other, unrecorded) = try await sealedElsewhere(on: connection)
        return Counts(workers: other.workers + unrecorded.workers, employers: other.employers + unrecorded.employers)
    }

    /// Workers whose ID number's lookup hash may not be the current key's, so that a duplicate
    /// could hide behind it (a phone without its hash hides nothing).
    func identityHashesPending(on connection: PostgresConnection) async throws -> Int {
        try await connection.query(
            "SELECT count(*)::bigint FROM workers WHERE pii_key_id IS DISTINCT FROM \(cipher.keyId) AND id_number_ciphertext IS NOT NULL",
            logger: database.logger
        ).collect().first!.decode(Int.self)
    }

    /// Where the next batch starts: after the last worker and employer the previous one read.
    public struct Cursor: Sendable, Equatable {
        public var worker: UUID?
        public var employer: UUID?

        public init(worker: UUID? = nil, employer: UUID? = nil) {
            self.worker = worker
            self.employer = employer
        }
    }

    /// Re-seals up to `limit` workers and `limit` employers after `cursor` in one transaction;
    /// says how many, and where the next batch starts. A row no key opens, or a person stored
    /// twice under different keys, stops the batch (nothing of it is kept) and is named by id.
    public func rotateBatch(limit: Int, after cursor: Cursor = Cursor()) async throws -> (Counts, Cursor) {
        try await database.transaction { connection in
            let (workers, lastWorker) = try await rotateWorkers(limit: limit, after: cursor.worker, on: connection)
            let (employers, lastEmployer) = try await rotateEmployers(limit: limit, after: cursor.employer, on: connection)
            return (Counts(workers: workers, employers: employers), Cursor(worker: lastWorker ?? cursor.worker, employer: lastEmployer ?? cursor.employer))
        }
    }

    /// Every batch until none is left after the cursor (rows skipped as locked wait for a next run).
    public func rotateAll(batchSize: Int, progress: (Counts) -> Void = { _ in }) async throws -> Counts {
        var total = Counts(workers: 0, employers: 0)
        var cursor = Cursor()
        while true {
            let (batch, next) = try await rotateBatch(limit: batchSize, after: cursor)
            guard batch.workers + batch.employers > 0 else { return total }
            total.workers += batch.workers
            total.employers += batch.employers
            cursor = next
            progress(total)
        }
    }

    private func rotateWorkers(limit: Int, after: UUID?, on connection: PostgresConnection) async throws -> (Int, UUID?) {
        let rows = try await connection.query(
            """
            SELECT id, id_number_ciphertext, phone_ciphertext FROM workers
            WHERE (pii_key_id IS DISTINCT FROM \(cipher.keyId) OR phone_hmac IS NULL) AND id_number_ciphertext IS NOT NULL
              AND (\(after)::uuid IS NULL OR id > \(after))
            ORDER BY id LIMIT \(limit) FOR UPDATE SKIP LOCKED
            """,
            logger: database.logger
        )
        var ids: [UUID] = []
        var idNumbers: [ByteBuffer] = []
        var hashes: [ByteBuffer] = []
        var phones: [ByteBuffer] = []
        var phoneHashes: [ByteBuffer] = []
        for try await (id, idCipher, phoneCipher) in rows.decode((UUID, ByteBuffer, ByteBuffer).self) {
            let idNumber = try open(Array(buffer: idCipher), field: "id_number", of: "worker", id)
            let phone = try open(Array(buffer: phoneCipher), field: "phone", of: "worker", id)
            ids.append(id)
            idNumbers.append(ByteBuffer(bytes: try cipher.seal(idNumber, field: "id_number")))
            hashes.append(ByteBuffer(bytes: cipher.lookupHash(idNumber)))
            phones.append(ByteBuffer(bytes: try cipher.seal(phone, field: "phone")))
            phoneHashes.append(ByteBuffer(bytes: cipher.lookupHash(phone)))
        }
        guard let last = ids.last else { return (0, nil) }
        // The same person registered twice, once under each key (possible while instances with
        // the old and the new key both ran): the new hash would collide. Name both for a merge.
        let twins = try await connection.query(
            """
            SELECT u.id, w.id FROM unnest(\(ids)::uuid[], \(hashes)::bytea[]) u(id, hash)
            JOIN workers w ON w.id_number_hmac = u.hash AND w.id <> u.id LIMIT 1
            """,
            logger: database.logger
        ).collect()
        if let twin = twins.first {
            let (rotating, existing) = try twin.decode((UUID, UUID).self)
            throw DuplicatePerson(rotating: rotating, existing: existing)
        }
        try await connection.query(
            """
            UPDATE workers w SET id_number_ciphertext = u.id_number, id_number_hmac = u.hash, phone_ciphertext = u.phone,
                                 phone_hmac = u.phone_hash, pii_key_id = \(cipher.keyId)
            FROM unnest(\(ids)::uuid[], \(idNumbers)::bytea[], \(hashes)::bytea[], \(phones)::bytea[], \(phoneHashes)::bytea[])
                 u(id, id_number, hash, phone, phone_hash)
            WHERE w.id = u.id
            """,
            logger: database.logger
        )
        return (ids.count, last)
    }

    private func rotateEmployers(limit: Int, after: UUID?, on connection: PostgresConnection) async throws -> (Int, UUID?) {
        let rows = try await connection.query(
            """
            SELECT id, contact_phone_ciphertext FROM employers
            WHERE pii_key_id IS DISTINCT FROM \(cipher.keyId) AND (\(after)::uuid IS NULL OR id > \(after))
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
        guard let last = ids.last else { return (0, nil) }
        try await connection.query(
            """
            UPDATE employers e SET contact_phone_ciphertext = u.phone, pii_key_id = \(cipher.keyId)
            FROM unnest(\(ids)::uuid[], \(phones)::bytea[]) u(id, phone) WHERE e.id = u.id
            """,
            logger: database.logger
        )
        return (ids.count, last)
    }

    public struct UnreadableRow: Error, CustomStringConvertible {
        public let objectType: String
        public let id: UUID
        public let field: String
        public var description: String {
            "\(objectType) \(id.uuidString.lowercased()): no given key opens its \(field); pass the key it was sealed with as a previous key"
        }
    }

    public struct DuplicatePerson: Error, CustomStringConvertible {
        public let rotating: UUID
        public let existing: UUID
        public var description: String {
            "worker \(rotating.uuidString.lowercased()) is the same person as worker \(existing.uuidString.lowercased()), registered under the other key: merge or withdraw one, then run again"
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
