import Foundation
import HTTPTypes
import HummingbirdTesting
import MinningDomain
import MinningTestSupport
import Testing

/// Subsidy claims in the console: a cooperation office evaluates, one person approves, another pays.
@Suite("The console: subsidy claims")
struct ConsoleSubsidiesTests {
    typealias Browser = ConsoleTests.Browser

    @Test("an office evaluates placements into claims, one clerk approves and a second pays from a pairing's funds; the approver is shown no payment form and is refused one")
    func evaluateApprovePay() async throws {
        try await withApp { client, cast, database in
            _ = try await SubsidiesTests.hiredWithThreeMonths(client, cast, database)
            let year = TestClock.today.year
            let active = try await client.send(.get, "/v1/pairings?region=640000&year=\(year)", as: cast.admin)
            let funded = try #require(active.items.first?["id"] as? Int)
            let transfer = try await client.send(.post, "/v1/ledger/entries", as: cast.ningxiaOffice,
                json: #"{"kind":"transfer","pairing_id":\#(funded),"year":\#(year),"amount_fen":10000000,"entry_date":"\#(TestClock.today)","document_number":"闽财〔\#(year)〕2号"}"#)
            #expect(transfer.status == .created, "\(transfer.json)")
            for login in ["nx.clerk", "nx.cashier"] {
                _ = try await ConsoleTests.account(database, cast, login: login, name: login, of: \.ningxiaOffice, role: .cooperationOffice)
            }
            var clerk = Browser(), cashier = Browser()
            _ = try await clerk.logIn(client, database, login: "nx.clerk")
            _ = try await cashier.logIn(client, database, login: "nx.cashier")

            let empty = try await clerk.send(client, .get, "/subsidies")
            #expect(empty.status == .ok && String(buffer: empty.body).contains("没有待审核的申领"), "\(String(buffer: empty.body))")
            let badDay = try await clerk.send(client, .post, "/subsidies/evaluate", form: ["csrf": Browser.csrf(empty), "as_of": "2026-02-30"])
            #expect(badDay.status == .unprocessableContent && String(buffer: badDay.body).contains("2026-02-30"))
            #expect(try await ConsoleWorkerFormsTests.count(database, "SELECT count(*) FROM subsidy_claims") == 0)
            let evaluated = try await clerk.send(client, .post, "/subsidies/evaluate", form: ["csrf": Browser.csrf(empty), "as_of": TestClock.today.description])
            #expect(evaluated.headers[.location] == "/subsidies?evaluated=2&examined=1", "\(String(buffer: evaluated.body))")
            let pending = String(buffer: try await clerk.send(client, .get, "/subsidies").body)
            #expect(pending.contains("新生成") == false && pending.contains("500.00") && pending.contains("审核通过"), "\(pending)")
            #expect(!pending.contains("马小花"), "claims are decided on facts and name no one")

            let claim = try #require(try await database.query("SELECT id FROM subsidy_claims WHERE policy_code = 'transport_once'").collect().first?.decode(UUID.self))
            let path = "/subsidies/\(claim.uuidString.lowercased())/decide"
            let emptyReason = try await clerk.send(client, .post, path, form: ["csrf": Browser.csrf(empty), "to": "rejected", "reason": " "])
            #expect(emptyReason.status == .unprocessableContent && String(buffer: emptyReason.body).contains("驳回须填写原因"))
            let approved = try await clerk.send(client, .post, path, form: ["csrf": Browser.csrf(empty), "to": "approved"])
            #expect(approved.headers[.location] == "/subsidies?status=approved&decided=approved")
            let approverPage = String(buffer: try await clerk.send(client, .get, "/subsidies?status=approved").body)
            #expect(approverPage.contains("由您审核通过，须由另一位工作人员发放") && !approverPage.contains("value=\"paid\""), "\(approverPage)")
            let payment = ["to": "paid", "pairing_id": "\(funded)", "entry_date": TestClock.today.description, "document_number": "闽宁补〔\(year)〕1号"]
            let byApprover = try await clerk.send(client, .post, path, form: payment.merging(["csrf": Browser.csrf(empty)]) { $1 })
            #expect(byApprover.status == .forbidden && String(buffer: byApprover.body).contains("另一位工作人员"))

            let cashierPage = try await cashier.send(client, .get, "/subsidies?status=approved")
            let payForm = String(buffer: cashierPage.body)
            #expect(payForm.contains("value=\"paid\"") && payForm.contains("<option value=\"\(funded)\""), "\(payForm)")
            let noDocument = try await cashier.send(client, .post, path, form: payment.merging(["csrf": Browser.csrf(cashierPage), "document_number": ""]) { $1 })
            #expect(noDocument.status == .unprocessableContent && String(buffer: noDocument.body).contains("文号"))
            #expect(try await ConsoleWorkerFormsTests.count(database, "SELECT count(*) FROM fund_ledger WHERE kind = 'expenditure'") == 0)
            let paid = try await cashier.send(client, .post, path, form: payment.merging(["csrf": Browser.csrf(cashierPage)]) { $1 })
            #expect(paid.headers[.location] == "/subsidies?status=paid&decided=paid", "\(String(buffer: paid.body))")
            let paidPage = String(buffer: try await cashier.send(client, .get, "/subsidies?status=paid&decided=paid").body)
            #expect(paidPage.contains("已发放，支出已记入资金台账") && paidPage.contains("资金台账第 "))
            // A second click on the same button is told the claim is settled, and pays nothing more.
            let again = try await cashier.send(client, .post, path, form: payment.merging(["csrf": Browser.csrf(cashierPage)]) { $1 })
            #expect(again.status == .conflict)
            #expect(try await ConsoleWorkerFormsTests.count(database, "SELECT count(*) FROM fund_ledger WHERE kind = 'expenditure'") == 1)
            let audited = try await ConsoleWorkerFormsTests.count(database, """
                SELECT count(DISTINCT a.key_id) FROM audit_log a JOIN staff_accounts s ON s.audit_key_id = a.key_id
                WHERE a.object_type = 'subsidy_claim' AND a.object_id = '\(claim.uuidString.lowercased())'
                """)
            #expect(audited == 2, "the approval and the payment are each on the audit trail under its own person")
        }
    }

    @Test("the subsidy pages are the cooperation office's: a bureau or an observer is refused")
    func refused() async throws {
        try await withApp { client, cast, database in
            _ = try await ConsoleTests.account(database, cast)
            _ = try await ConsoleTests.account(database, cast, login: "observer", name: "观察员", of: \.observer, role: .observer)
            for login in ["ma.wen", "observer"] {
                var browser = Browser()
                _ = try await browser.logIn(client, database, login: login)
                let page = try await browser.send(client, .get, "/subsidies")
                #expect(page.status == .forbidden && !String(buffer: page.body).contains("核定"), "\(login)")
                let home = try await browser.send(client, .get, "/")
                #expect(try await browser.send(client, .post, "/subsidies/evaluate", form: ["csrf": Browser.csrf(home), "as_of": TestClock.today.description]).status == .forbidden)
            }
            #expect(try await ConsoleWorkerFormsTests.count(database, "SELECT count(*) FROM subsidy_claims") == 0)
        }
    }
}
