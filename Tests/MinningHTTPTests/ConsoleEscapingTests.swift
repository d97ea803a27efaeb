import Foundation
import HTTPTypes
import HummingbirdTesting
import MinningDomain
import MinningTestSupport
import Testing

/// Free text that holds markup renders as text on every console page that shows it.
@Suite("The console: free text renders inert")
struct ConsoleEscapingTests {
    typealias Browser = ConsoleTests.Browser

    static let image = #""><img src=x onerror=alert(1)>"#
    static let script = "<script>alert(1)</script>"

    @Test("a vacancy titled with an <img onerror> and a rejection reason holding a <script> show as text, never as markup")
    func markupInFreeText() async throws {
        try await withApp { client, cast, database in
            // The hire that the office's claim comes from; its employer posts the vacancy below too.
            _ = try await SubsidiesTests.hiredWithThreeMonths(client, cast, database)
            let employer = try #require(try await database.query("SELECT id FROM employers LIMIT 1").collect().first?.decode(UUID.self)).uuidString.lowercased()
            let today = TestClock.today
            let json = VacanciesTests.vacancyJSON(employer: employer, startsOn: today.adding(days: 60).description, closesOn: today.adding(days: 30).description)
                .replacingOccurrences(of: #""title":"缝纫工""#, with: #""title":"A&B<C> \#(Self.image.replacingOccurrences(of: "\"", with: "\\\""))""#)
            let created = try await client.send(.post, "/v1/vacancies", as: cast.fuzhouDestination, json: json)
            let vacancy = try #require(created.json["id"] as? String, "\(created.json)")
            _ = try await ConsoleTests.account(database, cast, login: "fz.clerk", name: "福州经办", of: \.fuzhouDestination, role: .destinationBureau)
            var destination = Browser()
            _ = try await destination.logIn(client, login: "fz.clerk")
            for path in ["/vacancies", "/vacancies/\(vacancy)"] {
                let html = String(buffer: try await destination.send(client, .get, path).body)
                #expect(!html.contains("<img") && !html.contains("A&B<C>"), "\(path) holds markup")
                #expect(html.contains("A&amp;B&lt;C&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt;"), "\(path): \(html)")
            }

            _ = try await ConsoleTests.account(database, cast, login: "nx.office", name: "协作办", of: \.ningxiaOffice, role: .cooperationOffice)
            var office = Browser()
            _ = try await office.logIn(client, database, login: "nx.office")
            let page = try await office.send(client, .get, "/subsidies")
            _ = try await office.send(client, .post, "/subsidies/evaluate", form: ["csrf": Browser.csrf(page), "as_of": today.description])
            let claim = try #require(try await database.query("SELECT id FROM subsidy_claims LIMIT 1").collect().first?.decode(UUID.self))
            let rejected = try await office.send(client, .post, "/subsidies/\(claim.uuidString.lowercased())/decide",
                                                 form: ["csrf": Browser.csrf(page), "to": "rejected", "reason": Self.script])
            #expect(rejected.status == .seeOther, "\(String(buffer: rejected.body))")
            let html = String(buffer: try await office.send(client, .get, "/subsidies?status=rejected").body)
            #expect(!html.contains("<script>alert") && html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(html)")
        }
    }
}
