import Foundation
import HTTPTypes
import HummingbirdTesting
import MinningDomain
import MinningPersistence
import MinningTestSupport
import PostgresNIO
import Testing

@Suite("Four eyes on money")
struct FourEyesTests {
    @Test("an expenditure above ¥100,000 waits for a second key; its recorder cannot confirm it; two confirmations at once append once")
    func largeExpenditure() async throws {
        try await withApp(.live) { client, cast, database in
            let year = TestClock.today.year
            let pairing = try #require(try await client.send(.get, "/v1/pairings?region=640000&year=\(year)", as: cast.admin).items.first?["id"] as? Int)
            let transfer = try await client.send(.post, "/v1/ledger/entries", as: cast.ningxiaOffice,
                json: #"{"kind":"transfer","pairing_id":\#(pairing),"year":\#(year),"amount_fen":30000000,"entry_date":"\#(TestClock.today)","document_number":"闽财〔\#(year)〕5号"}"#)
            #expect(transfer.status == .created, "transfers take one key")
            func expenditure(_ fen: Int, _ number: Int) -> String {
                #"{"kind":"expenditure","pairing_id":\#(pairing),"year":\#(year),"amount_fen":\#(fen),"entry_date":"\#(TestClock.today)","document_number":"闽宁支〔\#(year)〕\#(number)号"}"#
            }
            let ledgerSize = { try await database.query("SELECT count(*) FROM fund_ledger").collect().first!.decode(Int.self) }
            let before = try await ledgerSize()
            #expect(try await client.send(.post, "/v1/ledger/entries", as: cast.ningxiaOffice, json: expenditure(10_000_000, 1)).status == .created,
                    "exactly ¥100,000 is not above the threshold")
            let recorded = try await client.send(.post, "/v1/ledger/entries", as: cast.ningxiaOffice, json: expenditure(15_000_000, 2))
            #expect(recorded.status == .accepted && recorded.json["status"] as? String == "pending", "\(recorded.json)")
            let id = try #require(recorded.json["id"] as? String)
            #expect(recorded.headers[.location] == "/v1/ledger/pending-expenditures/\(id)")
            #expect(try await ledgerSize() == before + 1, "nothing is appended while it waits")
            #expect(try await client.send(.post, "/v1/ledger/entries", as: cast.ningxiaOffice, json: expenditure(40_000_000, 3)).status == .conflict,
                    "an overspend is refused when recorded, not only when confirmed")
            let own = try await client.send(.post, "/v1/ledger/pending-expenditures/\(id)/confirmation", as: cast.ningxiaOffice)
            #expect(own.status == .forbidden, "the recorder cannot confirm")
            let cashier = try await Fixtures(database: database).colleague(of: cast.ningxiaOffice, label: "出纳")
            let other = try await Fixtures(database: database).colleague(of: cast.ningxiaOffice, label: "科长")
            let loopback = LoopbackClient(port: try #require(client.port))
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for caller in [cashier, other, cashier, other] {
                    group.addTask { try await loopback.send("POST", "/v1/ledger/pending-expenditures/\(id)/confirmation", as: caller).status }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(statuses.sorted() == [200, 409, 409, 409], "\(statuses)")
            #expect(try await ledgerSize() == before + 2, "appended once")
            let confirmed = try await client.send(.get, "/v1/ledger/pending-expenditures/\(id)", as: cast.observer)
            let position = try #require(confirmed.json["ledger_position"] as? Int)
            let entry = try await client.send(.get, "/v1/ledger/entries/\(position)", as: cast.observer)
            #expect(entry.json["amount_fen"] as? Int == 15_000_000 && entry.json["kind"] as? String == "expenditure")
            #expect(confirmed.json["status"] as? String == "confirmed" && confirmed.json["confirmed_by_key_id"] as? String != recorded.json["requested_by_key_id"] as? String)
            #expect(try await client.send(.get, "/v1/ledger/pending-expenditures?status=pending", as: cast.ningxiaOffice).items.isEmpty)
            #expect(try await client.send(.get, "/v1/ledger/verification", as: cast.observer).json["valid"] as? Bool == true)
        }
    }
}
