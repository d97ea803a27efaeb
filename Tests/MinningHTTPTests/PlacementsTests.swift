import Foundation
import HTTPTypes
import HummingbirdTesting
import MinningDomain
import MinningPersistence
import MinningTestSupport
import NIOCore
import PostgresNIO
import Testing

@Suite("Matching and placements over HTTP")
struct PlacementsTests {
    /// A vacancy of the Fuzhou caller's employer, open for matching whenever the suite runs.
    static func vacancy(_ client: any TestClientProtocol, _ cast: Fixtures.Cast, employer: String? = nil, openings: Int = 20) async throws -> String {
        let employer = if let employer { employer } else { try await VacanciesTests.employer(client, cast.fuzhouDestination) }
        let today = TestClock.today
        let json = VacanciesTests.vacancyJSON(
            employer: employer, startsOn: today.adding(days: 60).description, closesOn: today.adding(days: 30).description
        ).replacingOccurrences(of: #""openings":20"#, with: #""openings":\#(openings)"#)
        let created = try await client.send(.post, "/v1/vacancies", as: cast.fuzhouDestination, json: json)
        return try #require(created.json["id"] as? String, "\(created.json)")
    }

    /// Moves a placement's proposal and acceptance to before `day`, as if they had been recorded
    /// then: no request may date them, and a hire must come after both.
    static func dateSteps(_ database: Database, placement: String, before day: CalendarDay) async throws {
        let id = try #require(UUID(uuidString: placement))
        try await database.query(
            "UPDATE placements SET proposed_on = \(day.adding(days: -5)), accepted_on = \(day.adding(days: -1)) WHERE id = \(id)"
        )
    }

    static func worker(_ client: any TestClientProtocol, _ cast: Fixtures.Cast, sequence: Int, extra: String = "") async throws -> String {
        let created = try await client.send(.post, "/v1/workers", as: cast.xijiOrigin, json: Fixtures.workerJSON(idNumber: Fixtures.idNumber(sequence: sequence), extra: extra))
        return try #require(created.json["id"] as? String, "\(created.json)")
    }

    @Test("a worker's recommendations name the vacancy with its explanation; a vacancy's candidates carry no name, ID or phone")
    func recommendationsAndCandidates() async throws {
        try await withApp { client, cast, _ in
            let vacancy = try await Self.vacancy(client, cast)
            let worker = try await Self.worker(client, cast, sequence: 11)
            let recommended = try await client.send(.get, "/v1/workers/\(worker)/recommendations?limit=5", as: cast.xijiOrigin)
            #expect(recommended.status == .ok)
            let first = try #require(recommended.items.first)
            #expect((first["vacancy"] as? [String: Any])?["id"] as? String == vacancy)
            let explanation = try #require(first["explanation"] as? [String: Any])
            #expect(explanation["priority_weight"] as? Int == 1_800, "monitored household (1.5) in a key assistance county, 西吉 (1.2)")
            #expect((explanation["components"] as? [[String: Any]])?.count == ScoreComponent.allCases.count)
            let candidates = try await client.send(.get, "/v1/vacancies/\(vacancy)/candidates", as: cast.fuzhouDestination)
            #expect(candidates.items.map { ($0["candidate"] as? [String: Any])?["id"] as? String } == [worker])
            let text = String(buffer: candidates.body)
            #expect(!text.contains("马小花") && !text.contains("name") && !text.contains("phone") && !text.contains("id_number"))
            #expect(!text.contains("priority") && !text.contains("monitored"), "the employer's side never learns the household's status")
            #expect((candidates.items.first?["explanation"] as? [String: Any])?["score"] as? Int == explanation["score"] as? Int)
            let tooMany = try await client.send(.get, "/v1/workers/\(worker)/recommendations?limit=101", as: cast.xijiOrigin)
            #expect(tooMany.status == .unprocessableContent && tooMany.problemFields == ["limit"])
        }
    }

    @Test("a cohort leaves out workers already waiting on a proposal: a second allocation proposes no pair twice")
    func secondAllocation() async throws {
        try await withApp { client, cast, database in
            _ = try await Self.vacancy(client, cast, openings: 3)
            _ = try await Self.worker(client, cast, sequence: 25)
            _ = try await Self.worker(client, cast, sequence: 26)
            let allocated = try await client.send(.post, "/v1/allocations", as: cast.xijiOrigin, json: #"{"worker_filter":{"region_code":"640422"}}"#)
            #expect(allocated.status == .created && (allocated.json["assignments"] as? [[String: Any]])?.count == 2)
            // One opening is left, and both workers are still available (a proposal is no job yet).
            let again = try await client.send(.post, "/v1/allocations", as: cast.xijiOrigin, json: #"{"worker_filter":{"region_code":"640422"}}"#)
            #expect(again.status == .created, "not a 409 for a pair proposed twice: \(again.json)")
            #expect((again.json["assignments"] as? [[String: Any]])?.isEmpty == true)
            let live = try await database.query("SELECT count(*) FROM placements WHERE status = 'proposed'").collect().first!.decode(Int.self)
            #expect(live == 2)
        }
    }

    @Test("an allocation in dry run stores nothing; carried out, its assignments are proposed placements")
    func allocation() async throws {
        try await withApp { client, cast, database in
            let vacancy = try await Self.vacancy(client, cast, openings: 1)
            let plain = try await Self.worker(client, cast, sequence: 21)
            let second = try await Self.worker(client, cast, sequence: 23)
            let body = #"{"worker_ids":["\#(plain)","\#(second)"],"vacancy_ids":["\#(vacancy)"],"dry_run":true}"#
            let dry = try await client.send(.post, "/v1/allocations", as: cast.xijiOrigin, json: body)
            #expect(dry.status == .ok)
            #expect((dry.json["assignments"] as? [[String: Any]])?.count == 1)
            #expect((dry.json["unplaced"] as? [[String: Any]])?.first?["reason"] as? String == "outbid_on_capacity")
            let stored = try await database.query("SELECT count(*) FROM placements").collect().first!.decode(Int.self)
            #expect(stored == 0)
            let real = try await client.send(.post, "/v1/allocations", as: cast.xijiOrigin, json: body.replacingOccurrences(of: "true", with: "false"))
            #expect(real.status == .created)
            let placementId = try #require((real.json["assignments"] as? [[String: Any]])?.first?["placement_id"] as? String)
            let listed = try await client.send(.get, "/v1/placements?allocation_id=\(real.json["allocation_id"] as? String ?? "")", as: cast.fuzhouDestination)
            #expect(listed.items.map { $0["id"] as? String } == [placementId])
            #expect(listed.items.first?["status"] as? String == "proposed")
            // The vacancy is now full: a second allocation has nothing to give.
            let again = try await client.send(.post, "/v1/allocations", as: cast.xijiOrigin, json: body)
            #expect((again.json["assignments"] as? [[String: Any]])?.isEmpty == true)
            let outside = try await client.send(.post, "/v1/allocations", as: cast.haiyuanOrigin, json: body)
            #expect(outside.status == .unprocessableContent && outside.problemFields == ["worker_ids[0]", "worker_ids[1]"])
        }
    }

    @Test("accept, hire, months, separation: the worker's status follows, and alerts reach the origin bureau")
    func lifecycle() async throws {
        try await withApp { client, cast, database in
            let vacancy = try await Self.vacancy(client, cast)
            let worker = try await Self.worker(client, cast, sequence: 31)
            let proposed = try await client.send(.post, "/v1/placements", as: cast.xijiOrigin, json: #"{"worker_id":"\#(worker)","vacancy_id":"\#(vacancy)"}"#)
            #expect(proposed.status == .created)
            let id = try #require(proposed.json["id"] as? String)
            #expect((proposed.json["explanation"] as? [String: Any])?["priority_groups"] as? [String] == ["monitored", "key_assistance_county"])
            let seenByEmployerSide = try await client.send(.get, "/v1/placements/\(id)", as: cast.fuzhouDestination)
            #expect(seenByEmployerSide.status == .ok && !String(buffer: seenByEmployerSide.body).contains("priority"), "no household status for the employer's side")
            func step(_ caller: Fixtures.Caller, _ json: String) async throws -> TestResponse {
                try await client.send(.post, "/v1/placements/\(id)/transitions", as: caller, json: json)
            }
            #expect(try await step(cast.xijiOrigin, #"{"to":"hired","on":"2026-11-02"}"#).status == .forbidden)
            #expect(try await step(cast.fuzhouDestination, #"{"to":"hired","on":"2026-11-02"}"#).status == .conflict, "a proposal must be accepted first")
            #expect(try await step(cast.fuzhouDestination, #"{"to":"accepted"}"#).status == .forbidden, "the worker's side accepts")
            let before = try await client.send(.get, "/v1/workers/\(worker)", as: cast.fuzhouDestination)
            #expect(before.json["name"] == nil, "a proposal alone does not show the destination bureau who the worker is")
            #expect(try await step(cast.xijiOrigin, #"{"to":"accepted"}"#).status == .ok)
            let after = try await client.send(.get, "/v1/workers/\(worker)", as: cast.fuzhouDestination)
            #expect(after.json["name"] as? String == "马小花", "accepted for its vacancy: the employer's bureau sees the worker (masked)")
            #expect((after.json["id_number_masked"] as? String)?.contains("*") == true)
            // Known to the employer's side, yet never the origin side's fields (they leaked once).
            #expect(Set(after.json.keys) == Set(WorkerVisibility.fields(for: .employingBureau).map(\.rawValue)), "\(after.json.keys.sorted())")
            for hidden in ["birth_date", "poverty_status", "monitored_kind", "consent", "version"] { #expect(after.json[hidden] == nil, "\(hidden)") }
            #expect(after.headers[.eTag] == nil, "only the origin side edits, so only it gets a version")
            // The acceptance was today (the fixed test day): a hire can be dated neither before it nor after today.
            for wrong in ["2000-01-01", "2099-06-01", TestClock.today.adding(days: -1).description] {
                let refused = try await step(cast.fuzhouDestination, #"{"to":"hired","on":"\#(wrong)"}"#)
                #expect(refused.status == .unprocessableContent && refused.problemFields == ["on"], "\(wrong)")
            }
            let accepted = try await client.send(.get, "/v1/placements/\(id)", as: cast.xijiOrigin)
            #expect(accepted.json["proposed_on"] as? String == TestClock.today.description)
            #expect(accepted.json["accepted_on"] as? String == TestClock.today.description)
            let hireDay = TestClock.today.adding(days: -40)
            try await Self.dateSteps(database, placement: id, before: hireDay)
            let hired = try await step(cast.fuzhouDestination, #"{"to":"hired","on":"\#(hireDay)"}"#)
            #expect(hired.json["status"] as? String == "hired")
            let status = { try await database.query("SELECT status FROM workers WHERE id = \(UUID(uuidString: worker)!)").collect().first!.decode(String.self) }
            #expect(try await status() == "placed")
            let thisMonth = TestClock.today.description.prefix(7)
            let lastMonth = hireDay.description.prefix(7)
            for (month, wage) in [(lastMonth, "450000"), (thisMonth, "null")] {
                let recorded = try await client.send(.post, "/v1/placements/\(id)/months", as: cast.fuzhouDestination,
                    json: #"{"month":"\#(month)","wage_paid_fen":\#(wage),"verified_by":"陈明"}"#)
                #expect(recorded.status == .created, "\(recorded.json)")
            }
            let future = try await client.send(.post, "/v1/placements/\(id)/months", as: cast.fuzhouDestination,
                json: #"{"month":"2099-01","wage_paid_fen":1,"verified_by":"陈明"}"#)
            #expect(future.status == .unprocessableContent && future.problemFields == ["month"])
            #expect(try await step(cast.fuzhouDestination, #"{"to":"separated","on":"\#(TestClock.today)"}"#).problemFields == ["reason"])
            let byOrigin = try await step(cast.xijiOrigin, #"{"to":"separated","on":"\#(TestClock.today)","reason":"回乡"}"#)
            #expect(byOrigin.status == .forbidden, "the employer's side records separation: \(byOrigin.json)")
            let separated = try await step(cast.fuzhouDestination, #"{"to":"separated","on":"\#(TestClock.today)","reason":"回乡"}"#)
            #expect(separated.json["status"] as? String == "separated")
            #expect(try await status() == "available")
            #expect(try await step(cast.xijiOrigin, #"{"to":"withdrawn"}"#).status == .conflict, "separated is final")
            let alerts = try await client.send(.get, "/v1/alerts?acknowledged=false", as: cast.xijiOrigin)
            #expect(Set(alerts.items.compactMap { $0["kind"] as? String }) == ["wage_missing", "monitored_worker_separated"])
            // The words come from the alert's facts, in the reader's language.
            let chinese = try await client.send(.get, "/v1/alerts?acknowledged=false", as: cast.xijiOrigin, headers: [.acceptLanguage: "zh-CN"])
            let details = Dictionary(uniqueKeysWithValues: chinese.items.compactMap { item in
                (item["kind"] as? String).map { ($0, item["details"] as? String ?? "") }
            })
            #expect(details["monitored_worker_separated"] == "防返贫监测对象已于 \(TestClock.today) 离职：回乡", "\(details)")
            #expect(details["wage_missing"] == "\(thisMonth)：在岗但未发工资", "\(details)")
            #expect(alerts.items.contains { $0["details"] as? String == "a monitored-household worker left the job on \(TestClock.today): 回乡" })
            #expect(try await client.send(.get, "/v1/alerts", as: cast.haiyuanOrigin).items.isEmpty)
            let alert = try #require(alerts.items.first?["id"] as? String)
            let acknowledged = try await client.send(.post, "/v1/alerts/\(alert)/acknowledgement", as: cast.xijiOrigin, json: #"{"note":"已回访"}"#)
            #expect(acknowledged.json["acknowledgement_note"] as? String == "已回访")
            #expect(try await client.send(.post, "/v1/alerts/\(alert)/acknowledgement", as: cast.xijiOrigin, json: #"{"note":"again"}"#).status == .conflict)
        }
    }

    @Test("many clients at once over loopback never overbook a vacancy, and a worker never holds two jobs")
    func concurrency() async throws {
        try await withApp(.live) { client, cast, database in
            let port = try #require(client.port)
            let loopback = LoopbackClient(port: port)
            let vacancy = try await Self.vacancy(client, cast, openings: 3)
            var workers: [String] = []
            for n in 0..<16 { workers.append(try await Self.worker(client, cast, sequence: 101 + n * 2)) }
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for worker in workers {
                    group.addTask {
                        try await loopback.send("POST", "/v1/placements", as: cast.xijiOrigin, json: #"{"worker_id":"\#(worker)","vacancy_id":"\#(vacancy)"}"#).status
                    }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == 201 }.count == 3)
            #expect(statuses.filter { $0 == 409 }.count == 13, "\(statuses)")
            let live = try await database.query(
                "SELECT count(*) FROM placements WHERE vacancy_id = \(UUID(uuidString: vacancy)!) AND status IN ('proposed', 'accepted', 'hired')"
            ).collect().first!.decode(Int.self)
            #expect(live == 3)

            // One worker proposed for five vacancies accepts all five at once: one wins.
            let worker = try await Self.worker(client, cast, sequence: 201)
            var placements: [String] = []
            let employer = try #require(try await client.send(.get, "/v1/vacancies/\(vacancy)", as: cast.admin).json["employer_id"] as? String)
            for _ in 0..<5 {
                let target = try await Self.vacancy(client, cast, employer: employer)
                let proposed = try await client.send(.post, "/v1/placements", as: cast.admin, json: #"{"worker_id":"\#(worker)","vacancy_id":"\#(target)"}"#)
                placements.append(try #require(proposed.json["id"] as? String))
            }
            let accepts = try await withThrowingTaskGroup(of: Int.self) { group in
                for placement in placements {
                    group.addTask { try await loopback.send("POST", "/v1/placements/\(placement)/transitions", as: cast.xijiOrigin, json: #"{"to":"accepted"}"#).status }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(accepts.sorted() == [200, 409, 409, 409, 409])
            let held = try await database.query(
                "SELECT count(*) FROM placements WHERE worker_id = \(UUID(uuidString: worker)!) AND status IN ('accepted', 'hired')"
            ).collect().first!.decode(Int.self)
            #expect(held == 1)
        }
    }
}
