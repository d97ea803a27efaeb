import Foundation
import HTTPTypes
import HummingbirdTesting
import MinningDomain
import MinningPersistence
import MinningTestSupport
import PostgresNIO
import Testing

@Suite("Corrections of dated facts")
struct CorrectionsTests {
    /// A placement of a 西吉 worker hired on `hiredOn`, its proposal and acceptance dated before.
    static func hired(_ client: any TestClientProtocol, _ cast: Fixtures.Cast, _ database: Database, sequence: Int, on hiredOn: CalendarDay) async throws -> String {
        let vacancy = try await PlacementsTests.vacancy(client, cast)
        let worker = try await PlacementsTests.worker(client, cast, sequence: sequence)
        let proposed = try await client.send(.post, "/v1/placements", as: cast.xijiOrigin, json: #"{"worker_id":"\#(worker)","vacancy_id":"\#(vacancy)"}"#)
        let placement = try #require(proposed.json["id"] as? String)
        _ = try await client.send(.post, "/v1/placements/\(placement)/transitions", as: cast.xijiOrigin, json: #"{"to":"accepted"}"#)
        try await PlacementsTests.dateSteps(database, placement: placement, before: hiredOn)
        let backdated = hiredOn < BackdatingWindow.standard.start(today: TestClock.today)
        let hired = try await client.send(.post, "/v1/placements/\(placement)/transitions", as: backdated ? cast.ningxiaOffice : cast.fuzhouDestination,
            json: backdated ? #"{"to":"hired","on":"\#(hiredOn)","backdating_reason":"补录"}"# : #"{"to":"hired","on":"\#(hiredOn)"}"#)
        #expect(hired.status == .ok, "\(hired.json)")
        return placement
    }

    @Test("a wrong hire date is corrected with a reason and the old day kept; a claim it no longer justifies is withdrawn")
    func correctHire() async throws {
        try await withApp { client, cast, database in
            let hiredOn = TestClock.today.adding(days: -10)
            let placement = try await Self.hired(client, cast, database, sequence: 71, on: hiredOn)
            func correct(_ json: String, as caller: Fixtures.Caller) async throws -> TestResponse {
                try await client.send(.post, "/v1/placements/\(placement)/corrections", as: caller, json: json)
            }
            // A transport subsidy judged as of the day of hire.
            let evaluated = try await client.send(.post, "/v1/subsidies/evaluations", as: cast.ningxiaOffice, json: #"{"as_of":"\#(hiredOn)"}"#)
            #expect(evaluated.json["created_total"] as? Int == 1, "\(evaluated.json)")
            #expect(try await correct(#"{"fact":"hired_on","to":"\#(hiredOn.adding(days: 3))","reason":"录入错误"}"#, as: cast.xijiOrigin).status == .forbidden,
                    "the worker's side does not correct the employer's facts")
            let beforeAcceptance = try await correct(#"{"fact":"hired_on","to":"\#(hiredOn.adding(days: -2))","reason":"录入错误"}"#, as: cast.fuzhouDestination)
            #expect(beforeAcceptance.status == .unprocessableContent && beforeAcceptance.problemFields == ["to"])
            #expect(try await correct(#"{"fact":"hired_on","to":"\#(hiredOn.adding(days: 3))"}"#, as: cast.fuzhouDestination).problemFields == ["reason"])
            let corrected = try await correct(#"{"fact":"hired_on","to":"\#(hiredOn.adding(days: 3))","reason":"合同签订日为准"}"#, as: cast.fuzhouDestination)
            #expect(corrected.status == .ok && corrected.json["hired_on"] as? String == hiredOn.adding(days: 3).description, "\(corrected.json)")
            let history = try await client.send(.get, "/v1/placements/\(placement)/corrections", as: cast.xijiOrigin).items
            #expect(history.count == 1 && history.first?["old_value"] as? String == hiredOn.description
                    && history.first?["new_value"] as? String == hiredOn.adding(days: 3).description && history.first?["reason"] as? String == "合同签订日为准")
            let claims = try await client.send(.get, "/v1/subsidies/claims?policy=transport_once", as: cast.ningxiaOffice).items
            #expect(claims.first?["status"] as? String == "withdrawn", "judged as of a day before the corrected hire: \(claims)")
            #expect(claims.first?["withdrawal_reason"] as? String == "hired_on corrected from \(hiredOn) to \(hiredOn.adding(days: 3)): 合同签订日为准")
            let inChinese = try await client.send(.get, "/v1/subsidies/claims?policy=transport_once", as: cast.ningxiaOffice, headers: [.acceptLanguage: "zh"]).items
            #expect(inChinese.first?["withdrawal_reason"] as? String == "上岗日期由 \(hiredOn) 更正为 \(hiredOn.adding(days: 3))：合同签订日为准", "\(inChinese)")
            await #expect(throws: (any Error).self, "corrections are append-only") {
                try await database.query("UPDATE placement_corrections SET reason = 'x'")
            }
            let audited = try await database.query("SELECT count(*) FROM audit_log WHERE action = 'correct' AND object_type = 'placement'").collect().first!.decode(Int.self)
            #expect(audited == 1)
        }
    }

    @Test("a fact older than the correction window is corrected by a cooperation office, not by the employer's side")
    func window() async throws {
        try await withApp { client, cast, database in
            let hiredOn = TestClock.today.adding(days: -70)
            let placement = try await Self.hired(client, cast, database, sequence: 73, on: hiredOn)
            let month = hiredOn.firstOfMonth
            let recorded = try await client.send(.post, "/v1/placements/\(placement)/months", as: cast.ningxiaOffice,
                json: #"{"month":"\#(month.monthText)","wage_paid_fen":450000,"verified_by":"陈明","backdating_reason":"补录"}"#)
            #expect(recorded.status == .created)
            let body = #"{"fact":"hired_on","to":"\#(hiredOn.adding(days: 1))","reason":"录入错误"}"#
            let late = try await client.send(.post, "/v1/placements/\(placement)/corrections", as: cast.fuzhouDestination, json: body)
            #expect(late.status == .forbidden, "\(late.json)")
            let afterMonth = try await client.send(.post, "/v1/placements/\(placement)/corrections", as: cast.ningxiaOffice,
                json: #"{"fact":"hired_on","to":"\#(month.adding(days: 40))","reason":"录入错误"}"#)
            #expect(afterMonth.problemFields == ["to"], "a hire may not move after a month already recorded as worked")
            let byOffice = try await client.send(.post, "/v1/placements/\(placement)/corrections", as: cast.ningxiaOffice, json: body)
            #expect(byOffice.status == .ok && byOffice.json["hired_on"] as? String == hiredOn.adding(days: 1).description, "\(byOffice.json)")
        }
    }

    @Test("a paid claim whose facts a correction took away stays paid and raises an alert for the office")
    func paidClaim() async throws {
        try await withApp { client, cast, database in
            let hiredOn = TestClock.today.adding(days: -10)
            let placement = try await Self.hired(client, cast, database, sequence: 75, on: hiredOn)
            _ = try await client.send(.post, "/v1/subsidies/evaluations", as: cast.ningxiaOffice, json: #"{"as_of":"\#(hiredOn)"}"#)
            let claim = try #require(try await client.send(.get, "/v1/subsidies/claims?policy=transport_once", as: cast.ningxiaOffice).items.first?["id"] as? String)
            let year = TestClock.today.year
            let pairing = try #require(try await client.send(.get, "/v1/pairings?region=640000&year=\(year)", as: cast.admin).items.first?["id"] as? Int)
            _ = try await client.send(.post, "/v1/ledger/entries", as: cast.ningxiaOffice,
                json: #"{"kind":"transfer","pairing_id":\#(pairing),"year":\#(year),"amount_fen":1000000,"entry_date":"\#(TestClock.today)","document_number":"闽财〔\#(year)〕7号"}"#)
            _ = try await client.send(.post, "/v1/subsidies/claims/\(claim)/transitions", as: cast.ningxiaOffice, json: #"{"to":"approved"}"#)
            let cashier = try await Fixtures(database: database).colleague(of: cast.ningxiaOffice, label: "出纳")
            let paid = try await client.send(.post, "/v1/subsidies/claims/\(claim)/transitions", as: cashier,
                json: #"{"to":"paid","pairing_id":\#(pairing),"entry_date":"\#(TestClock.today)","document_number":"闽宁补〔\#(year)〕9号"}"#)
            #expect(paid.json["status"] as? String == "paid", "\(paid.json)")
            let corrected = try await client.send(.post, "/v1/placements/\(placement)/corrections", as: cast.fuzhouDestination,
                json: #"{"fact":"hired_on","to":"\#(hiredOn.adding(days: 3))","reason":"以劳动合同为准"}"#)
            #expect(corrected.status == .ok)
            let after = try await client.send(.get, "/v1/subsidies/claims?policy=transport_once", as: cast.ningxiaOffice).items.first
            #expect(after?["status"] as? String == "paid", "a paid claim is never reversed silently")
            let alerts = try await client.send(.get, "/v1/alerts", as: cast.ningxiaOffice).items
            let alert = alerts.first { $0["kind"] as? String == "paid_claim_facts_changed" }
            #expect(alert?["placement_id"] as? String == placement && (alert?["details"] as? String)?.contains(claim) == true, "\(alerts)")
        }
    }

    @Test("a day before the backdating window is the cooperation office's to record, with a reason that is kept")
    func backdating() async throws {
        try await withApp { client, cast, database in
            let vacancy = try await PlacementsTests.vacancy(client, cast)
            let worker = try await PlacementsTests.worker(client, cast, sequence: 77)
            let proposed = try await client.send(.post, "/v1/placements", as: cast.xijiOrigin, json: #"{"worker_id":"\#(worker)","vacancy_id":"\#(vacancy)"}"#)
            let placement = try #require(proposed.json["id"] as? String)
            _ = try await client.send(.post, "/v1/placements/\(placement)/transitions", as: cast.xijiOrigin, json: #"{"to":"accepted"}"#)
            let hiredOn = TestClock.today.adding(days: -70)
            try await PlacementsTests.dateSteps(database, placement: placement, before: hiredOn)
            func step(_ json: String, as caller: Fixtures.Caller) async throws -> TestResponse {
                try await client.send(.post, "/v1/placements/\(placement)/transitions", as: caller, json: json)
            }
            let start = BackdatingWindow.standard.start(today: TestClock.today)
            let byBureau = try await step(#"{"to":"hired","on":"\#(hiredOn)"}"#, as: cast.fuzhouDestination)
            #expect(byBureau.problemFields == ["on"] && ((byBureau.json["errors"] as? [[String: Any]])?.first?["message"] as? String)?.contains("must not be before \(start)") == true, "\(byBureau.json)")
            #expect(try await step(#"{"to":"hired","on":"\#(hiredOn)"}"#, as: cast.ningxiaOffice).problemFields == ["backdating_reason"])
            #expect(try await step(#"{"to":"withdrawn"}"#, as: cast.ningxiaOffice).status == .forbidden, "offices record hires and separations only")
            let byOffice = try await step(#"{"to":"hired","on":"\#(hiredOn)","backdating_reason":"合同已签，系统补录"}"#, as: cast.ningxiaOffice)
            #expect(byOffice.status == .ok && byOffice.json["hired_on"] as? String == hiredOn.description, "\(byOffice.json)")
            let month = #"{"month":"\#(hiredOn.monthText)","wage_paid_fen":450000,"verified_by":"陈明"}"#
            #expect(try await client.send(.post, "/v1/placements/\(placement)/months", as: cast.fuzhouDestination, json: month).problemFields == ["month"])
            let monthByOffice = try await client.send(.post, "/v1/placements/\(placement)/months", as: cast.ningxiaOffice,
                json: month.replacingOccurrences(of: "}", with: #","backdating_reason":"工资单补录"}"#))
            #expect(monthByOffice.status == .created, "\(monthByOffice.json)")
            let kept = try await database.query("SELECT fact, reason FROM backdated_facts ORDER BY recorded_at, fact").collect().map { try $0.decode((String, String).self) }
            #expect(kept.map(\.0).sorted() == ["hired_on", "month"] && kept.contains { $0.1 == "合同已签，系统补录" })
        }
    }

    @Test("a month's wage is corrected with a reason; a claim the months no longer justify is withdrawn and the unpaid month raises its alert")
    func correctMonth() async throws {
        try await withApp { client, cast, database in
            let placement = try await SubsidiesTests.hiredWithThreeMonths(client, cast, database)
            _ = try await client.send(.post, "/v1/subsidies/evaluations", as: cast.ningxiaOffice, json: #"{"as_of":"\#(TestClock.today)"}"#)
            let months = try await database.query("SELECT month FROM placement_months WHERE placement_id = \(UUID(uuidString: placement)!) ORDER BY month")
                .collect().map { try $0.decode(CalendarDay.self) }
            let middle = try #require(months.dropFirst().first)
            func correct(_ json: String, as caller: Fixtures.Caller) async throws -> TestResponse {
                try await client.send(.post, "/v1/placements/\(placement)/month-corrections", as: caller, json: json)
            }
            let unpaid = #"{"month":"\#(middle.monthText)","wage_paid_fen":null,"reason":"工资实际未发，核查后更正"}"#
            #expect(try await correct(unpaid, as: cast.fuzhouDestination).status == .forbidden, "a month before the window is the office's to correct")
            #expect(try await correct(#"{"month":"2021-01","wage_paid_fen":1,"reason":"x"}"#, as: cast.ningxiaOffice).problemFields == ["month"])
            #expect(try await correct(#"{"month":"\#(middle.monthText)","wage_paid_fen":450000,"reason":"x"}"#, as: cast.ningxiaOffice).problemFields == ["wage_paid_fen"])
            let corrected = try await correct(unpaid, as: cast.ningxiaOffice)
            #expect(corrected.status == .ok && corrected.json["consecutive_verified_months"] as? Int == 1, "\(corrected.json)")
            let claims = try await client.send(.get, "/v1/subsidies/claims?policy=stable_3_months", as: cast.ningxiaOffice).items
            #expect(claims.first?["status"] as? String == "withdrawn", "\(claims)")
            let alerts = try await client.send(.get, "/v1/alerts", as: cast.xijiOrigin).items
            #expect(alerts.contains { $0["kind"] as? String == "wage_missing" && $0["month"] as? String == middle.monthText })
            let kept = try await database.query("SELECT old_wage_paid_fen, new_wage_paid_fen FROM placement_month_corrections").collect().map { try $0.decode((Int?, Int?).self) }
            #expect(kept.count == 1 && kept.first?.0 == 450_000 && kept.first?.1 == nil)
        }
    }

    @Test("a month recorded in error is struck out, never deleted: it leaves the months, withdraws the claim it carried, and can be brought back")
    func strikeOutMonth() async throws {
        try await withApp { client, cast, database in
            let placement = try await SubsidiesTests.hiredWithThreeMonths(client, cast, database)
            _ = try await client.send(.post, "/v1/subsidies/evaluations", as: cast.ningxiaOffice, json: #"{"as_of":"\#(TestClock.today)"}"#)
            let months = try await database.query("SELECT month FROM placement_months WHERE placement_id = \(UUID(uuidString: placement)!) ORDER BY month")
                .collect().map { try $0.decode(CalendarDay.self) }
            let last = try #require(months.last)
            func correct(_ json: String) async throws -> TestResponse {
                try await client.send(.post, "/v1/placements/\(placement)/month-corrections", as: cast.ningxiaOffice, json: json)
            }
            let paidAndStruck = try await correct(#"{"month":"\#(last.monthText)","worked":false,"wage_paid_fen":450000,"reason":"误录"}"#)
            #expect(paidAndStruck.problemFields == ["wage_paid_fen"], "a month not worked has no wage")
            #expect(try await correct(#"{"month":"\#(last.monthText)","worked":true,"reason":"误录"}"#).problemFields == ["wage_paid_fen"])
            let struck = try await correct(#"{"month":"\#(last.monthText)","worked":false,"reason":"该月未上岗，误录"}"#)
            #expect(struck.status == .ok, "\(struck.json)")
            #expect(struck.json["consecutive_verified_months"] as? Int == 2, "\(struck.json)")
            let counted = try await database.query("SELECT month FROM placement_months WHERE placement_id = \(UUID(uuidString: placement)!) AND worked ORDER BY month")
                .collect().map { try $0.decode(CalendarDay.self) }
            #expect(counted == Array(months.dropLast()))
            #expect(try await correct(#"{"month":"\#(last.monthText)","worked":false,"reason":"再次"}"#).problemFields == ["worked"])
            let claims = try await client.send(.get, "/v1/subsidies/claims?policy=stable_3_months", as: cast.ningxiaOffice).items
            #expect(claims.first?["status"] as? String == "withdrawn", "\(claims)")
            // The row stays, struck out, beside the correction that struck it.
            let row = try await database.query("SELECT worked, wage_paid_fen FROM placement_months WHERE month = \(last)").collect().first?.decode((Bool, Int?).self)
            #expect(row?.0 == false && row?.1 == nil)
            // Recording it again is a conflict; a correction brings it back.
            let again = try await client.send(.post, "/v1/placements/\(placement)/months", as: cast.ningxiaOffice,
                json: #"{"month":"\#(last.monthText)","wage_paid_fen":450000,"verified_by":"陈明"}"#)
            #expect(again.status == .conflict)
            let back = try await correct(#"{"month":"\#(last.monthText)","worked":true,"wage_paid_fen":450000,"reason":"核实确已上岗"}"#)
            #expect(back.json["consecutive_verified_months"] as? Int == 3, "\(back.json)")
            let kept = try await database.query("SELECT old_worked, new_worked, new_wage_paid_fen FROM placement_month_corrections ORDER BY recorded_order")
                .collect().map { try $0.decode((Bool, Bool, Int?).self) }
            #expect(kept.map(\.0) == [true, false] && kept.map(\.1) == [false, true] && kept.map(\.2) == [nil, 450_000])
            let history = try await client.send(.get, "/v1/placements/\(placement)/month-corrections", as: cast.xijiOrigin).items
            #expect(history.map { $0["reason"] as? String } == ["该月未上岗，误录", "核实确已上岗"])
            #expect((history.first?["old"] as? [String: Any])?["wage_paid_fen"] as? Int == 450_000)
            #expect((history.first?["new"] as? [String: Any])?["worked"] as? Bool == false)
            #expect((history.first?["new"] as? [String: Any]).map { $0.keys.sorted() } == ["wage_paid_fen", "worked"])
        }
    }
}
