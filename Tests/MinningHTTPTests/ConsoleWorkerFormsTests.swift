import Foundation
import HTTPTypes
import HummingbirdTesting
import MinningDomain
import MinningPersistence
import MinningTestSupport
import PostgresNIO
import Testing

/// Registering, changing and withdrawing a worker in the console, and the home page's worklist,
/// through the real router and PostgreSQL.
@Suite("The console: worker forms and the worklist")
struct ConsoleWorkerFormsTests {
    typealias Browser = ConsoleTests.Browser

    /// A registration as a clerk types it: Chinese labels, 元, a spreadsheet date.
    static func filledIn(idNumber: String, name: String = "马小花") -> [String: String] {
        [
            "name": name, "id_number": idNumber, "phone": "13812345678", "origin_region_code": "640422", "education": "初中",
            "poverty_status": "monitored", "monitored_kind": "unstable", "skills": "7533:缝纫工:4|9329", "preferred_destinations": "350100",
            "preferred_occupations": "8153", "expected_monthly_wage_fen": "5,000", "needs_housing": "是", "available_from": "2026/12/1",
            "consent_given_on": "2026-11-20", "consent_method": "written", "consent_recorded_by": "李文", "consent_scope": "",
        ]
    }

    static func count(_ database: Database, _ sql: String) async throws -> Int {
        try await database.query(PostgresQuery(unsafeSQL: sql)).collect().first!.decode(Int.self)
    }

    /// The hidden field `name` of the last page.
    static func hidden(_ name: String, _ response: TestResponse) -> String? {
        let html = String(buffer: response.body)
        return html.firstMatch(of: try! Regex("name=\"\(name)\" value=\"([^\"]*)\"", as: (Substring, Substring).self)).map { String($0.1) }
    }

    /// The problems the page prints under the field named `column`.
    static func problems(_ column: String, _ response: TestResponse) -> [String] {
        let html = String(buffer: response.body)
        guard let start = html.range(of: "<div id=\"p-\(column)\">") else { return [] }
        let rest = html[start.upperBound...]
        let block = rest[..<(rest.range(of: "</div>")?.lowerBound ?? rest.endIndex)]
        return block.matches(of: /<p class="problem">([^<]*)<\/p>/).map { String($0.1) }
    }

