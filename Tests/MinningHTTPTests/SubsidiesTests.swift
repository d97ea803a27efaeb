import Foundation
import HTTPTypes
import HummingbirdTesting
import MinningDomain
import MinningPersistence
import MinningTestSupport
import PostgresNIO
import Testing

@Suite("Subsidies granted from facts")
struct SubsidiesTests {
    /// A monitored-household worker of 西吉, hired 100 days ago, with three paid months recorded.
    static func hiredWithThreeMonths(_ client: any TestClientProtocol, _ cast: Fixtures.Cast, _ database: Database) async throws -> String {
        let vacancy = try await PlacementsTests.vacancy(client, cast)
        let worker = try await PlacementsTests.worker(client, cast, sequence: 41)
        let proposed = try await client.send(.post, "/v1/placements", as: cast.xijiOrigin, json: #"{"worker_id":"\#(worker)","vacancy_id":"\#(vacancy)"}"#)
        let placement = try #require(proposed.json["id"] as? String)
        _ = try await client.send(.post, "/v1/placements/\(placement)/transitions", as: cast.xijiOrigin, json: #"{"to":"accepted"}"#)
        let hired = TestClock.today.adding(days: -100)
        try await PlacementsTests.dateSteps(database, placement: placement, before: hired)
        // A hire 100 days back is before the backdating window: the office records it, with a reason.
        let hire = try await client.send(.post, "/v1/placements/\(placement)/transitions", as: cast.ningxiaOffice,
            json: #"{"to":"hired","on":"\#(hired)","backdating_reason":"补录：合同已签，系统录入滞后"}"#)
        #expect(hire.status == .ok, "\(hire.json)")
        for offset in 0..<3 {
            let monthIndex = hired.year * 12 + hired.month - 1 + offset
            let month = String(format: "%04d-%02d", monthIndex / 12, monthIndex % 12 + 1)
            let recorded = try await client.send(.post, "/v1/placements/\(placement)/months", as: cast.ningxiaOffice,
                json: #"{"month":"\#(month)","wage_paid_fen":450000,"verified_by":"陈明","backdating_reason":"补录：工资单已核"}"#)
            #expect(recorded.status == .created, "\(recorded.json)")
        }
        return placement
    }

    @Test("evaluation creates each deserved claim once, even when run again and concurrently")
    func evaluation() async throws {
        try await withApp(.live) { client, cast, database in
            _ = try await Self.hiredWithThreeMonths(client, cast, database)
            // An office evaluates the placements it answers for: Xiamen's has none of a 西吉 worker hired in 福州.
            let xiamen = try await Fixtures(database: database).caller("厦门市闽宁办", kind: .cooperationOffice, region: "350200", role: .cooperationOffice)
            let elsewhere = try await client.send(.post, "/v1/subsidies/evaluations", as: xiamen, json: #"{"as_of":"\#(TestClock.today)"}"#)
            #expect(elsewhere.json["placements_examined"] as? Int == 0 && elsewhere.json["created_total"] as? Int == 0, "\(elsewhere.json)")
            let loopback = LoopbackClient(port: try #require(client.port))
            let today = TestClock.today.description
            let results = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<5 {
                    group.addTask {
                        let response = try await loopback.send("POST", "/v1/subsidies/evaluations", as: cast.ningxiaOffice, json: #"{"as_of":"\#(today)"}"#)
                        #expect(response.status == 200, "\(response.body)")
                        return response.body["created_total"] as? Int ?? -1
                    }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(results.reduce(0, +) == 2, "transport and 3-month subsidies, created once across concurrent runs: \(results)")
            let claims = try await client.send(.get, "/v1/subsidies/claims", as: cast.ningxiaOffice)
            #expect(Set(claims.items.compactMap { $0["policy_code"] as? String }) == ["transport_once", "stable_3_months"])
            let facts = try #require(claims.items.first?["facts"] as? [String: Any])
            #expect(facts["consecutive_verified_months"] as? Int == 3)
            let again = try await client.send(.post, "/v1/subsidies/evaluations", as: cast.ningxiaOffice, json: #"{"as_of":"\#(today)"}"#)
            #expect(again.json["created_total"] as? Int == 0)
            let stored = try await database.query("SELECT count(*) FROM subsidy_claims").collect().first!.decode(Int.self)
            #expect(stored == 2)
            let early = try await client.send(.post, "/v1/subsidies/evaluations", as: cast.ningxiaOffice,
                json: #"{"as_of":"\#(TestClock.today.adding(days: -150))"}"#)
            #expect(early.json["created_total"] as? Int == 0, "before the hire nothing is due")
        }
    }

    @Test("a claim is approved, then paid once from a pairing's transferred funds, with a ledger expenditure")
    func payment() async throws {
        try await withApp { client, cast, database in
            _ = try await Self.hiredWithThreeMonths(client, cast, database)
            _ = try await client.send(.post, "/v1/subsidies/evaluations", as: cast.admin, json: #"{"as_of":"\#(TestClock.today)"}"#)
            let claims = try await client.send(.get, "/v1/subsidies/claims?policy=transport_once", as: cast.ningxiaOffice)
            let claim = try #require(claims.items.first?["id"] as? String)
            // Four eyes: one clerk of the office approves, another pays.
            let cashier = try await Fixtures(database: database).colleague(of: cast.ningxiaOffice, label: "出纳")
            func step(_ json: String, as caller: Fixtures.Caller? = nil) async throws -> TestResponse {
                try await client.send(.post, "/v1/subsidies/claims/\(claim)/transitions", as: caller ?? cast.ningxiaOffice, json: json)
            }
            let year = TestClock.today.year
            let pairings = try await client.send(.get, "/v1/pairings?region=640422", as: cast.admin)
            let pairing = try #require(pairings.items.first?["id"] as? Int)
            let pay = #"{"to":"paid","pairing_id":\#(pairing),"entry_date":"\#(TestClock.today)","document_number":"闽宁补〔\#(year)〕1号"}"#
            #expect(try await step(pay).status == .conflict, "a pending claim is approved first")
            #expect(try await step(#"{"to":"paid"}"#).problemFields.sorted() == ["document_number", "entry_date", "pairing_id"])
            #expect(try await step(#"{"to":"approved"}"#).json["status"] as? String == "approved")
            // Pairings seeded for 西吉 may have ended; pay from one active this year, funded first.
            let active = try await client.send(.get, "/v1/pairings?region=640000&year=\(year)", as: cast.admin)
            let funded = try #require(active.items.first?["id"] as? Int)
            let payFunded = pay.replacingOccurrences(of: #""pairing_id":\#(pairing)"#, with: #""pairing_id":\#(funded)"#)
            #expect(try await step(payFunded, as: cashier).status == .conflict, "nothing was transferred yet: paying would overspend")
            let transfer = try await client.send(.post, "/v1/ledger/entries", as: cast.ningxiaOffice,
                json: #"{"kind":"transfer","pairing_id":\#(funded),"year":\#(year),"amount_fen":10000000,"entry_date":"\#(TestClock.today)","document_number":"闽财〔\#(year)〕2号"}"#)
            #expect(transfer.status == .created, "\(transfer.json)")
            let byApprover = try await step(payFunded)
            #expect(byApprover.status == .forbidden, "the approver cannot also pay")
            let paid = try await step(payFunded, as: cashier)
            #expect(paid.json["status"] as? String == "paid")
            let position = try #require(paid.json["ledger_position"] as? Int)
            let entry = try await client.send(.get, "/v1/ledger/entries/\(position)", as: cast.observer)
            #expect(entry.json["kind"] as? String == "expenditure" && entry.json["amount_fen"] as? Int == 50_000)
            #expect(try await step(payFunded, as: cashier).status == .conflict, "paid is final: never paid twice")
            let spent = try await database.query("SELECT count(*) FROM fund_ledger WHERE kind = 'expenditure'").collect().first!.decode(Int.self)
            #expect(spent == 1)
            // The subsidy report against the claims counted one by one, and the paid total against the ledger.
            var expected: [String: [Int]] = [:]
            for try await (policy, status, fen) in try await database.query(
                "SELECT policy_code, status, amount_fen FROM subsidy_claims WHERE extract(year FROM evaluated_as_of) = \(year)"
            ).decode((String, String, Int).self) {
                let counted = expected["\(policy) \(status)"] ?? [0, 0]
                expected["\(policy) \(status)"] = [counted[0] + 1, counted[1] + fen]
            }
            #expect(expected.count >= 2, "claims of several policies or states: \(expected)")
            let report = try await client.send(.get, "/v1/reports/subsidies?year=\(year)", as: cast.observer)
            let reported = Dictionary(uniqueKeysWithValues: (report.json["lines"] as? [[String: Any]] ?? []).map {
                ("\($0["policy_code"] as? String ?? "?") \($0["status"] as? String ?? "?")", [$0["claims"] as? Int ?? -1, $0["amount_fen"] as? Int ?? -1])
            })
            #expect(reported == expected)
            let ledgerPaid = try await database.query(
                "SELECT coalesce(sum(e.amount_fen), 0)::bigint FROM subsidy_claims c JOIN fund_ledger e ON e.position = c.ledger_position"
            ).collect().first!.decode(Int.self)
            #expect(report.json["paid_fen"] as? Int == ledgerPaid && ledgerPaid == 50_000)
        }
    }
}
