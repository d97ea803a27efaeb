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
}
