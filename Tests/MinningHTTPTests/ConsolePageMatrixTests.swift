import Foundation
import HTTPTypes
import HummingbirdTesting
import MinningDomain
import MinningTestSupport
import Testing

/// Every console page for every role, in and out of scope: the status each gets, and that no page
/// shows a role what the field-visibility table keeps from it.
@Suite("The console's pages × roles")
struct ConsolePageMatrixTests {
    @Test("each page answers each role as the use cases allow, and never shows a worker's name or 帮扶身份 to a role that may not read them")
    func matrix() async throws {
        try await withApp { client, cast, database in
            let own = try #require(try await client.send(.post, "/v1/workers", as: cast.xijiOrigin, json: Fixtures.workerJSON(
                idNumber: Fixtures.idNumber(sequence: 91), name: "丁秀兰")).json["id"] as? String)
            let other = try #require(try await client.send(.post, "/v1/workers", as: cast.haiyuanOrigin, json: Fixtures.workerJSON(
                idNumber: Fixtures.idNumber(region: "640522", sequence: 92), region: "640522", name: "海原人")).json["id"] as? String)
            let vacancy = try await PlacementsTests.vacancy(client, cast)
            func propose(_ worker: String, by caller: Fixtures.Caller) async throws -> String {
                let proposed = try await client.send(.post, "/v1/placements", as: caller, json: #"{"worker_id":"\#(worker)","vacancy_id":"\#(vacancy)"}"#)
                return try #require(proposed.json["id"] as? String, "\(proposed.json)")
            }
            let ownPlacement = try await propose(own, by: cast.xijiOrigin)
            let otherPlacement = try await propose(other, by: cast.haiyuanOrigin)
            struct Staff { let login: String; let caller: KeyPath<Fixtures.Cast, Fixtures.Caller>; let role: Role; let readsNames: Bool }
            let staff = [
                Staff(login: "admin.one", caller: \.admin, role: .admin, readsNames: true),
                Staff(login: "xiji.clerk", caller: \.xijiOrigin, role: .originBureau, readsNames: true),
                Staff(login: "fz.clerk", caller: \.fuzhouDestination, role: .destinationBureau, readsNames: false),
                Staff(login: "nx.office", caller: \.ningxiaOffice, role: .cooperationOffice, readsNames: false),
                Staff(login: "meeting.one", caller: \.observer, role: .observer, readsNames: false),
            ]
            // Expected statuses by page, in the order of `staff`.
            let pages: [(path: String, expected: [HTTPResponse.Status])] = [
                ("/", [.ok, .ok, .ok, .ok, .ok]),
                ("/password", [.ok, .ok, .ok, .ok, .ok]),
                ("/workers", [.ok, .ok, .ok, .forbidden, .forbidden]),
                ("/workers/\(own)", [.ok, .ok, .ok, .forbidden, .forbidden]),
                // 海原's worker: outside 西吉's scope; a destination bureau reads any available worker as a candidate.
                ("/workers/\(other)", [.ok, .notFound, .ok, .forbidden, .forbidden]),
                ("/workers/new", [.ok, .ok, .forbidden, .forbidden, .forbidden]),
                ("/workers/\(own)/edit", [.ok, .ok, .forbidden, .forbidden, .forbidden]),
                ("/workers/\(other)/edit", [.ok, .notFound, .forbidden, .forbidden, .forbidden]),
                ("/workers/\(own)/withdraw", [.ok, .ok, .forbidden, .forbidden, .forbidden]),
                ("/workers/\(other)/withdraw", [.ok, .notFound, .forbidden, .forbidden, .forbidden]),
                // Proposed to 福州's vacancy: the employer's side reads both, without the workers' names.
                ("/placements/\(ownPlacement)", [.ok, .ok, .ok, .forbidden, .forbidden]),
                ("/placements/\(otherPlacement)", [.ok, .notFound, .ok, .forbidden, .forbidden]),
                ("/allocations/new", [.ok, .ok, .forbidden, .forbidden, .forbidden]),
                ("/staff", [.ok, .forbidden, .forbidden, .forbidden, .forbidden]),
                ("/vacancies", [.ok, .ok, .ok, .forbidden, .forbidden]),
                // 福州's own vacancy: its clerk reads the candidates (丁秀兰 among them) without names.
                ("/vacancies/\(vacancy)", [.ok, .ok, .ok, .forbidden, .forbidden]),
                ("/imports/workers", [.ok, .ok, .forbidden, .forbidden, .forbidden]),
                ("/vacancies/new", [.ok, .forbidden, .ok, .forbidden, .forbidden]),
                ("/ledger", [.ok, .forbidden, .forbidden, .ok, .ok]),
                ("/bureaus", [.ok, .forbidden, .forbidden, .forbidden, .forbidden]),
                ("/employers", [.ok, .forbidden, .ok, .forbidden, .forbidden]),
                ("/parks", [.ok, .forbidden, .forbidden, .ok, .ok]),
                ("/meetings", [.ok, .forbidden, .forbidden, .ok, .ok]),
                ("/cooperation", [.ok, .forbidden, .forbidden, .ok, .ok]),
                ("/training", [.ok, .ok, .forbidden, .forbidden, .forbidden]),
                ("/projects", [.ok, .forbidden, .forbidden, .ok, .ok]),
                ("/assessment", [.ok, .forbidden, .forbidden, .ok, .ok]),
                ("/bureaus/\(cast.xijiOrigin.bureau.id.uuidString.lowercased())", [.ok, .forbidden, .forbidden, .forbidden, .forbidden]),
                ("/ledger/verify", [.ok, .forbidden, .forbidden, .ok, .ok]),
                ("/subsidies", [.ok, .forbidden, .forbidden, .ok, .forbidden]),
                ("/subsidies?status=approved", [.ok, .forbidden, .forbidden, .ok, .forbidden]),
                ("/reports", [.ok, .forbidden, .forbidden, .ok, .ok]),
                ("/reports/meeting?year=2026", [.ok, .forbidden, .forbidden, .ok, .ok]),
            ]
            // Forms sent with the session's token but nothing a use case accepts: each role is refused
            // or told what is wrong, and nothing changes.
            let forms: [(path: String, form: [String: String], expected: [HTTPResponse.Status])] = [
                ("/workers/new", ["name": "丁"], [.unprocessableContent, .unprocessableContent, .forbidden, .forbidden, .forbidden]),
                ("/workers/\(other)/withdraw", ["withdrawn_on": "2026-11-27"], [.unprocessableContent, .notFound, .forbidden, .forbidden, .forbidden]),
                ("/workers/\(own)/edit", ["name": "丁", "version": "1"], [.unprocessableContent, .unprocessableContent, .forbidden, .forbidden, .forbidden]),
                // A hire is the employer's side's step (or an office's), refused to the origin side; before the acceptance it conflicts.
                ("/placements/\(ownPlacement)/step", ["to": "hired", "on": "2026-11-27"], [.conflict, .forbidden, .conflict, .conflict, .forbidden]),
                ("/placements/\(otherPlacement)/months", ["month": "2026-11", "wage_yuan": "1", "verified_by": "x"], [.conflict, .forbidden, .conflict, .conflict, .forbidden]),
                ("/allocations/plan", ["worker_region": "64x"], [.unprocessableContent, .unprocessableContent, .forbidden, .forbidden, .forbidden]),
                ("/allocations/confirm", ["vacancy_occupation": "abc"], [.unprocessableContent, .unprocessableContent, .forbidden, .forbidden, .forbidden]),
                // Another county's worker is no worker of 西吉's to propose (422, as the API answers).
                ("/workers/\(other)/propose", ["vacancy_id": vacancy], [.conflict, .unprocessableContent, .conflict, .forbidden, .forbidden]),
                ("/employers", ["name": "x"], [.unprocessableContent, .forbidden, .unprocessableContent, .forbidden, .forbidden]),
                ("/bureaus", ["name": "x"], [.unprocessableContent, .forbidden, .forbidden, .forbidden, .forbidden]),
                ("/vacancies/new", ["title": "x"], [.unprocessableContent, .forbidden, .unprocessableContent, .forbidden, .forbidden]),
                ("/ledger/entries", ["kind": "transfer"], [.unprocessableContent, .forbidden, .forbidden, .unprocessableContent, .forbidden]),
                ("/ledger/pending/\(UUID().uuidString.lowercased())/confirm", [:], [.notFound, .forbidden, .forbidden, .notFound, .forbidden]),
                ("/subsidies/evaluate", ["as_of": "2026-13-01"], [.unprocessableContent, .forbidden, .forbidden, .unprocessableContent, .forbidden]),
                ("/subsidies/\(UUID().uuidString.lowercased())/decide", ["to": "approved"], [.notFound, .forbidden, .forbidden, .notFound, .forbidden]),
            ]
            for (index, person) in staff.enumerated() {
                _ = try await ConsoleTests.account(database, cast, login: person.login, name: "经办\(index)", of: person.caller, role: person.role)
                var browser = ConsoleTests.Browser()
                #expect(try await browser.logIn(client, database, login: person.login).headers[.location] == "/", "\(person.login)")
                for (path, expected) in pages {
                    let response = try await browser.send(client, .get, path)
                    let html = String(buffer: response.body)
                    #expect(response.status == expected[index], "\(person.login) GET \(path): \(response.status)")
                    #expect(response.headers[.contentType] == "text/html; charset=utf-8", "\(person.login) GET \(path)")
                    if !person.readsNames {
                        #expect(!html.contains("丁秀兰") && !html.contains("海原人"), "\(person.login) GET \(path) shows a name")
                        #expect(!html.contains(">帮扶身份<") && !html.contains("防返贫监测对象"), "\(person.login) GET \(path) shows 帮扶身份")
                    }
                }
                let token = ConsoleTests.Browser.csrf(try await browser.send(client, .get, "/password"))
                for (path, form, expected) in forms {
                    let response = try await browser.send(client, .post, path, form: form.merging(["csrf": token]) { $1 })
                    #expect(response.status == expected[index], "\(person.login) POST \(path): \(response.status)")
                    if !person.readsNames { #expect(!String(buffer: response.body).contains("丁秀兰"), "\(person.login) POST \(path) shows a name") }
                }
            }
            let unchanged = try await database.query("SELECT count(*) FROM workers WHERE name IS NOT NULL AND version = 1").collect().first!.decode(Int.self)
            #expect(unchanged == 2, "no refused form changed a worker")
            let placements = try await database.query("SELECT count(*) FROM placements WHERE status = 'proposed' AND version = 1").collect().first!.decode(Int.self)
            #expect(placements == 2, "no refused form moved or added a placement")
            // Without a session every page but the login sends the visitor to log in, and shows nothing.
            var anonymous = ConsoleTests.Browser()
            for (path, _) in pages {
                let response = try await anonymous.send(client, .get, path)
                #expect(response.status == .seeOther && response.headers[.location] == "/login" && response.body.readableBytes == 0, "GET \(path)")
            }
        }
    }
}