    @Test("a registration shows every problem beside its field in Chinese and saves nothing; a good one is saved once, in 元, under the staff account")
    func register() async throws {
        try await withApp { client, cast, database in
            let (account, _) = try await ConsoleTests.account(database, cast)
            var clerk = Browser()
            _ = try await clerk.logIn(client)
            let blank = try await clerk.send(client, .get, "/workers/new")
            #expect(blank.status == .ok && String(buffer: blank.body).contains("期望月薪（元）"))
            let once = try #require(Self.hidden("once", blank))
            let csrf = Browser.csrf(blank)

            var bad = Self.filledIn(idNumber: "64042219870512233")
            bad["name"] = ""
            bad["expected_monthly_wage_fen"] = "5000.555"
            bad["available_from"] = "2026/13/1"
            bad["phone"] = "12345"
            bad["education"] = "博士后"
            let refused = try await clerk.send(client, .post, "/workers/new", form: bad.merging(["csrf": csrf, "once": once]) { $1 })
            #expect(refused.status == .unprocessableContent)
            for column in ["name", "id_number", "expected_monthly_wage_fen", "available_from", "phone", "education"] {
                #expect(!Self.problems(column, refused).isEmpty, "\(column): \(String(buffer: refused.body))")
            }
            #expect(Self.problems("name", refused) == ["必填"])
            #expect(Self.problems("consent_method", refused).isEmpty && Self.problems("skills", refused).isEmpty)
            #expect(String(buffer: refused.body).contains("value=\"5000.555\""), "what the clerk typed stays in the form")
            #expect(try await Self.count(database, "SELECT count(*) FROM workers") == 0)

            let forged = try await clerk.send(client, .post, "/workers/new", form: Self.filledIn(idNumber: Fixtures.idNumber(sequence: 5)).merging(["once": once]) { $1 })
            #expect(forged.status == .forbidden)

            let good = Self.filledIn(idNumber: Fixtures.idNumber(sequence: 5), name: "马\"><img src=x onerror=alert(1)>")
                .merging(["csrf": csrf, "once": once]) { $1 }
            let saved = try await clerk.send(client, .post, "/workers/new", form: good)
            let location = try #require(saved.headers[.location])
            #expect(saved.status == .seeOther && location.hasPrefix("/workers/") && location.hasSuffix("?saved=registered"), "\(String(buffer: saved.body))")
            let again = try await clerk.send(client, .post, "/workers/new", form: good)
            #expect(again.headers[.location] == location, "a second press of the button registers no one twice")
            #expect(try await Self.count(database, "SELECT count(*) FROM workers") == 1)
            #expect(try await Self.count(database, "SELECT expected_monthly_wage_fen::int FROM workers") == 500_000, "5,000 typed under 元")
            #expect(try await Self.count(database, "SELECT count(*) FROM audit_log WHERE action = 'create' AND object_type = 'worker' AND key_id = '\(account.auditKeyId)'") == 1)

            let page = String(buffer: try await clerk.send(client, .get, location).body)
            #expect(page.contains("已登记。") && page.contains("马&quot;&gt;&lt;img src=x onerror=alert(1)&gt;") && !page.contains("<img"), "\(page)")

            let newForm = try await clerk.send(client, .get, "/workers/new")
            let twice = try await clerk.send(client, .post, "/workers/new", form: good.merging(["once": try #require(Self.hidden("once", newForm))]) { $1 })
            #expect(twice.status == .unprocessableContent && Self.problems("id_number", twice).first?.hasPrefix("此人已登记") == true, "\(String(buffer: twice.body))")
        }
    }

    @Test("an edit changes only what the clerk changed, refuses a page older than the record, and a withdrawal needs its confirmation")
    func editAndWithdraw() async throws {
        try await withApp { client, cast, database in
            let worker = try await PlacementsTests.worker(client, cast, sequence: 6)
            _ = try await ConsoleTests.account(database, cast)
            var clerk = Browser()
            _ = try await clerk.logIn(client)
            let form = try await clerk.send(client, .get, "/workers/\(worker)/edit")
            let html = String(buffer: form.body)
            #expect(form.status == .ok && html.contains("value=\"马小花\"") && html.contains("value=\"7533:缝纫工:4|9329\"") && html.contains("value=\"4500.00\""), "\(html)")
            #expect(html.contains("现为 138****5678") && !html.contains("13812345678"), "the phone only masked")
            let version = try #require(Self.hidden("version", form))
            var values = try #require(Self.editable(html))
            values["csrf"] = Browser.csrf(form)
            values["version"] = version

            values["expected_monthly_wage_fen"] = "abc"
            let bad = try await clerk.send(client, .post, "/workers/\(worker)/edit", form: values)
            #expect(bad.status == .unprocessableContent && !Self.problems("expected_monthly_wage_fen", bad).isEmpty)

            values["expected_monthly_wage_fen"] = "6000"
            let saved = try await clerk.send(client, .post, "/workers/\(worker)/edit", form: values)
            #expect(saved.headers[.location] == "/workers/\(worker)?saved=updated", "\(String(buffer: saved.body))")
            #expect(try await Self.count(database, "SELECT expected_monthly_wage_fen::int FROM workers") == 600_000)
            let fields = try await database.query("SELECT fields FROM audit_log WHERE action = 'update' AND object_type = 'worker'").collect().first!.decode([String].self)
            #expect(fields == ["expected_monthly_wage_fen"], "only what changed is a change")

            values["expected_monthly_wage_fen"] = "7000"
            let stale = try await clerk.send(client, .post, "/workers/\(worker)/edit", form: values)
            #expect(stale.status == .preconditionFailed && String(buffer: stale.body).contains("已被他人修改") && String(buffer: stale.body).contains("value=\"6000.00\""))
            #expect(try await Self.count(database, "SELECT expected_monthly_wage_fen::int FROM workers") == 600_000)

            let confirmPage = try await clerk.send(client, .get, "/workers/\(worker)/withdraw")
            let withdrawCsrf = Browser.csrf(confirmPage)
            let unconfirmed = try await clerk.send(client, .post, "/workers/\(worker)/withdraw", form: ["csrf": withdrawCsrf, "withdrawn_on": "2026-11-27"])
            #expect(unconfirmed.status == .unprocessableContent && String(buffer: unconfirmed.body).contains("请勾选确认"))
            #expect(try await Self.count(database, "SELECT count(*) FROM workers WHERE name IS NOT NULL") == 1)
            let future = try await clerk.send(client, .post, "/workers/\(worker)/withdraw", form: ["csrf": withdrawCsrf, "withdrawn_on": "2027-01-01", "confirm": "yes"])
            #expect(future.status == .unprocessableContent && String(buffer: future.body).contains("不能晚于"), "\(String(buffer: future.body))")
            let withdrawn = try await clerk.send(client, .post, "/workers/\(worker)/withdraw", form: ["csrf": withdrawCsrf, "withdrawn_on": "2026/11/27", "confirm": "yes"])
            #expect(withdrawn.headers[.location] == "/workers/\(worker)?saved=withdrawn")
            #expect(try await Self.count(database, "SELECT count(*) FROM workers WHERE name IS NULL") == 1)
            let after = String(buffer: try await clerk.send(client, .get, "/workers/\(worker)?saved=withdrawn").body)
            #expect(after.contains("已撤回授权同意") && !after.contains("修改信息"), "\(after)")
            #expect(try await clerk.send(client, .get, "/workers/\(worker)/edit").status == .conflict)
        }
    }

    /// The edit form's inputs and selected options, as a browser would send them back.
    static func editable(_ html: String) -> [String: String]? {
        var values: [String: String] = [:]
        for match in html.matches(of: /<input id="f-([a-z_]+)" name="[a-z_]+" value="([^"]*)"/) {
            values[String(match.1)] = String(match.2).replacingOccurrences(of: "&amp;", with: "&")
        }
        for match in html.matches(of: /<select id="f-([a-z_]+)"[^>]*>(.*?)<\/select>/) {
            let selected = match.2.firstMatch(of: /<option value="([^"]*)" selected>/)?.1 ?? ""
            values[String(match.1)] = String(selected)
        }
        return values.isEmpty ? nil : values
    }

