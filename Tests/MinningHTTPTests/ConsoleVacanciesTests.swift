import Foundation
import HTTPTypes
import HummingbirdTesting
import MinningDomain
import MinningTestSupport
import Testing

/// Vacancies and their candidates in the console.
@Suite("The console: vacancies and candidates")
struct ConsoleVacanciesTests {
    typealias Browser = ConsoleTests.Browser

    @Test("a destination clerk sees its vacancies and each one's best candidates without who they are, and proposes one; the origin side sees open vacancies without candidates")
    func candidates() async throws {
        try await withApp { client, cast, database in
            let vacancy = try await PlacementsTests.vacancy(client, cast)
            let worker = try await PlacementsTests.worker(client, cast, sequence: 61)
            _ = try await ConsoleTests.account(database, cast, login: "fz.clerk", name: "福州经办", of: \.fuzhouDestination, role: .destinationBureau)
            var destination = Browser()
            _ = try await destination.logIn(client, login: "fz.clerk")
            let list = String(buffer: try await destination.send(client, .get, "/vacancies").body)
            #expect(list.contains("href=\"/vacancies/\(vacancy)\""), "\(list)")
            let page = try await destination.send(client, .get, "/vacancies/\(vacancy)")
            let html = String(buffer: page.body)
            #expect(page.status == .ok && html.contains("最合适的候选人") && html.contains("value=\"\(worker)\"") && html.contains("得分 "), "\(html)")
            #expect(!html.contains("马小花") && !html.contains("优先") && !html.contains("防返贫监测对象"), "the employer's side learns nothing of who the candidate is")
            let once = try #require(html.firstMatch(of: /name="once" value="([A-Za-z0-9_-]+)"/).map { String($0.1) })
            let proposed = try await destination.send(client, .post, "/vacancies/\(vacancy)/propose", form: ["csrf": Browser.csrf(page), "once": once, "worker_id": worker])
            let location = try #require(proposed.headers[.location], "\(String(buffer: proposed.body))")
            #expect(location.hasPrefix("/placements/") && location.hasSuffix("?saved=proposed"))
            #expect(try await ConsoleWorkerFormsTests.count(database, "SELECT count(*) FROM placements WHERE status = 'proposed'") == 1)

            _ = try await ConsoleTests.account(database, cast)
            var origin = Browser()
            _ = try await origin.logIn(client)
            let seen = try await origin.send(client, .get, "/vacancies/\(vacancy)")
            #expect(seen.status == .ok && !String(buffer: seen.body).contains("最合适的候选人"), "candidates are the employer's side's")
            #expect(String(buffer: try await origin.send(client, .get, "/vacancies").body).contains("href=\"/vacancies/\(vacancy)\""))
            // The same pair again, from either side: one live placement per pair.
            #expect(try await origin.send(client, .post, "/vacancies/\(vacancy)/propose", form: ["csrf": Browser.csrf(seen), "worker_id": worker]).status == .conflict)
        }
    }

    @Test("a destination clerk posts a vacancy for one of the bureau's employers: the county's minimum wage is shown, every problem sits beside its field, a wage below the minimum is refused, a second press posts nothing more")
    func posting() async throws {
        try await withApp { client, cast, database in
            _ = try await VacanciesTests.employer(client, cast.fuzhouDestination)
            _ = try await ConsoleTests.account(database, cast, login: "fz.clerk", name: "福州经办", of: \.fuzhouDestination, role: .destinationBureau)
            var clerk = Browser()
            _ = try await clerk.logIn(client, login: "fz.clerk")
            let form = try await clerk.send(client, .get, "/vacancies/new")
            let html = String(buffer: form.body)
            #expect(form.status == .ok && html.contains("福州闽宁服装有限公司（\(Fixtures.creditCode())）") && html.contains("最低工资标准：") && html.contains("鼓楼区"), "\(html)")
            // The table the console's script reads while the clerk types (escaped like any value), and the script itself.
            #expect(html.contains("data-minimum-wages=\"{&quot;350102&quot;:196000") && html.contains("<script src=\"/console.js\" defer></script>"))
            #expect(form.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true && form.headers[.contentSecurityPolicy]?.contains("unsafe-inline") == false)
            let script = try await clerk.send(client, .get, "/console.js")
            #expect(script.status == .ok && script.headers[.contentType] == "text/javascript; charset=utf-8" && String(buffer: script.body).contains("data-minimum-wages"))
            let once = try #require(ConsoleWorkerFormsTests.hidden("once", form))
            let empty = try await clerk.send(client, .post, "/vacancies/new", form: ["csrf": Browser.csrf(form), "once": once])
            #expect(empty.status == .unprocessableContent && ConsoleWorkerFormsTests.problems("title", empty).count == 1, "\(String(buffer: empty.body))")
            let today = TestClock.today
            var filled = [
                "csrf": Browser.csrf(form), "once": once, "employer_credit_code": Fixtures.creditCode(), "title": "平车缝纫工 A&B<C>",
                "occupation_code": "8153", "openings": "30", "wage_min_fen": "1000", "wage_max_fen": "6,500", "housing_provided": "true",
                "meals_provided": "false", "work_region_code": "350102", "min_age": "18", "max_age": "50", "min_education": "primary",
                "required_certificates": "", "starts_on": today.adding(days: 40).description, "closes_on": today.adding(days: 30).description,
            ]
            let underpaid = try await clerk.send(client, .post, "/vacancies/new", form: filled)
            #expect(underpaid.status == .unprocessableContent && !ConsoleWorkerFormsTests.problems("wage_min_fen", underpaid).isEmpty, "\(String(buffer: underpaid.body))")
            #expect(try await ConsoleWorkerFormsTests.count(database, "SELECT count(*) FROM vacancies") == 0)
            filled["wage_min_fen"] = "4,500"
            let posted = try await clerk.send(client, .post, "/vacancies/new", form: filled)
            let location = try #require(posted.headers[.location], "\(String(buffer: posted.body))")
            #expect(location.hasPrefix("/vacancies/") && location.hasSuffix("?saved=posted"))
            #expect(try await clerk.send(client, .post, "/vacancies/new", form: filled).headers[.location] == location, "pressed twice, posted once")
            #expect(try await ConsoleWorkerFormsTests.count(database, "SELECT count(*) FROM vacancies WHERE wage_min_fen = 450000 AND wage_max_fen = 650000") == 1)
            let shown = String(buffer: try await clerk.send(client, .get, location).body)
            #expect(shown.contains("已发布岗位") && shown.contains("平车缝纫工 A&amp;B&lt;C&gt;") && shown.contains("4,500.00–6,500.00"))

            _ = try await ConsoleTests.account(database, cast)
            var origin = Browser()
            _ = try await origin.logIn(client)
            #expect(try await origin.send(client, .get, "/vacancies/new").status == .forbidden)
        }
    }
}
