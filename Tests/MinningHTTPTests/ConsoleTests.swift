import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import MinningDomain
import MinningPersistence
import MinningServices
import MinningTestSupport
import NIOCore
import PostgresNIO
import Testing

/// The console's login, sessions and forms, through the real router and PostgreSQL.
@Suite("The console: staff accounts and sessions")
struct ConsoleTests {
    static let password = "闽宁协作-2026-稳岗"

    static func account(
        _ database: Database, _ cast: Fixtures.Cast, login: String = "ma.wen", name: String = "马文<b>&\"", password: String? = password,
        of caller: KeyPath<Fixtures.Cast, Fixtures.Caller> = \.xijiOrigin, role: Role = .originBureau
    ) async throws -> (StaffAccount, String?) {
        try await StaffService(database: database, clock: TestClock.clock, passwordHashCost: 4)
            .create(bureauId: cast[keyPath: caller].bureau.id, role: role, login: login, displayName: name, password: password, for: .commandLine)
    }

    /// A browser's cookie jar, reduced to what these pages set.
    struct Browser {
        var cookies: [String: String] = [:]

        mutating func send(_ client: any TestClientProtocol, _ method: HTTPRequest.Method, _ uri: String, form: [String: String]? = nil) async throws -> TestResponse {
            var headers: HTTPFields = [:]
            if !cookies.isEmpty { headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
            var body: ByteBuffer?
            if let form {
                headers[.contentType] = "application/x-www-form-urlencoded"
                body = ByteBuffer(string: form.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(separator: "&"))
            }
            let response = try await client.execute(uri: uri, method: method, headers: headers, body: body)
            for line in response.headers[values: .setCookie] {
                let pair = line.split(separator: ";")[0].split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                let (name, value) = (String(pair[0]), pair.count > 1 ? String(pair[1]) : "")
                if value.isEmpty || line.contains("Max-Age=0") { cookies[name] = nil } else { cookies[name] = value }
            }
            return response
        }

        /// The CSRF field of the last page.
        static func csrf(_ response: TestResponse) -> String {
            let html = String(buffer: response.body)
            guard let match = html.firstMatch(of: /name="csrf" value="([A-Za-z0-9_-]+)"/) else { return "" }
            return String(match.1)
        }

        mutating func logIn(_ client: any TestClientProtocol, login: String = "ma.wen", password: String = ConsoleTests.password) async throws -> TestResponse {
            let page = try await send(client, .get, "/login")
            return try await send(client, .post, "/login", form: ["csrf": Self.csrf(page), "login": login, "password": password])
        }

        /// A login of a role that needs a second factor: the password, then the code an app would
        /// show (setting the key up on the first login), read from the key the test database holds.
        mutating func logIn(_ client: any TestClientProtocol, _ database: Database, login: String, password: String = ConsoleTests.password) async throws -> TestResponse {
            let answer = try await logIn(client, login: login, password: password)
            guard answer.headers[.location] == "/two-factor" else { return answer }
            let page = try await send(client, .get, "/two-factor")
            return try await send(client, .post, "/two-factor", form: ["csrf": Self.csrf(page), "code": try await ConsoleTests.code(database, login: login)])
        }
    }

