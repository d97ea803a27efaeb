import Foundation
import HTTPTypes
import HummingbirdTesting
import MinningDomain
import MinningPersistence
import MinningTestSupport
import Testing

/// The fund ledger in the console: entries added once, large expenditures confirmed by a second
/// person, mistakes reversed, the chain verified; observers read.
@Suite("The console: the fund ledger")
struct ConsoleLedgerTests {
    typealias Browser = ConsoleTests.Browser

    static func ledgerCount(_ database: Database, kind: String) async throws -> Int {
        try await ConsoleWorkerFormsTests.count(database, "SELECT count(*) FROM fund_ledger WHERE kind = '\(kind)'")
    }

    @Test("an office records a transfer once per form, a large expenditure waits for a colleague, a reversal corrects it, the chain verifies; an observer reads and cannot write")
    func recordConfirmReverse() async throws {
        try await withApp { client, cast, database in
            let year = TestClock.today.year
            let active = try await client.send(.get, "/v1/pairings?region=640000&year=\(year)", as: cast.admin)
            let pairing = try #require(active.items.first?["id"] as? Int)
            for login in ["nx.clerk", "nx.cashier"] {
                _ = try await ConsoleTests.account(database, cast, login: login, name: login, of: \.ningxiaOffice, role: .cooperationOffice)
            }
            var clerk = Browser(), cashier = Browser()
            _ = try await clerk.logIn(client, database, login: "nx.clerk")
            _ = try await cashier.logIn(client, database, login: "nx.cashier")

            let page = try await clerk.send(client, .get, "/ledger?pairing=\(pairing)&year=\(year)")
            let html = String(buffer: page.body)
            #expect(page.status == .ok && html.contains("记一笔") && html.contains("这一年没有记录"), "\(html)")
            let once = try #require(ConsoleWorkerFormsTests.hidden("once", page))
            let empty = try await clerk.send(client, .post, "/ledger/entries", form: ["csrf": Browser.csrf(page), "once": once, "pairing_id": "\(pairing)"])
            #expect(empty.status == .unprocessableContent && String(buffer: empty.body).contains("请选择类别") && String(buffer: empty.body).contains("请填写金额"))

            let transfer = ["csrf": Browser.csrf(page), "once": once, "pairing_id": "\(pairing)", "year": "\(year)", "kind": "transfer",
                            "amount_yuan": "1,000,000.00", "entry_date": TestClock.today.description, "document_number": "闽财〔\(year)〕2号"]
            let added = try await clerk.send(client, .post, "/ledger/entries", form: transfer)
            #expect(added.headers[.location]?.contains("added=") == true, "\(String(buffer: added.body))")
            let twice = try await clerk.send(client, .post, "/ledger/entries", form: transfer)
            #expect(twice.headers[.location] == added.headers[.location], "a second press is answered from the first")
            #expect(try await Self.ledgerCount(database, kind: "transfer") == 1)
            let listed = String(buffer: try await clerk.send(client, .get, try #require(added.headers[.location])).body)
            #expect(listed.contains("已记入资金台账第") && listed.contains("1,000,000.00") && listed.contains("闽财〔\(year)〕2号"))

            var spend = transfer
            spend["once"] = ConsoleToken.generate().text
            spend["kind"] = "expenditure"
            spend["amount_yuan"] = "200000"
            spend["document_number"] = "宁闽协〔\(year)〕9号"
            let waiting = try await clerk.send(client, .post, "/ledger/entries", form: spend)
            #expect(waiting.headers[.location]?.contains("waiting=1") == true, "\(String(buffer: waiting.body))")
            #expect(try await Self.ledgerCount(database, kind: "expenditure") == 0, "above the threshold nothing is appended before a second person confirms")
            let mine = String(buffer: try await clerk.send(client, .get, "/ledger?pairing=\(pairing)&year=\(year)").body)
            #expect(mine.contains("由您登记，待他人确认") && !mine.contains("确认记账"))
            let pending = try #require(try await database.query("SELECT id FROM pending_expenditures").collect().first?.decode(UUID.self))
            let byRecorder = try await clerk.send(client, .post, "/ledger/pending/\(pending.uuidString.lowercased())/confirm", form: ["csrf": Browser.csrf(page)])
            #expect(byRecorder.status == .forbidden && String(buffer: byRecorder.body).contains("另一位工作人员"))
            let cashierPage = try await cashier.send(client, .get, "/ledger")
            #expect(String(buffer: cashierPage.body).contains("确认记账"))
            let confirmed = try await cashier.send(client, .post, "/ledger/pending/\(pending.uuidString.lowercased())/confirm", form: ["csrf": Browser.csrf(cashierPage)])
            #expect(confirmed.headers[.location]?.contains("confirmed=") == true, "\(String(buffer: confirmed.body))")
            #expect(try await Self.ledgerCount(database, kind: "expenditure") == 1)

            // The transfer cannot be reversed while its money is spent; the expenditure can.
            let transferPosition = try #require(try await database.query("SELECT position FROM fund_ledger WHERE kind = 'transfer'").collect().first?.decode(Int.self))
            let spentPosition = try #require(try await database.query("SELECT position FROM fund_ledger WHERE kind = 'expenditure'").collect().first?.decode(Int.self))
            let reversal = ["csrf": Browser.csrf(page), "once": ConsoleToken.generate().text, "entry_date": TestClock.today.description, "document_number": "冲销-1",
                            "pairing": "\(pairing)", "year": "\(year)"]
            let overspend = try await clerk.send(client, .post, "/ledger/entries/\(transferPosition)/reverse", form: reversal)
            #expect(overspend.status == .conflict, "\(String(buffer: overspend.body))")
            let reversed = try await clerk.send(client, .post, "/ledger/entries/\(spentPosition)/reverse", form: reversal.merging(["once": ConsoleToken.generate().text]) { $1 })
            #expect(reversed.headers[.location]?.contains("added=") == true, "\(String(buffer: reversed.body))")
            let after = String(buffer: try await clerk.send(client, .get, "/ledger?pairing=\(pairing)&year=\(year)").body)
            #expect(after.contains("已冲销") && after.contains("冲销第 \(spentPosition) 笔"))
            let verified = String(buffer: try await clerk.send(client, .get, "/ledger/verify").body)
            #expect(verified.contains("链条完整"), "\(verified)")

            _ = try await ConsoleTests.account(database, cast, login: "meeting.one", name: "秘书", of: \.observer, role: .observer)
            var observer = Browser()
            _ = try await observer.logIn(client, login: "meeting.one")
            let read = try await observer.send(client, .get, "/ledger")
            #expect(read.status == .ok && !String(buffer: read.body).contains("记一笔") && !String(buffer: read.body).contains("冲销此笔"))
            let refused = try await observer.send(client, .post, "/ledger/entries", form: transfer.merging(["csrf": Browser.csrf(read), "once": ConsoleToken.generate().text]) { $1 })
            #expect(refused.status == .forbidden)
            #expect(try await Self.ledgerCount(database, kind: "transfer") == 1)
        }
    }

    @Test("an office registers a project of a pairing in its scope (once per form), which the ledger's expenditure form then offers; an observer reads the list without the form")
    func projects() async throws {
        try await withApp { client, cast, database in
            let year = TestClock.today.year
            let pairing = try #require(try await client.send(.get, "/v1/pairings?region=640000&year=\(year)", as: cast.admin).items.first?["id"] as? Int)
            _ = try await ConsoleTests.account(database, cast, login: "nx.clerk", name: "协作办", of: \.ningxiaOffice, role: .cooperationOffice)
            var clerk = Browser()
            _ = try await clerk.logIn(client, database, login: "nx.clerk")
            let page = try await clerk.send(client, .get, "/projects")
            #expect(page.status == .ok && String(buffer: page.body).contains("还没有登记项目"))
            let form = ["csrf": Browser.csrf(page), "once": try #require(ConsoleWorkerFormsTests.hidden("once", page)), "pairing_id": "\(pairing)",
                        "category": "industry", "title": "闽宁镇<光伏>车间", "budget_yuan": "5,000,000", "status": "in_progress"]
            let bad = try await clerk.send(client, .post, "/projects", form: form.merging(["budget_yuan": "-1", "category": ""]) { $1 })
            #expect(bad.status == .unprocessableContent && String(buffer: bad.body).contains("请选择项目类别") && String(buffer: bad.body).contains("预算"))
            let saved = try await clerk.send(client, .post, "/projects", form: form)
            #expect(saved.headers[.location] == "/projects?saved=1", "\(String(buffer: saved.body))")
            #expect(try await clerk.send(client, .post, "/projects", form: form).headers[.location] == "/projects?saved=1")
            #expect(try await ConsoleWorkerFormsTests.count(database, "SELECT count(*) FROM projects WHERE budget_fen = 500000000") == 1)
            #expect(String(buffer: try await clerk.send(client, .get, "/projects").body).contains("闽宁镇&lt;光伏&gt;车间"))
            #expect(String(buffer: try await clerk.send(client, .get, "/ledger?pairing=\(pairing)&year=\(year)").body).contains(">闽宁镇&lt;光伏&gt;车间</option>"))

            _ = try await ConsoleTests.account(database, cast, login: "meeting.one", name: "秘书", of: \.observer, role: .observer)
            var observer = Browser()
            _ = try await observer.logIn(client, login: "meeting.one")
            let read = String(buffer: try await observer.send(client, .get, "/projects").body)
            #expect(read.contains("闽宁镇&lt;光伏&gt;车间") && !read.contains("登记项目</button>"))
        }
    }
}
