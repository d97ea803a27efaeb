import Foundation
import HTTPTypes
import HummingbirdTesting
import MinningDomain
import MinningPersistence
import MinningTestSupport
import PostgresNIO
import Testing

/// A placement in the console, both sides: proposed from a worker's recommendations, answered by
/// the origin clerk, hired, followed month by month and separated by the destination clerk.
@Suite("The console: placements")
struct ConsolePlacementsTests {
    typealias Browser = ConsoleTests.Browser

    static func field(_ name: String, _ response: TestResponse) -> String? { ConsoleWorkerFormsTests.hidden(name, response) }

    @Test("propose from the recommendations, answer, hire, record months and separate, each side with its own forms; the employer's side never sees the household's priority")
    func bothSides() async throws {
        try await withApp { client, cast, database in
            let vacancy = try await PlacementsTests.vacancy(client, cast)
            let worker = try await PlacementsTests.worker(client, cast, sequence: 41)
            _ = try await ConsoleTests.account(database, cast)
            _ = try await ConsoleTests.account(database, cast, login: "fz.clerk", name: "福州经办", of: \.fuzhouDestination, role: .destinationBureau)
            var origin = Browser(), destination = Browser()
            _ = try await origin.logIn(client)
            _ = try await destination.logIn(client, login: "fz.clerk")

            let workerPage = try await origin.send(client, .get, "/workers/\(worker)")
            #expect(String(buffer: workerPage.body).contains("推荐此岗位"))
            let once = try #require(Self.field("once", workerPage))
            let proposed = try await origin.send(client, .post, "/workers/\(worker)/propose", form: ["csrf": Browser.csrf(workerPage), "once": once, "vacancy_id": vacancy])
            let location = try #require(proposed.headers[.location], "\(String(buffer: proposed.body))")
            #expect(location.hasPrefix("/placements/") && location.hasSuffix("?saved=proposed"))
            let again = try await origin.send(client, .post, "/workers/\(worker)/propose", form: ["csrf": Browser.csrf(workerPage), "once": once, "vacancy_id": vacancy])
            #expect(again.headers[.location] == location, "the same button pressed twice proposes once")
            let path = String(location.split(separator: "?")[0])

            let originView = try await origin.send(client, .get, path)
            let originHTML = String(buffer: originView.body)
            #expect(originView.status == .ok && originHTML.contains("马小花") && originHTML.contains("劳动者接受") && originHTML.contains("优先：防返贫监测对象"), "\(originHTML)")
            #expect(!originHTML.contains("登记入职"), "hiring is the employer's side's")
            let employerView = String(buffer: try await destination.send(client, .get, path).body)
            #expect(!employerView.contains("马小花") && !employerView.contains("优先") && !employerView.contains("劳动者接受") && employerView.contains("撤回推荐"), "\(employerView)")

            let csrf = Browser.csrf(originView)
            #expect(try await origin.send(client, .post, "\(path)/step", form: ["csrf": csrf, "to": "hired", "on": "2026-11-27"]).status == .forbidden)
            #expect(try await origin.send(client, .post, "\(path)/step", form: ["csrf": csrf, "to": "accepted"]).headers[.location] == "\(path)?saved=accepted")

            let accepted = try await destination.send(client, .get, path)
            let acceptedHTML = String(buffer: accepted.body)
            #expect(acceptedHTML.contains("马小花") && acceptedHTML.contains("登记入职"), "accepted: the employer's side knows who comes")
            let token = Browser.csrf(accepted)
            let badDay = try await destination.send(client, .post, "\(path)/step", form: ["csrf": token, "to": "hired", "on": "2026-02-30"])
            #expect(badDay.status == .unprocessableContent && String(buffer: badDay.body).contains("日期“2026-02-30”"))
            let early = try await destination.send(client, .post, "\(path)/step", form: ["csrf": token, "to": "hired", "on": "2026-11-01"])
            #expect(early.status == .unprocessableContent, "before the acceptance: \(String(buffer: early.body))")
            #expect(try await destination.send(client, .post, "\(path)/step", form: ["csrf": token, "to": "hired", "on": "2026/11/27"]).headers[.location] == "\(path)?saved=hired")

            let noWage = try await destination.send(client, .post, "\(path)/months", form: ["csrf": token, "month": "2026-11", "verified_by": "陈明"])
            #expect(noWage.status == .unprocessableContent && String(buffer: noWage.body).contains("请填写实发工资"))
            let badMonth = try await destination.send(client, .post, "\(path)/months", form: ["csrf": token, "month": "2026-13", "wage_yuan": "4500", "verified_by": "陈明"])
            #expect(badMonth.status == .unprocessableContent && String(buffer: badMonth.body).contains("无法识别"))
            #expect(try await Self.count(database, "SELECT count(*) FROM placement_months") == 0)
            let paid = try await destination.send(client, .post, "\(path)/months", form: ["csrf": token, "month": "2026年11月", "wage_yuan": "4,500", "verified_by": "陈明"])
            #expect(paid.headers[.location] == "\(path)?saved=month", "\(String(buffer: paid.body))")
            #expect(try await Self.count(database, "SELECT wage_paid_fen::int FROM placement_months") == 450_000)
            let grid = String(buffer: try await destination.send(client, .get, path).body)
            #expect(grid.contains("<td>2026-11</td><td>已发工资 4,500.00 元</td><td>陈明</td>"), "\(grid)")
            let twice = try await destination.send(client, .post, "\(path)/months", form: ["csrf": token, "month": "2026-11", "wage_yuan": "4500", "verified_by": "陈明"])
            #expect(twice.status.code >= 400 && twice.status.code < 500, "a month is recorded once; a change is a correction: \(twice.status)")
            #expect(try await Self.count(database, "SELECT count(*) FROM placement_months") == 1)

            let noReason = try await destination.send(client, .post, "\(path)/step", form: ["csrf": token, "to": "separated", "on": "2026-11-27"])
            #expect(noReason.status == .unprocessableContent && String(buffer: noReason.body).contains("请填写离职原因"))
            let separated = try await destination.send(client, .post, "\(path)/step", form: ["csrf": token, "to": "separated", "on": "2026-11-27", "reason": "<b>回乡</b> & 务农"])
            #expect(separated.headers[.location] == "\(path)?saved=separated")
            let final = String(buffer: try await origin.send(client, .get, path).body)
            #expect(final.contains("&lt;b&gt;回乡&lt;/b&gt; &amp; 务农") && !final.contains("<b>回乡"), "\(final)")
            let home = String(buffer: try await origin.send(client, .get, "/").body)
            #expect(home.contains("防返贫监测对象已于 2026-11-27 离职"), "the separation of a monitored worker is an alert on the origin clerk's home page")

            _ = try await ConsoleTests.account(database, cast, login: "hy.clerk", name: "海原经办", of: \.haiyuanOrigin)
            var elsewhere = Browser()
            _ = try await elsewhere.logIn(client, login: "hy.clerk")
            #expect(try await elsewhere.send(client, .get, path).status == .notFound)
        }
    }

    static func count(_ database: Database, _ sql: String) async throws -> Int { try await ConsoleWorkerFormsTests.count(database, sql) }
}
