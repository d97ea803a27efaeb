import Foundation
import HTTPTypes
import HummingbirdTesting
import MinningDomain
import MinningPersistence
import MinningServices
import MinningTestSupport
import PostgresNIO
import Testing

@Suite("Authentication and authorization")
struct AuthorizationTests {
    @Test("no key, a malformed header, an unknown key and a revoked key all get 401 problem+json")
    func unauthenticated() async throws {
        try await withApp { client, cast, database in
            let none = try await client.send(.get, "/v1/regions?parent=640000", as: nil)
            #expect(none.status == .unauthorized)
            #expect(none.isProblem)
            #expect(none.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)

            let basic = try await client.execute(uri: "/v1/regions", method: .get, headers: [.authorization: "Basic dXNlcjpwYXNz"])
            #expect(basic.status == .unauthorized)

            let unknown = try await client.execute(uri: "/v1/regions", method: .get, headers: [.authorization: "Bearer " + ApiKeySecret.generate().text])
            #expect(unknown.status == .unauthorized)
            #expect(unknown.isProblem)

            _ = try await BureauService(database: database).revokeKey(cast.observer.key.id, for: .commandLine)
            let revoked = try await client.send(.get, "/v1/regions", as: cast.observer)
            #expect(revoked.status == .unauthorized)
        }
    }