    /// The code an authenticator app holding the account's key shows at the test clock's now, or
    /// the next step's when now's was used (the clock stands still in tests).
    static func code(_ database: Database, login: String) async throws -> String {
        let row = try #require(try await database.query(
            "SELECT second_factor_sealed, second_factor_last_step FROM staff_accounts WHERE login = \(login)"
        ).collect().first)
        let (sealed, lastStep) = try row.decode((ByteBuffer, Int64?).self)
        let text = try TestDatabaseServer.personalData.open(Array(buffer: sealed), field: "staff_second_factor")
        let key = try #require(TimeBasedCode(base32: text))
        let now = TimeBasedCode.step(at: TestClock.clock.now)
        return key.code(atStep: lastStep.map { max(now - 1, $0 + 1) } ?? now)
    }

    @Test("a login opens a session with a strict, HttpOnly cookie; pages escape what people typed; logout ends it; the audit log names the account")
    func logInAndOut() async throws {
        try await withApp { client, cast, database in
            let (account, _) = try await Self.account(database, cast)
            var browser = Browser()
            let anonymous = try await browser.send(client, .get, "/")
            #expect(anonymous.status == .seeOther && anonymous.headers[.location] == "/login")
            let form = try await browser.send(client, .get, "/login")
            #expect(form.status == .ok && form.headers[.contentType] == "text/html; charset=utf-8")
            #expect(form.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true)
            let formHTML = String(buffer: form.body)
            #expect(formHTML.contains("<h1>登录</h1>") && !Browser.csrf(form).isEmpty)
            #expect(!formHTML.contains("退出登录") && !formHTML.contains("nil") && !formHTML.contains("class=\"notice\""), "nobody is logged in yet: \(formHTML)")
            let loginCookie = try #require(form.headers[values: .setCookie].first { $0.hasPrefix("minning_login=") })
            #expect(loginCookie.contains("HttpOnly") && loginCookie.contains("SameSite=Strict"))

            let forged = try await browser.send(client, .post, "/login", form: ["csrf": "x", "login": "ma.wen", "password": Self.password])
            #expect(forged.status == .forbidden && String(buffer: forged.body).contains("表单已失效"))
            #expect(browser.cookies["minning_session"] == nil)

            let loggedIn = try await browser.logIn(client)
            #expect(loggedIn.status == .seeOther && loggedIn.headers[.location] == "/", "\(String(buffer: loggedIn.body))")
            let sessionCookie = try #require(loggedIn.headers[values: .setCookie].first { $0.hasPrefix("minning_session=") })
            #expect(sessionCookie.contains("HttpOnly") && sessionCookie.contains("SameSite=Strict") && sessionCookie.contains("Path=/"))
            let home = try await browser.send(client, .get, "/")
            let html = String(buffer: home.body)
            #expect(home.status == .ok && html.contains("工作台") && html.contains("西吉"), "\(html)")
            #expect(html.contains("马文&lt;b&gt;&amp;&quot;") && !html.contains("马文<b>"))
            #expect(html.contains("批量导入劳动者名单"))

            let stored = try await database.query("SELECT count(*) FROM staff_sessions WHERE ended_at IS NULL").collect().first!.decode(Int.self)
            #expect(stored == 1)
            let audited = try await database.query(
                "SELECT count(*) FROM audit_log WHERE action = 'log_in' AND key_id = \(account.auditKeyId) AND bureau_id = \(account.bureauId) AND object_id = \(account.id.uuidString.lowercased())"
            ).collect().first!.decode(Int.self)
            #expect(audited == 1)

            let withoutToken = try await browser.send(client, .post, "/logout", form: [:])
            #expect(withoutToken.status == .forbidden)
            #expect(try await browser.send(client, .get, "/").status == .ok, "a logout without the form's token changes nothing")
            let out = try await browser.send(client, .post, "/logout", form: ["csrf": Browser.csrf(home)])
            #expect(out.status == .seeOther && out.headers[.location] == "/login?ended=1")
            #expect(browser.cookies["minning_session"] == nil)
            // The old cookie, replayed, opens nothing: the session ended in the database.
            var replay = Browser(cookies: ["minning_session": String(sessionCookie.split(separator: ";")[0].dropFirst("minning_session=".count))])
            #expect(try await replay.send(client, .get, "/").headers[.location] == "/login")
        }
    }

    @Test("wrong passwords and unknown logins get the same words; failures grow waits and then lock; an idle session ends after 30 minutes")
    func throttleAndIdle() async throws {
        try await withApp { client, cast, database in
            _ = try await Self.account(database, cast)
            var browser = Browser()
            let unknown = try await browser.logIn(client, login: "no.such", password: Self.password)
            let wrong = try await browser.logIn(client, password: "not the password")
            #expect(unknown.status == .forbidden && wrong.status == .forbidden)
            #expect(String(buffer: unknown.body).contains("登录名或密码不正确") && String(buffer: wrong.body).contains("登录名或密码不正确"))
            // The next try within a second of the failure is not even checked, the right password included.
            let tooSoon = try await browser.logIn(client)
            #expect(tooSoon.status == .forbidden && String(buffer: tooSoon.body).contains("秒后再试"), "\(String(buffer: tooSoon.body))")
            for _ in 2...LoginThrottle.failuresBeforeLock {
                try await database.query("UPDATE staff_accounts SET last_failed_at = last_failed_at - interval '1 hour'")
                _ = try await browser.logIn(client, password: "still not it")
            }
            try await database.query("UPDATE staff_accounts SET last_failed_at = last_failed_at - interval '1 hour'")
            let locked = try await browser.logIn(client)
            #expect(locked.status == .forbidden && String(buffer: locked.body).contains("已锁定至"), "\(String(buffer: locked.body))")
            try await database.query("UPDATE staff_accounts SET locked_until = locked_until - interval '1 hour'")
            #expect(try await browser.logIn(client).headers[.location] == "/", "the lock passes, and the count starts again")

            try await database.query("UPDATE staff_sessions SET last_seen_at = last_seen_at - interval '31 minutes'")
            #expect(try await browser.send(client, .get, "/").headers[.location] == "/login")
        }
    }

    @Test("a one-time password must be changed first; the change checks the current one and the policy, and ends the account's other sessions")
    func firstPasswordChange() async throws {
        try await withApp { client, cast, database in
            let (_, oneTime) = try await Self.account(database, cast, password: nil)
            let temporary = try #require(oneTime)
            var other = Browser(), browser = Browser()
            _ = try await other.logIn(client, password: temporary)
            let first = try await browser.logIn(client, password: temporary)
            #expect(first.headers[.location] == "/password")
            #expect(try await browser.send(client, .get, "/").headers[.location] == "/password")
            let page = try await browser.send(client, .get, "/password")
            #expect(String(buffer: page.body).contains("首次登录须先修改密码"))
            let csrf = Browser.csrf(page)
            let forged = try await browser.send(client, .post, "/password", form: ["current_password": temporary, "new_password": Self.password, "repeat_password": Self.password])
            #expect(forged.status == .forbidden)
            let weak = try await browser.send(client, .post, "/password", form: ["csrf": csrf, "current_password": temporary, "new_password": "ma.wen1234", "repeat_password": "ma.wen1235"])
            let weakHTML = String(buffer: weak.body)
            #expect(weak.status == .unprocessableContent && weakHTML.contains("密码不能包含登录名") && weakHTML.contains("两次输入的新密码不一致"), "\(weakHTML)")
            let wrongCurrent = try await browser.send(client, .post, "/password", form: ["csrf": csrf, "current_password": "guess-guess", "new_password": Self.password, "repeat_password": Self.password])
            #expect(wrongCurrent.status == .unprocessableContent && String(buffer: wrongCurrent.body).contains("当前密码不正确"))
            let changed = try await browser.send(client, .post, "/password", form: ["csrf": csrf, "current_password": temporary, "new_password": Self.password, "repeat_password": Self.password])
            #expect(changed.headers[.location] == "/")
            #expect(try await browser.send(client, .get, "/").status == .ok)
            #expect(try await other.send(client, .get, "/").headers[.location] == "/login", "the other session ended with the change")
            var fresh = Browser()
            #expect(try await fresh.logIn(client).headers[.location] == "/")
        }
    }

    @Test("a disabled account's sessions end at once and it cannot log in; logins and passwords are checked when accounts are made")
    func disableAndValidation() async throws {
        try await withApp { client, cast, database in
            _ = try await Self.account(database, cast)
            var browser = Browser()
            _ = try await browser.logIn(client)
            let service = StaffService(database: database, clock: TestClock.clock, passwordHashCost: 4)
            _ = try await service.disable(login: "MA.WEN", for: .commandLine)
            #expect(try await browser.send(client, .get, "/").headers[.location] == "/login")
            var again = Browser()
            #expect(String(buffer: try await again.logIn(client).body).contains("已停用"))

            await #expect(throws: DomainError.self) { _ = try await Self.account(database, cast, login: "x") }
            await #expect(throws: DomainError.self) { _ = try await Self.account(database, cast, login: "li.wen", password: "short") }
            await #expect(throws: DomainError.conflict(.staffLoginTaken("ma.wen"))) { _ = try await Self.account(database, cast) }
            let observer = Requester.caller(Principal(keyId: cast.observer.key.id, bureauId: cast.observer.bureau.id, role: .observer, bureauRegion: cast.observer.bureau.region))
            await #expect(throws: DomainError.self) { _ = try await service.list(bureauId: nil, for: observer) }
        }
    }

    @Test("the workers page shows a bureau its own workers with the columns its role may read, finds by name or ID number (audited), and escapes names")
    func workersPage() async throws {
        try await withApp { client, cast, database in
            let idNumber = Fixtures.idNumber(sequence: 71)
            _ = try await client.send(.post, "/v1/workers", as: cast.xijiOrigin, json: Fixtures.workerJSON(idNumber: idNumber, name: "马<script>x</script>"))
            _ = try await client.send(.post, "/v1/workers", as: cast.xijiOrigin, json: Fixtures.workerJSON(idNumber: Fixtures.idNumber(sequence: 72), name: "李四"))
            _ = try await client.send(.post, "/v1/workers", as: cast.haiyuanOrigin, json: Fixtures.workerJSON(
                idNumber: Fixtures.idNumber(region: "640522", sequence: 73), region: "640522", name: "海原人"))
            _ = try await Self.account(database, cast)
            var clerk = Browser()
            _ = try await clerk.logIn(client)
            let all = String(buffer: try await clerk.send(client, .get, "/workers").body)
            #expect(all.contains("<th scope=\"col\">帮扶身份</th>") && all.contains("防返贫监测对象") && all.contains("西吉县（640422）"), "\(all)")
            #expect(all.contains("马&lt;script&gt;x&lt;/script&gt;") && !all.contains("<script>"))
            #expect(all.contains("李四") && !all.contains("海原人"), "another county's worker is not in this bureau's scope")
            #expect(all.contains("4,500.00") && !all.contains(idNumber), "money in 元; the ID number only masked")
            let csrf = Browser.csrf(try await clerk.send(client, .get, "/workers"))
            let byName = String(buffer: try await clerk.send(client, .post, "/workers", form: ["csrf": csrf, "q": "李"]).body)
            #expect(byName.contains("李四") && !byName.contains("马&lt;script"))
            let searches = "SELECT count(*) FROM audit_log WHERE action = 'search_personal_data'"
            #expect(try await database.query(PostgresQuery(unsafeSQL: searches)).collect().first!.decode(Int.self) == 0)
            let byId = String(buffer: try await clerk.send(client, .post, "/workers", form: ["csrf": csrf, "q": idNumber]).body)
            #expect(try await clerk.send(client, .post, "/workers", form: ["q": idNumber]).status == .forbidden, "a search without the page's token finds no one")
            #expect(byId.contains("马&lt;script") && !byId.contains("李四") && byId.contains("记入审计日志"))
            #expect(try await database.query(PostgresQuery(unsafeSQL: searches)).collect().first!.decode(Int.self) == 1)

            _ = try await Self.account(database, cast, login: "fz.clerk", name: "福州经办", of: \.fuzhouDestination, role: .destinationBureau)
            var destination = Browser()
            _ = try await destination.logIn(client, login: "fz.clerk")
            let candidates = String(buffer: try await destination.send(client, .get, "/workers").body)
            #expect(!candidates.contains(">帮扶身份<") && !candidates.contains(">姓名<") && !candidates.contains("李四") && candidates.contains(">年龄<"), "\(candidates)")
            #expect(!candidates.contains("form class=\"search\""), "a destination bureau finds no one by name or ID number, so it gets no such form")
            let named = try await destination.send(client, .post, "/workers", form: ["csrf": Browser.csrf(try await destination.send(client, .get, "/")), "q": "李"])
            #expect(named.status == .forbidden && !String(buffer: named.body).contains("李四"))

            _ = try await Self.account(database, cast, login: "observer.one", name: "联席会议", of: \.observer, role: .observer)
            var observer = Browser()
            _ = try await observer.logIn(client, login: "observer.one")
            let refused = try await observer.send(client, .get, "/workers")
            #expect(refused.status == .forbidden && !String(buffer: refused.body).contains("李四"))
        }
    }

    @Test("a worker's page shows what the role may read and the recommended jobs with their reasons in Chinese; other bureaus' workers are not found")
    func workerPage() async throws {
        try await withApp { client, cast, database in
            _ = try await PlacementsTests.vacancy(client, cast)
            let worker = try await PlacementsTests.worker(client, cast, sequence: 81)
            let elsewhere = try await client.send(.post, "/v1/workers", as: cast.haiyuanOrigin, json: Fixtures.workerJSON(
                idNumber: Fixtures.idNumber(region: "640522", sequence: 82), region: "640522", name: "海原人"))
            let otherId = try #require(elsewhere.json["id"] as? String)
            _ = try await Self.account(database, cast)
            var clerk = Browser()
            _ = try await clerk.logIn(client)
            let list = String(buffer: try await clerk.send(client, .get, "/workers").body)
            #expect(list.contains("href=\"/workers/\(worker)\""))
            let shown = try await clerk.send(client, .get, "/workers/\(worker)")
            let html = String(buffer: shown.body)
            #expect(shown.status == .ok && html.contains("<h1>马小花</h1>") && html.contains("<dt>帮扶身份</dt><dd>防返贫监测对象</dd>"), "\(html)")
            #expect(html.contains("推荐岗位") && html.contains("得分 ") && html.contains("职业匹配") && html.contains("（满分 35）"), "\(html)")
            #expect(html.contains("优先：防返贫监测对象"))
            #expect(try await clerk.send(client, .get, "/workers/\(otherId)").status == .notFound)
            #expect(try await clerk.send(client, .get, "/workers/not-a-uuid").status == .notFound)
            var anonymous = Browser()
            #expect(try await anonymous.send(client, .get, "/workers/\(worker)").headers[.location] == "/login")
        }
    }
}
