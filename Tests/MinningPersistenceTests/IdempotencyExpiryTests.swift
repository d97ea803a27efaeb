import Foundation
import MinningDomain
import MinningPersistence
import MinningServices
import MinningTestSupport
import PostgresNIO
import Testing

@Suite("Idempotency keys expire")
struct IdempotencyExpiryTests {
    @Test("keys older than the retention are forgotten with their stored responses; younger ones stay")
    func expiredKeysAreForgotten() async throws {
        try await withTestDatabase { database, _ in
            let bureau = try await Fixtures(database: database).bureau("西吉县人社局", kind: .originLaborBureau, region: "640422")
            let actor = try await CommandLineActor.resolve(database, bureauId: bureau.id, label: "test", requestId: "expiry")
            for (key, age) in [("old", "8 days"), ("recent", "6 days"), ("new", "1 minute")] {
                _ = try await database.query("""
                    INSERT INTO idempotency_keys (api_key_id, idempotency_key, request_sha256, response_status, response_body, created_at)
                    VALUES (\(actor.principal.keyId), \(key), sha256('x'::bytea), 201, convert_to('{"name":"马小花"}', 'UTF8'), now() - \(age)::interval)
                    """).collect()
            }
            let store = IdempotencyStore(database: database)
            #expect(try await store.deleteExpired(olderThan: .seconds(7 * 24 * 3600)) == 1)
            let left = try await database.query("SELECT idempotency_key FROM idempotency_keys ORDER BY idempotency_key").collect().map { try $0.decode(String.self) }
            #expect(left == ["new", "recent"])
            #expect(try await store.deleteExpired(olderThan: .seconds(7 * 24 * 3600)) == 0)
        }
    }
}
