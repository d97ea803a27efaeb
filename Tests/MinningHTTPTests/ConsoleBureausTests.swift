import Foundation
import HTTPTypes
import HummingbirdTesting
import MinningDomain
import MinningTestSupport
import Testing

/// The admin's bureaus and keys in the console.
@Suite("The console: bureaus and keys for admins")
struct ConsoleBureausTests {
    typealias Browser = ConsoleTests.Browser

    static func me(_ client: any TestClientProtocol, secret: String) async throws -> HTTPResponse.Status {
        try await client.execute(uri: "/v1/me", method: .get, headers: [.authorization: "Bearer \(secret)"]).status
    }

    @Test("an admin registers a bureau, issues it a key whose secret is shown once and works, and revokes it after a confirmation; each step audited under the admin")
    func bureauAndKey() async throws {
        try await withApp { client, cast, database in
            let (admin, _) = try await ConsoleTests.account(database, cast, login: "ops.admin", name: "管理员", of: \.admin, role: .admin)
            var browser = Browser()
            _ = try await browser.logIn(client, database, login: "ops.admin")
            let list = try await browser.send(client, .get, "/bureaus")
            #expect(list.status == .ok && String(buffer: list.body).contains("西吉县人社局"), "\(String(buffer: list.body))")
            let csrf = Browser.csrf(list)
            let empty = try await browser.send(client, .post, "/bureaus", form: ["csrf": csrf, "name": " ", "region_code": "64"])
            #expect(empty.status == .unprocessableContent && String(buffer: empty.body).contains("请填写单位名称") && String(buffer: empty.body).contains("6 位数字"))
            let made = try await browser.send(client, .post, "/bureaus", form: ["csrf": csrf, "name": "隆德县人社局<b>", "kind": "origin_labor_bureau", "region_code": "640423"])
            #expect(made.headers[.location]?.hasPrefix("/bureaus?created=") == true, "\(String(buffer: made.body))")
            let listed = String(buffer: try await browser.send(client, .get, made.headers[.location]!).body)
            #expect(listed.contains("已登记单位“隆德县人社局&lt;b&gt;”") && listed.contains("隆德县（640423）"))
            let id = try #require(try await database.query("SELECT id FROM bureaus WHERE region_code = '640423'").collect().first?.decode(UUID.self)).uuidString.lowercased()

            let page = try await browser.send(client, .get, "/bureaus/\(id)")
            #expect(String(buffer: page.body).contains("还没有接口密钥") && !String(buffer: page.body).contains("value=\"cooperation_office\""), "an origin bureau holds no office key")
            let wrongRole = try await browser.send(client, .post, "/bureaus/\(id)/keys", form: ["csrf": csrf, "role": "cooperation_office", "label": "x"])
            #expect(wrongRole.status == .conflict && String(buffer: wrongRole.body).contains("接口密钥"), "refused on the bureau's page, which says why")
            let issued = try await browser.send(client, .post, "/bureaus/\(id)/keys", form: ["csrf": csrf, "role": "origin_bureau", "label": "县平台对接"])
            let secret = try #require(String(buffer: issued.body).firstMatch(of: /<code class="key">([^<]+)<\/code>/).map { String($0.1) })
            #expect(try await Self.me(client, secret: secret) == .ok, "the key shown works")
            #expect(!String(buffer: try await browser.send(client, .get, "/bureaus/\(id)").body).contains(secret), "and is shown only once")
            let key = try #require(try await database.query("SELECT id FROM api_keys WHERE bureau_id = \(UUID(uuidString: id)!)").collect().first?.decode(UUID.self)).uuidString.lowercased()
            let unconfirmed = try await browser.send(client, .post, "/keys/\(key)/revoke", form: ["csrf": csrf, "bureau": id])
            #expect(unconfirmed.status == .unprocessableContent)
            #expect(try await Self.me(client, secret: secret) == .ok, "an unconfirmed revocation revokes nothing")
            let revoked = try await browser.send(client, .post, "/keys/\(key)/revoke", form: ["csrf": csrf, "bureau": id, "confirm": "yes"])
            #expect(revoked.headers[.location]?.hasPrefix("/bureaus/\(id)?revoked=") == true)
            #expect(try await Self.me(client, secret: secret) == .unauthorized)
            let audited = try await ConsoleWorkerFormsTests.count(database, """
                SELECT count(*) FROM audit_log WHERE key_id = '\(admin.auditKeyId)' AND (object_type, action) IN (('bureau', 'create'), ('api_key', 'create'), ('api_key', 'revoke'))
                """)
            #expect(audited == 3)

            _ = try await ConsoleTests.account(database, cast)
            var clerk = Browser()
            _ = try await clerk.logIn(client)
            #expect(try await clerk.send(client, .get, "/bureaus").status == .forbidden)
            #expect(try await clerk.send(client, .post, "/keys/\(key)/revoke", form: ["csrf": Browser.csrf(try await clerk.send(client, .get, "/")), "confirm": "yes"]).status == .forbidden)
        }
    }
}