    @Test("each role gets the documented outcome on each route, in and out of scope")
    func matrix() async throws {
        try await withApp { client, cast, _ in
            let xiji = cast.xijiOrigin.bureau.id.uuidString
            let callers: [(String, Fixtures.Caller)] = [
                ("admin", cast.admin), ("xiji", cast.xijiOrigin), ("haiyuan", cast.haiyuanOrigin),
                ("fuzhou", cast.fuzhouDestination), ("ningxia_office", cast.ningxiaOffice), ("observer", cast.observer),
            ]
            // route → expected status per caller, in the order above.
            let expectations: [(HTTPRequest.Method, String, String?, [HTTPResponse.Status])] = [
                (.get, "/v1/me", nil, [.ok, .ok, .ok, .ok, .ok, .ok]),
                (.get, "/v1/regions?parent=640000", nil, [.ok, .ok, .ok, .ok, .ok, .ok]),
                (.get, "/v1/occupations?level=major", nil, [.ok, .ok, .ok, .ok, .ok, .ok]),
                // 西吉 (640422) lies in its own scope and the Ningxia office's (640000), not in 海原's,
                // 福州's or a Fujian observer's: those get 404, so its existence does not leak.
                (.get, "/v1/bureaus/\(xiji)", nil, [.ok, .ok, .notFound, .notFound, .ok, .notFound]),
                (.get, "/v1/bureaus/\(xiji)/keys", nil, [.ok, .forbidden, .forbidden, .forbidden, .forbidden, .forbidden]),
                (.post, "/v1/bureaus", #"{"name":"新局","kind":"origin_labor_bureau","region_code":"640423"}"#,
                 [.created, .forbidden, .forbidden, .forbidden, .forbidden, .forbidden]),
                (.post, "/v1/bureaus/\(xiji)/keys", #"{"role":"observer"}"#,
                 [.created, .forbidden, .forbidden, .forbidden, .forbidden, .forbidden]),
            ]
            for (method, uri, body, statuses) in expectations {
                for ((name, caller), expected) in zip(callers, statuses) {
                    let response = try await client.send(method, uri, as: caller, json: body)
                    #expect(response.status == expected, "\(method) \(uri) as \(name)")
                    if response.status.code >= 400 { #expect(response.isProblem, "\(method) \(uri) as \(name)") }
                }
            }
        }
    }

    @Test("a bureau lists only bureaus in its scope")
    func listScope() async throws {
        try await withApp { client, cast, _ in
            let asXiji = try await client.send(.get, "/v1/bureaus", as: cast.xijiOrigin)
            #expect(asXiji.items.compactMap { $0["region_code"] as? String } == ["640422"])
            let asOffice = try await client.send(.get, "/v1/bureaus", as: cast.ningxiaOffice)
            #expect(Set(asOffice.items.compactMap { $0["region_code"] as? String }) == ["640000", "640422", "640522"])
            let asAdmin = try await client.send(.get, "/v1/bureaus?kind=destination_labor_bureau", as: cast.admin)
            #expect(asAdmin.items.compactMap { $0["name"] as? String } == ["福州市人社局"])
        }
    }

    @Test("a key issued over HTTP works once shown, and stops working when revoked")
    func keyLifecycle() async throws {
        try await withApp { client, cast, _ in
            let xiji = cast.xijiOrigin.bureau.id.uuidString
            let created = try await client.send(.post, "/v1/bureaus/\(xiji)/keys", as: cast.admin, json: #"{"role":"origin_bureau","label":"clerk 1"}"#)
            #expect(created.status == .created)
            let secret = try #require(created.json["secret"] as? String)
            let keyId = try #require((created.json["key"] as? [String: Any])?["id"] as? String)
            let me = try await client.execute(uri: "/v1/me", method: .get, headers: [.authorization: "Bearer \(secret)"])
            #expect(me.status == .ok)
            #expect(me.json["role"] as? String == "origin_bureau")
            #expect(me.json["scope_prefix"] as? String == "640422")

            let listing = try await client.send(.get, "/v1/bureaus/\(xiji)/keys", as: cast.admin)
            #expect(!String(buffer: listing.body).contains(secret), "a listing must never carry a secret")

            let revoked = try await client.send(.delete, "/v1/keys/\(keyId)", as: cast.admin)
            #expect(revoked.status == .ok)
            #expect(revoked.json["revoked_at"] is String)
            let after = try await client.execute(uri: "/v1/me", method: .get, headers: [.authorization: "Bearer \(secret)"])
            #expect(after.status == .unauthorized)
        }
    }

    @Test("a role the bureau's kind cannot hold is a conflict with that bureau; an empty label is fine")
    func roleForKind() async throws {
        try await withApp { client, cast, database in
            let response = try await client.send(.post, "/v1/bureaus/\(cast.xijiOrigin.bureau.id)/keys", as: cast.admin, json: #"{"role":"admin"}"#)
            #expect(response.status == .conflict)
            #expect(response.isProblem)
            #expect((response.json["detail"] as? String)?.contains("origin_bureau") == true)
            let keys = try await database.query("SELECT count(*) FROM api_keys WHERE bureau_id = \(cast.xijiOrigin.bureau.id)").collect().first?.decode(Int.self)
            #expect(keys == 1)
            let unlabelled = try await client.send(.post, "/v1/bureaus/\(cast.xijiOrigin.bureau.id)/keys", as: cast.admin, json: #"{"role":"observer","label":""}"#)
            #expect(unlabelled.status == .created)
        }
    }

    @Test("a known path with a method it does not serve is 405 with Allow")
    func methodNotAllowed() async throws {
        try await withApp { client, cast, _ in
            let response = try await client.send(.put, "/v1/bureaus/\(cast.xijiOrigin.bureau.id)", as: cast.admin)
            #expect(response.status == .methodNotAllowed)
            #expect(response.headers[.allow] == "GET")
            #expect(response.isProblem)
            let trace = try await client.send(.trace, "/v1/bureaus", as: cast.admin)
            #expect(trace.headers[.allow] == "GET, POST")
        }
    }

    @Test("ids in bodies are lowercase UUIDs, as in Location headers")
    func lowercaseIds() async throws {
        try await withApp { client, cast, _ in
            let created = try await client.send(.post, "/v1/bureaus", as: cast.admin, json: #"{"name":"小写","kind":"oversight","region_code":"640000"}"#)
            let id = try #require(created.json["id"] as? String)
            #expect(id == id.lowercased())
            #expect(created.headers[.location] == "/v1/bureaus/\(id)")
        }
    }
}
