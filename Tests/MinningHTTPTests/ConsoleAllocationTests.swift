import Foundation
import HTTPTypes
import HummingbirdTesting
import MinningDomain
import MinningPersistence
import MinningTestSupport
import PostgresNIO
import Testing

/// Cohort allocation in the console: filters, the dry run's review, a forbidden pair, confirmation.
@Suite("The console: cohort allocation")
struct ConsoleAllocationTests {
    typealias Browser = ConsoleTests.Browser

    /// The workers the review table pairs, in its order.
    static func assigned(_ response: TestResponse) -> [String] {
        let html = String(buffer: response.body)
        guard let start = html.range(of: "<h2>人岗配对</h2>") else { return [] }
        let table = html[start.upperBound...]
        let end = table.range(of: "</table>")?.lowerBound ?? table.endIndex
        return table[..<end].matches(of: /<tr><td><a href="\/workers\/([0-9a-f-]+)">/).map { String($0.1) }
    }

    @Test("a dry run shows each pair with its reason and each unplaced worker with why; a forbidden pair moves the job; confirming proposes once")
    func reviewAndConfirm() async throws {
        try await withApp { client, cast, database in
            _ = try await PlacementsTests.vacancy(client, cast, openings: 1)
            for (sequence, name) in [(51, "丁一"), (52, "丁二")] {
                let created = try await client.send(.post, "/v1/workers", as: cast.xijiOrigin, json: Fixtures.workerJSON(idNumber: Fixtures.idNumber(sequence: sequence), name: name))
                #expect(created.status == .created)
            }
            _ = try await ConsoleTests.account(database, cast)
            var clerk = Browser()
            _ = try await clerk.logIn(client)
            let filters = try await clerk.send(client, .get, "/allocations/new")
            #expect(filters.status == .ok && String(buffer: filters.body).contains("试算分配方案"))
            let csrf = Browser.csrf(filters)

            let bad = try await clerk.send(client, .post, "/allocations/plan", form: ["csrf": csrf, "worker_region": "64x", "vacancy_occupation": "abc"])
            let badHTML = String(buffer: bad.body)
            #expect(bad.status == .unprocessableContent && badHTML.contains("field bad") && badHTML.contains("value=\"64x\""), "\(badHTML)")

            let plan = try await clerk.send(client, .post, "/allocations/plan", form: ["csrf": csrf, "worker_region": "640422"])
            let html = String(buffer: plan.body)
            #expect(plan.status == .ok && html.contains("可安置 <strong>1</strong> 人，未安置 1 人"), "\(html)")
            #expect(html.contains("岗位名额已被更优先的人员占满") && html.contains("得分 ") && html.contains("丁一") && html.contains("丁二"))
            let first = Self.assigned(plan)
            #expect(first.count == 1)
            #expect(try await ConsoleWorkerFormsTests.count(database, "SELECT count(*) FROM placements") == 0, "a dry run stores nothing")

            let vacancyId = try #require(try await database.query("SELECT id FROM vacancies").collect().first?.decode(UUID.self)).uuidString.lowercased()
            let forbidden = try await clerk.send(client, .post, "/allocations/plan", form: ["csrf": csrf, "worker_region": "640422", "forbidden": "\(first[0]):\(vacancyId)"])
            let moved = Self.assigned(forbidden)
            #expect(moved.count == 1 && moved != first && String(buffer: forbidden.body).contains("已排除 1 对"), "the forbidden pair gives the job to the other worker")

            let review = String(buffer: forbidden.body)
            let once = try #require(review.firstMatch(of: /name="once" value="([A-Za-z0-9_-]+)"/).map { String($0.1) })
            let confirm = ["csrf": csrf, "once": once, "worker_region": "640422", "forbidden": "\(first[0]):\(vacancyId)"]
            let confirmed = try await clerk.send(client, .post, "/allocations/confirm", form: confirm)
            #expect(confirmed.headers[.location] == "/?allocated=1", "\(String(buffer: confirmed.body))")
            #expect(try await clerk.send(client, .post, "/allocations/confirm", form: confirm).headers[.location] == "/?allocated=1")
            #expect(try await ConsoleWorkerFormsTests.count(database, "SELECT count(*) FROM placements WHERE status = 'proposed' AND worker_id = '\(moved[0])'") == 1)
            #expect(try await ConsoleWorkerFormsTests.count(database, "SELECT count(*) FROM placements") == 1, "pressed twice, proposed once")
            let home = String(buffer: try await clerk.send(client, .get, "/?allocated=1").body)
            #expect(home.contains("已按分配方案推荐 1 个岗位") && home.contains("等待劳动者答复的岗位"))

            _ = try await ConsoleTests.account(database, cast, login: "fz.clerk", name: "福州经办", of: \.fuzhouDestination, role: .destinationBureau)
            var destination = Browser()
            _ = try await destination.logIn(client, login: "fz.clerk")
            #expect(try await destination.send(client, .get, "/allocations/new").status == .forbidden)
        }
    }
}
