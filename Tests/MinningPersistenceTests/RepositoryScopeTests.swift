import Foundation
import MinningDomain
import MinningPersistence
import MinningServices
import MinningTestSupport
import Testing

@Suite("Repositories respect scope and uniqueness")
struct RepositoryScopeTests {
    @Test("a bureau outside the caller's scope is not found; inside it is")
    func bureauScope() async throws {
        try await withTestDatabase { database, _ in
            let fixtures = Fixtures(database: database)
            let xiji = try await fixtures.bureau("西吉", kind: .originLaborBureau, region: "640422")
            let repository = BureauRepository(database: database)
            #expect(try await repository.find(xiji.id, in: .region(RegionCode("640400")!)) == xiji)
            #expect(try await repository.find(xiji.id, in: .region(RegionCode("640500")!)) == nil)
            #expect(try await repository.find(xiji.id, in: .everywhere) == xiji)
            let listed = try await repository.list(in: .region(RegionCode("640500")!), kind: nil, limit: 10, offset: 0)
            #expect(listed.isEmpty)
        }
    }

    @Test("a duplicate bureau is a conflict; an unknown region is a field error")
    func duplicatesAndUnknownRegions() async throws {
        try await withTestDatabase { database, _ in
            let fixtures = Fixtures(database: database)
            _ = try await fixtures.bureau("西吉", kind: .originLaborBureau, region: "640422")
            await #expect(throws: DomainError.self) {
                _ = try await fixtures.bureau("西吉", kind: .originLaborBureau, region: "640422")
            }
            do {
                _ = try await fixtures.bureau("无", kind: .originLaborBureau, region: "640499")
                Issue.record("an unknown region was accepted")
            } catch let DomainError.invalid(issues) {
                #expect(issues.map(\.field) == ["region_code"])
            }
        }
    }

    @Test("a revoked key no longer authenticates; last use is recorded")
    func keyLifecycle() async throws {
        try await withTestDatabase { database, _ in
            let caller = try await Fixtures(database: database).caller("西吉", kind: .originLaborBureau, region: "640422", role: .originBureau)
            let keys = ApiKeyRepository(database: database)
            let secret = try #require(ApiKeySecret(text: caller.secret))
            let principal = try #require(try await keys.authenticate(secret))
            #expect(principal.role == .originBureau)
            #expect(principal.bureauRegion == RegionCode("640422"))
            let listed = try await keys.list(bureauId: caller.bureau.id)
            #expect(listed.first?.lastUsedAt != nil)
            let stored = try await database.query("SELECT count(*) FROM api_keys WHERE display_prefix = \(secret.text)").collect().first?.decode(Int.self)
            #expect(stored == 0, "the secret itself must not be stored")
            _ = try await BureauService(database: database).revokeKey(caller.key.id, for: .commandLine)
            #expect(try await keys.authenticate(secret) == nil)
        }
    }

    @Test("a bureau kind cannot hold a role it is not made for")
    func roleForKind() async throws {
        try await withTestDatabase { database, _ in
            let bureau = try await Fixtures(database: database).bureau("西吉", kind: .originLaborBureau, region: "640422")
            await #expect(throws: DomainError.self) {
                _ = try await BureauService(database: database).issueKey(bureauId: bureau.id, role: .admin, label: "", for: .commandLine)
            }
        }
    }
}
