import Foundation
import MinningDomain
import MinningPersistence
import MinningTestSupport
import PostgresNIO
import Testing

@Suite("Rotating the personal-data key")
struct PersonalDataRotationTests {
    static let oldKey = TestDatabaseServer.personalData
    static let newKey = try! PersonalDataCipher(base64Key: PersonalDataCipher.generateKey())

    static func sealedUnder(_ database: Database) async throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for try await (key, count) in try await database.query(
            "SELECT coalesce(pii_key_id, 'none'), count(*)::bigint FROM workers GROUP BY 1 UNION ALL SELECT 'employer ' || coalesce(pii_key_id, 'none'), count(*)::bigint FROM employers GROUP BY 1"
        ).decode((String, Int).self) {
            counts[key] = count
        }
        return counts
    }

    @Test("rotation re-seals every worker and employer under the new key, keeps every value, finds duplicates throughout, and runs again harmlessly")
    func rotates() async throws {
        try await withTestDatabase { database, _ in
            let actor = try await WorkerImportTests.actor(database)
            let rows = try WorkerImportTests.rows(WorkerImportTests.csv(count: 1_203))
            #expect(try await WorkerBulkImport(database: database, cipher: Self.oldKey).run(rows, by: actor).count == 1_203)
            let employers = EmployerBulkImport.rows(from: try RegistryImportTests.employers([
                "福州甲公司,\(Fixtures.creditCode(1)),350102,C,medium,陈明,13900000001",
                "福州乙公司,\(Fixtures.creditCode(2)),350104,G,small,林芳,13900000002",
            ])).0
            #expect(try await EmployerBulkImport(database: database, cipher: Self.oldKey).run(employers, by: try await RegistryImportTests.fuzhou(database)) == 2)
            let ids = try await database.query("SELECT id FROM workers ORDER BY id").collect().map { try $0.decode(UUID.self) }
            let oldReader = WorkerRepository(database: database, cipher: Self.oldKey)
            var before: [UUID: (String, String)] = [:]
            for id in ids.prefix(50) + ids.suffix(50) {
                before[id] = try await oldReader.personalData(id, by: actor)
            }

            // Without the old key nothing opens: the first batch stops, names a row, and changes nothing.
            do {
                _ = try await PersonalDataRotation(database: database, cipher: Self.newKey).rotateBatch(limit: 100)
                Issue.record("a rotation without the previous key re-sealed rows")
            } catch let unreadable as PersonalDataRotation.UnreadableRow {
                #expect(ids.contains(unreadable.id) && unreadable.description.contains(unreadable.id.uuidString.lowercased()))
            }
            #expect(try await Self.sealedUnder(database) == [Self.oldKey.keyId: 1_203, "employer \(Self.oldKey.keyId)": 2])

            let rotating = Self.newKey.reading(previous: [Self.oldKey])
            let rotation = PersonalDataRotation(database: database, cipher: rotating)
            let (first, cursor) = try await rotation.rotateBatch(limit: 500)
            #expect(first == .init(workers: 500, employers: 2) && cursor.worker == ids[499])
            #expect(try await rotation.remaining() == .init(workers: 703, employers: 0))
            // Halfway, a person registered under either key is still found.
            for id in [ids.first!, ids.last!] {
                let idNumber = try #require(before[id]).0
                let hashes = rotating.lookupHashes(idNumber).map { ByteBuffer(bytes: $0) }
                let found = try await database.query("SELECT id FROM workers WHERE id_number_hmac = ANY(\(hashes))").collect()
                #expect(try found.map { try $0.decode(UUID.self) } == [id])
            }
            #expect(try await rotation.rotateAll(batchSize: 300) == .init(workers: 703, employers: 0))
            #expect(try await rotation.remaining() == .init(workers: 0, employers: 0))
            #expect(try await Self.sealedUnder(database) == [Self.newKey.keyId: 1_203, "employer \(Self.newKey.keyId)": 2])
            #expect(try await rotation.rotateAll(batchSize: 500) == .init(workers: 0, employers: 0))

            // The new key alone reads everything, and its lookup hash finds the same people.
            let newReader = WorkerRepository(database: database, cipher: Self.newKey)
            for (id, values) in before {
                let after = try await newReader.personalData(id, by: actor)
                #expect(after.idNumber == values.0 && after.phone == values.1)
                let hash = ByteBuffer(bytes: Self.newKey.lookupHash(values.0))
                let found = try await database.query("SELECT id FROM workers WHERE id_number_hmac = \(hash)").collect()
                #expect(try found.map { try $0.decode(UUID.self) } == [id])
            }
            let phones = try await database.query("SELECT contact_phone_ciphertext FROM employers ORDER BY credit_code").collect()
                .map { try Self.newKey.open(Array(buffer: try $0.decode(ByteBuffer.self)), field: "contact_phone") }
            #expect(phones == ["13900000001", "13900000002"])
            // The old key no longer opens anything.
            let sample = try await database.query("SELECT id_number_ciphertext FROM workers LIMIT 1").collect().first!.decode(ByteBuffer.self)
            #expect(throws: (any Error).self) { try Self.oldKey.open(Array(buffer: sample), field: "id_number") }
        }
    }

    @Test("an import waits until a rotation has finished, so duplicates are never judged by half the hashes")
    func importWaitsForRotation() async throws {
        try await withTestDatabase { database, _ in
            let actor = try await WorkerImportTests.actor(database)
            _ = try await WorkerBulkImport(database: database, cipher: Self.oldKey).run(try WorkerImportTests.rows(WorkerImportTests.csv(count: 3)), by: actor)
            let rotating = Self.newKey.reading(previous: [Self.oldKey])
            let more = try WorkerImportTests.rows(WorkerImportTests.csv(count: 5))
            await #expect(throws: DomainError.self) { try await WorkerBulkImport(database: database, cipher: rotating).run(more, by: actor) }
            #expect(try await PersonalDataRotation(database: database, cipher: rotating).rotateAll(batchSize: 2).workers == 3)
            do {
                _ = try await WorkerBulkImport(database: database, cipher: rotating).run(more, by: actor)
                Issue.record("the three people registered before the rotation were imported again")
            } catch let rejected as ImportRejected {
                #expect(rejected.issues.count == 3 && rejected.issues.allSatisfy { $0.field == "id_number" })
            }
        }
    }

    @Test("workers stored before phones had a lookup hash get one from the rotation, without holding imports up")
    func phonesWithoutHash() async throws {
        try await withTestDatabase { database, _ in
            let actor = try await WorkerImportTests.actor(database)
            let importer = WorkerBulkImport(database: database, cipher: Self.newKey)
            _ = try await importer.run(try WorkerImportTests.rows(WorkerImportTests.csv(count: 3)), by: actor)
            // As migration 0017 left the workers registered before it.
            try await database.query("UPDATE workers SET phone_hmac = NULL WHERE name <> '马0'")
            let rotation = PersonalDataRotation(database: database, cipher: Self.newKey)
            #expect(try await rotation.sealedElsewhere().unrecorded.workers == 2)
            #expect(try await rotation.remaining().workers == 2)
            // A shared phone among them cannot be warned about yet, but the file is not refused.
            let lines = WorkerImportTests.csv(count: 4).split(separator: "\n")
            let later = [lines[0], lines[4]].joined(separator: "\n") + "\n"
            #expect(try await importer.run(try WorkerImportTests.rows(later), by: actor, dryRun: true).count == 1)
            #expect(try await rotation.rotateAll(batchSize: 10).workers == 2)
            #expect(try await rotation.remaining().workers == 0)
            let hashes = try await database.query("SELECT phone_hmac FROM workers ORDER BY name").collect().map { Array(buffer: try $0.decode(ByteBuffer.self)) }
            #expect(hashes == (0..<3).map { Self.newKey.lookupHash(String(format: "139%08d", $0)) })
        }
    }

    @Test("a person stored twice, once under each key, stops the rotation with both ids and changes nothing of the batch")
    func twinUnderTheOtherKey() async throws {
        try await withTestDatabase { database, _ in
            let actor = try await WorkerImportTests.actor(database)
            _ = try await WorkerBulkImport(database: database, cipher: Self.oldKey).run(try WorkerImportTests.rows(WorkerImportTests.csv(count: 4)), by: actor)
            let original = try await database.query("SELECT id FROM workers ORDER BY id LIMIT 1 OFFSET 2").collect().first!.decode(UUID.self)
            let idNumber = try await WorkerRepository(database: database, cipher: Self.oldKey).personalData(original, by: actor).idNumber
            // What an instance holding only the new key would have stored for the same person.
            let twin = UUID()
            try await cloneRow(database, table: "workers", id: original.uuidString, overrides: [
                "id": twin.uuidString, "id_number_hmac": byteaText(Self.newKey.lookupHash(idNumber)), "pii_key_id": Self.newKey.keyId,
            ])
            let rotating = Self.newKey.reading(previous: [Self.oldKey])
            do {
                _ = try await PersonalDataRotation(database: database, cipher: rotating).rotateAll(batchSize: 10)
                Issue.record("the rotation gave two workers the same lookup hash")
            } catch let duplicate as PersonalDataRotation.DuplicatePerson {
                #expect(duplicate.rotating == original && duplicate.existing == twin)
            }
            #expect(try await Self.sealedUnder(database) == [Self.oldKey.keyId: 4, Self.newKey.keyId: 1])
        }
    }
}