    @Test("the home page lists what waits: answers its workers owe, last month's records not made, alerts not acknowledged")
    func worklist() async throws {
        try await withApp { client, cast, database in
            let vacancy = try await PlacementsTests.vacancy(client, cast)
            let waiting = try await PlacementsTests.worker(client, cast, sequence: 7)
            let proposed = try await client.send(.post, "/v1/placements", as: cast.xijiOrigin, json: #"{"worker_id":"\#(waiting)","vacancy_id":"\#(vacancy)"}"#)
            #expect(proposed.status == .created)
            let hiredWorker = try await client.send(.post, "/v1/workers", as: cast.xijiOrigin, json: Fixtures.workerJSON(idNumber: Fixtures.idNumber(sequence: 8), name: "李<四>"))
            let hiredId = try #require(hiredWorker.json["id"] as? String)
            let second = try await client.send(.post, "/v1/placements", as: cast.xijiOrigin, json: #"{"worker_id":"\#(hiredId)","vacancy_id":"\#(vacancy)"}"#)
            let placement = try #require(second.json["id"] as? String)
            _ = try await client.send(.post, "/v1/placements/\(placement)/transitions", as: cast.xijiOrigin, json: #"{"to":"accepted"}"#)
            let hireDay = CalendarDay(year: 2026, month: 10, day: 12)!
            try await PlacementsTests.dateSteps(database, placement: placement, before: hireDay)
            let hired = try await client.send(.post, "/v1/placements/\(placement)/transitions", as: cast.fuzhouDestination, json: #"{"to":"hired","on":"\#(hireDay)"}"#)
            #expect(hired.status == .ok, "\(hired.json)")
            _ = try await client.send(.post, "/v1/placements/\(placement)/transitions", as: cast.fuzhouDestination, json: #"{"to":"separated","on":"2026-11-20","reason":"回乡 <照顾老人> & 务农"}"#)

            _ = try await ConsoleTests.account(database, cast)
            var clerk = Browser()
            _ = try await clerk.logIn(client)
            let home = String(buffer: try await clerk.send(client, .get, "/").body)
            #expect(home.contains("等待劳动者答复的岗位") && home.contains("href=\"/workers/\(waiting)\""), "\(home)")
            #expect(home.contains("未确认的预警") && home.contains("回乡 &lt;照顾老人&gt; &amp; 务农") && home.contains("防返贫监测对象已于 2026-11-20 离职"), "\(home)")
            #expect(!home.contains("在岗情况未登记"), "a separated placement owes no months")
            let alertId = try #require(home.firstMatch(of: /action="\/alerts\/([0-9a-f-]+)\/acknowledge"/).map { String($0.1) })
            let homePage = try await clerk.send(client, .get, "/")
            let blankNote = try await clerk.send(client, .post, "/alerts/\(alertId)/acknowledge", form: ["csrf": Browser.csrf(homePage), "note": "  "])
            #expect(blankNote.status == .unprocessableContent && String(buffer: blankNote.body).contains("须填写处理情况"))
            let acknowledged = try await clerk.send(client, .post, "/alerts/\(alertId)/acknowledge", form: ["csrf": Browser.csrf(homePage), "note": "已电话回访 <本人在家>"])
            #expect(acknowledged.headers[.location] == "/?acknowledged=1")
            #expect(try await Self.count(database, "SELECT count(*) FROM alerts WHERE acknowledged_at IS NOT NULL AND acknowledgement_note = '已电话回访 <本人在家>'") == 1)
            #expect(!String(buffer: try await clerk.send(client, .get, "/").body).contains("未确认的预警"))

            // Another hired placement, its October not recorded: the month shows as overdue on both sides.
            try await database.query("UPDATE placements SET status = 'hired', separated_on = NULL, separation_reason = NULL WHERE id = \(UUID(uuidString: placement)!)")
            let overdue = String(buffer: try await clerk.send(client, .get, "/").body)
            #expect(overdue.contains("2026-10 在岗情况未登记") && overdue.contains("李&lt;四&gt;") && overdue.contains("2026-10-12"), "\(overdue)")
            _ = try await client.send(.post, "/v1/placements/\(placement)/months", as: cast.fuzhouDestination, json: #"{"month":"2026-10","wage_paid_fen":450000,"verified_by":"陈明"}"#)
            #expect(!String(buffer: try await clerk.send(client, .get, "/").body).contains("在岗情况未登记"))

            _ = try await ConsoleTests.account(database, cast, login: "fz.clerk", name: "福州经办", of: \.fuzhouDestination, role: .destinationBureau)
            var destination = Browser()
            _ = try await destination.logIn(client, login: "fz.clerk")
            let employerSide = String(buffer: try await destination.send(client, .get, "/").body)
            #expect(employerSide.contains("等待劳动者答复的岗位") && !employerSide.contains("马小花") && employerSide.contains("不显示姓名"),
                    "the employer's side does not learn who was proposed: \(employerSide)")
            #expect(!employerSide.contains("未确认的预警"), "alerts are the origin side's")

            _ = try await ConsoleTests.account(database, cast, login: "hy.clerk", name: "海原经办", of: \.haiyuanOrigin)
            var elsewhere = Browser()
            _ = try await elsewhere.logIn(client, login: "hy.clerk")
            let theirs = String(buffer: try await elsewhere.send(client, .get, "/").body)
            #expect(theirs.contains("目前没有待办事项") && !theirs.contains("马小花"), "another county sees none of it")
        }
    }
}
