import Foundation
import HTTPTypes
import HummingbirdTesting
import MinningDomain
import MinningPersistence
import MinningTestSupport
import PostgresNIO
import Testing

/// The second factor of the roles that move money and of admins.
@Suite("The console: the second factor (TOTP)")
struct ConsoleSecondFactorTests {
    typealias Browser = ConsoleTests.Browser

    static func key(_ page: TestResponse) -> TimeBasedCode? {
        String(buffer: page.body).firstMatch(of: /<code class="key">([A-Z2-7 ]+)<\/code>/).flatMap { TimeBasedCode(base32: String($0.1)) }
    }

    @Test("an office's clerk sets up the app's key at the first login and gives a code at every login after; no page opens before, a code is good once, a wrong one counts as a failed login")
    func enrolAndVerify() async throws {
        try await withApp { client, cast, database in
            let (account, _) = try await ConsoleTests.account(database, cast, login: "nx.office", name: "出纳", of: \.ningxiaOffice, role: .cooperationOffice)
            var browser = Browser()
            #expect(try await browser.logIn(client, login: "nx.office").headers[.location] == "/two-factor")
            for path in ["/", "/subsidies", "/reports", "/password"] {
                #expect(try await browser.send(client, .get, path).headers[.location] == "/two-factor", "\(path) before the code")
            }
            let setup = try await browser.send(client, .get, "/two-factor")
            let key = try #require(Self.key(setup), "\(String(buffer: setup.body))")
            #expect(String(buffer: setup.body).contains("otpauth://totp/"))
            #expect(Self.key(try await browser.send(client, .get, "/two-factor")) == key, "the same key until it is confirmed")
            let sealed = try #require(try await database.query("SELECT second_factor_sealed FROM staff_accounts WHERE login = 'nx.office'").collect().first?.decode(ByteBuffer.self))
            #expect(!String(decoding: Array(buffer: sealed), as: UTF8.self).contains(key.base32), "the key is stored sealed")

            let now = TimeBasedCode.step(at: TestClock.clock.now)
            let right = key.code(atStep: now)
            let wrong = right == "123456" ? "654321" : "123456"
            let refused = try await browser.send(client, .post, "/two-factor", form: ["csrf": Browser.csrf(setup), "code": wrong])
            #expect(refused.status == .unprocessableContent && String(buffer: refused.body).contains("动态验证码不正确"))
            let tooSoon = try await browser.send(client, .post, "/two-factor", form: ["csrf": Browser.csrf(setup), "code": right])
            #expect(tooSoon.status == .forbidden && String(buffer: tooSoon.body).contains("秒后再试"), "a wrong code waits like a wrong password")
            try await database.query("UPDATE staff_accounts SET last_failed_at = last_failed_at - interval '1 hour'")
            let confirmed = try await browser.send(client, .post, "/two-factor", form: ["csrf": Browser.csrf(setup), "code": right])
            #expect(confirmed.headers[.location] == "/")
            #expect(try await browser.send(client, .get, "/subsidies").status == .ok)
            #expect(try await browser.send(client, .get, "/two-factor").headers[.location] == "/", "nothing more to give in this session")

            var again = Browser()
            #expect(try await again.logIn(client, login: "nx.office").headers[.location] == "/two-factor")
            let ask = try await again.send(client, .get, "/two-factor")
            #expect(Self.key(ask) == nil && String(buffer: ask.body).contains("当前显示的 6 位动态验证码"), "a confirmed key is never shown again")
            let replayed = try await again.send(client, .post, "/two-factor", form: ["csrf": Browser.csrf(ask), "code": right])
            #expect(replayed.status == .unprocessableContent, "the code used for the set-up is used up")
            try await database.query("UPDATE staff_accounts SET last_failed_at = last_failed_at - interval '1 hour'")
            let next = try await again.send(client, .post, "/two-factor", form: ["csrf": Browser.csrf(ask), "code": key.code(atStep: now + 1)])
            #expect(next.headers[.location] == "/")
            let audited = try await ConsoleWorkerFormsTests.count(database, """
                SELECT count(*) FROM audit_log WHERE object_id = '\(account.id.uuidString.lowercased())' AND action IN ('enrol_second_factor', 'verify_second_factor')
                """)
            #expect(audited == 2)

            // An origin bureau's clerk moves no money: the password alone opens the console.
            _ = try await ConsoleTests.account(database, cast)
            var clerk = Browser()
            #expect(try await clerk.logIn(client).headers[.location] == "/")
            #expect(try await clerk.send(client, .get, "/two-factor").headers[.location] == "/")
        }
    }

    @Test("wrong codes lock the account and end the half-open session; an admin's reset ends its sessions and the next login sets up a new key")
    func lockAndReset() async throws {
        try await withApp { client, cast, database in
            _ = try await ConsoleTests.account(database, cast, login: "nx.office", name: "出纳", of: \.ningxiaOffice, role: .cooperationOffice)
            var office = Browser()
            _ = try await office.logIn(client, database, login: "nx.office")
            #expect(try await office.send(client, .get, "/subsidies").status == .ok)
            let firstKey = try #require(try await database.query("SELECT second_factor_sealed FROM staff_accounts WHERE login = 'nx.office'").collect().first?.decode(ByteBuffer.self))

            var guesser = Browser()
            _ = try await guesser.logIn(client, login: "nx.office")
            let page = try await guesser.send(client, .get, "/two-factor")
            var last: TestResponse?
            for _ in 1...LoginThrottle.failuresBeforeLock {
                try await database.query("UPDATE staff_accounts SET last_failed_at = last_failed_at - interval '1 hour'")
                last = try await guesser.send(client, .post, "/two-factor", form: ["csrf": Browser.csrf(page), "code": "000000"])
            }
            #expect(last?.status == .forbidden && String(buffer: last!.body).contains("已锁定至"), "\(String(buffer: last!.body))")
            #expect(try await guesser.send(client, .get, "/").headers[.location] == "/login", "the lock ended the guesser's session")
            #expect(try await office.send(client, .get, "/subsidies").headers[.location] == "/login", "and every other session of the account")

            _ = try await ConsoleTests.account(database, cast, login: "ops.admin", name: "管理员", of: \.admin, role: .admin)
            var admin = Browser()
            #expect(try await admin.logIn(client, database, login: "ops.admin").headers[.location] == "/", "an admin gives a code too")
            let staffPage = try await admin.send(client, .get, "/staff")
            #expect(String(buffer: staffPage.body).contains("/staff/nx.office/reset-second-factor"))
            let reset = try await admin.send(client, .post, "/staff/nx.office/reset-second-factor", form: ["csrf": Browser.csrf(staffPage), "confirm": "yes"])
            #expect(reset.headers[.location] == "/staff?reset=nx.office")
            try await database.query("UPDATE staff_accounts SET locked_until = NULL, failed_logins = 0 WHERE login = 'nx.office'")
            var newPhone = Browser()
            _ = try await newPhone.logIn(client, login: "nx.office")
            let setup = try await newPhone.send(client, .get, "/two-factor")
            let newKey = try #require(Self.key(setup), "a new key is set up after the reset")
            let stored = try #require(try await database.query("SELECT second_factor_sealed FROM staff_accounts WHERE login = 'nx.office'").collect().first?.decode(ByteBuffer.self))
            #expect(stored != firstKey && newKey.secret.count == 20)
            #expect(try await ConsoleWorkerFormsTests.count(database, "SELECT count(*) FROM audit_log WHERE action = 'reset_second_factor'") == 1)
        }
    }
}
