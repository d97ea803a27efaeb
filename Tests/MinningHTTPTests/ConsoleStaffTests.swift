import Foundation
import HTTPTypes
import HummingbirdTesting
import MinningDomain
import MinningPersistence
import MinningTestSupport
import PostgresNIO
import Testing

/// The admin's page of console accounts.
@Suite("The console: staff accounts for admins")
struct ConsoleStaffTests {
    typealias Browser = ConsoleTests.Browser

    @Test("an admin opens an account (one-time password shown once, changed at first login) and disables one; both are audited under the admin")
    func openAndDisable() async throws {
        try await withApp { client, cast, database in
            let (admin, _) = try await ConsoleTests.account(database, cast, login: "ops.admin", name: "管理员", of: \.admin, role: .admin)
            var browser = Browser()
            _ = try await browser.logIn(client, database, login: "ops.admin")
            let page = try await browser.send(client, .get, "/staff")
            let html = String(buffer: page.body)
            #expect(page.status == .ok && html.contains("<td>ops.admin</td>") && html.contains("西吉县人社局"), "\(html)")
            let csrf = Browser.csrf(page)
            let bureau = cast.xijiOrigin.bureau.id.uuidString.lowercased()

            let bad = try await browser.send(client, .post, "/staff", form: ["csrf": csrf, "bureau_id": bureau, "role": "origin_bureau", "login": "X", "display_name": "马<i>"])
            #expect(bad.status == .unprocessableContent && String(buffer: bad.body).contains("须为 3–40 个小写字母") && String(buffer: bad.body).contains("value=\"马&lt;i&gt;\""))
            let wrongKind = try await browser.send(client, .post, "/staff", form: ["csrf": csrf, "bureau_id": bureau, "role": "cooperation_office", "login": "li.ming", "display_name": "李明"])
            #expect(wrongKind.status == .unprocessableContent, "an origin bureau holds no office role")

            let made = try await browser.send(client, .post, "/staff", form: ["csrf": csrf, "bureau_id": bureau, "role": "origin_bureau", "login": "li.ming", "display_name": "李明"])
            let madeHTML = String(buffer: made.body)
            let oneTime = try #require(madeHTML.firstMatch(of: /一次性密码：([^—]+)——/).map { String($0.1) }, "\(madeHTML)")
            var newcomer = Browser()
            #expect(try await newcomer.logIn(client, login: "li.ming", password: oneTime).headers[.location] == "/password")

            let unconfirmed = try await browser.send(client, .post, "/staff/li.ming/disable", form: ["csrf": csrf])
            #expect(unconfirmed.status == .unprocessableContent)
            let disabled = try await browser.send(client, .post, "/staff/li.ming/disable", form: ["csrf": csrf, "confirm": "yes"])
            #expect(disabled.headers[.location] == "/staff?disabled=li.ming")
            #expect(try await newcomer.send(client, .get, "/password").headers[.location] == "/login", "the disabled account's session ended")
            let audited = try await ConsoleWorkerFormsTests.count(database,
                "SELECT count(*) FROM audit_log WHERE object_type = 'staff_account' AND action IN ('create', 'disable') AND key_id = '\(admin.auditKeyId)'")
            #expect(audited == 2)

            _ = try await ConsoleTests.account(database, cast)
            var clerk = Browser()
            _ = try await clerk.logIn(client)
            #expect(try await clerk.send(client, .get, "/staff").status == .forbidden)
            #expect(try await clerk.send(client, .post, "/staff/ops.admin/disable", form: ["csrf": Browser.csrf(try await clerk.send(client, .get, "/")), "confirm": "yes"]).status == .forbidden)
        }
    }
}
