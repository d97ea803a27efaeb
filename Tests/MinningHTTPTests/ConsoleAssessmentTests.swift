import Foundation
import HTTPTypes
import HummingbirdTesting
import MinningDomain
import MinningPersistence
import MinningServices
import MinningTestSupport
import Testing

/// The yearly agreement's targets and the assessment against them (issue 16, items 1 and 8 in part).
@Suite("The assessment against the year's targets")
struct ConsoleAssessmentTests {
    typealias Browser = ConsoleTests.Browser

    @Test("actuals are recomputed from raw rows (placements of the pairing's county, of them lifted and monitored; transfers); an office sets targets as versions with a reason and reads the completion; the meeting reads, bureaus are refused")
    func targetsAndActuals() async throws {
        try await withApp { client, cast, database in
            let year = TestClock.today.year
            // A county's pairing: the provinces' own (640000) counts every pairing's records.
            let active = try #require(try await client.send(.get, "/v1/pairings?region=640000&year=\(year)", as: cast.admin).items.first { $0["ningxia_region_code"] as? String != "640000" })
            let pairing = try #require(active["id"] as? Int), county = try #require(active["ningxia_region_code"] as? String)
            let vacancy = try await PlacementsTests.vacancy(client, cast)
            for (sequence, lifted) in [(51, false), (52, true)] {
                var json = Fixtures.workerJSON(idNumber: Fixtures.idNumber(region: county, sequence: sequence), region: county, name: "泾源\(sequence)")
                if lifted { json = json.replacingOccurrences(of: #""poverty_status":"monitored","monitored_kind":"unstable""#, with: #""poverty_status":"lifted""#) }
                let worker = try #require(try await client.send(.post, "/v1/workers", as: cast.admin, json: json).json["id"] as? String)
                let placement = try #require(try await client.send(.post, "/v1/placements", as: cast.admin,
                    json: #"{"worker_id":"\#(worker)","vacancy_id":"\#(vacancy)"}"#).json["id"] as? String)
                _ = try await client.send(.post, "/v1/placements/\(placement)/transitions", as: cast.admin, json: #"{"to":"accepted"}"#)
                let hired = try await client.send(.post, "/v1/placements/\(placement)/transitions", as: cast.admin, json: #"{"to":"hired","on":"\#(TestClock.today)"}"#)
                #expect(hired.status == .ok, "\(hired.json)")
            }
            let transfer = try await client.send(.post, "/v1/ledger/entries", as: cast.ningxiaOffice,
                json: #"{"kind":"transfer","pairing_id":\#(pairing),"year":\#(year),"amount_fen":100000000,"entry_date":"\#(TestClock.today)","document_number":"闽财〔\#(year)〕7号"}"#)
            #expect(transfer.status == .created, "\(transfer.json)")

            // Every actual against the rows themselves.
            let assessed = try await AssessmentService(database: database, clock: TestClock.clock).assessments(year: year, for: .commandLine)
            let lines = try #require(assessed.first { $0.pairing.id == pairing }?.assessment.lines)
            func actual(_ metric: TargetMetric) -> Int? { lines.first { $0.metric == metric }?.actual }
            let placed = """
                SELECT count(*) FROM placements p JOIN workers w ON w.id = p.worker_id
                WHERE p.hired_on BETWEEN '\(year)-01-01' AND '\(year)-12-31' AND w.origin_region_code = '\(county)'
                """
            #expect(actual(.peoplePlaced) == (try await ConsoleWorkerFormsTests.count(database, placed)) && actual(.peoplePlaced) == 2)
            #expect(actual(.liftedPlaced) == (try await ConsoleWorkerFormsTests.count(database, placed + " AND w.poverty_status = 'lifted'")) && actual(.liftedPlaced) == 1)
            #expect(actual(.monitoredPlaced) == (try await ConsoleWorkerFormsTests.count(database, placed + " AND w.poverty_status = 'monitored'")))
            let transferred = "SELECT coalesce(sum(amount_fen), 0)::bigint FROM fund_ledger WHERE pairing_id = \(pairing) AND year = \(year) AND kind = 'transfer'"
            #expect(actual(.fundsTransferredFen) == (try await ConsoleWorkerFormsTests.count(database, transferred)) && actual(.fundsTransferredFen) == 100_000_000)
            #expect(actual(.cadresSent) == 0 && actual(.consumptionFen) == 0 && actual(.donationsFen) == 0, "kept, and none yet")
            #expect(lines.first { $0.metric == .peoplePlaced }?.previousActual == 0)

            _ = try await ConsoleTests.account(database, cast, login: "nx.office", name: "协作办", of: \.ningxiaOffice, role: .cooperationOffice)
            var office = Browser()
            _ = try await office.logIn(client, database, login: "nx.office")
            let list = try await office.send(client, .get, "/assessment?year=\(year)")
            #expect(list.status == .ok && String(buffer: list.body).contains("设定指标"), "\(String(buffer: list.body))")
            let form = try await office.send(client, .get, "/assessment/\(pairing)/\(year)")
            let csrf = Browser.csrf(form)
            let bad = try await office.send(client, .post, "/assessment/\(pairing)/\(year)", form: ["csrf": csrf, "people_placed": "-1"])
            #expect(bad.status == .unprocessableContent && String(buffer: bad.body).contains("转移就业人数") && String(buffer: bad.body).contains("请写明"))
            #expect(try await ConsoleWorkerFormsTests.count(database, "SELECT count(*) FROM pairing_targets") == 0)
            let set = try await office.send(client, .post, "/assessment/\(pairing)/\(year)", form: [
                "csrf": csrf, "people_placed": "4", "funds_transferred_fen": "2,000,000", "reason": "\(year) 年东西部协作协议",
            ])
            #expect(set.headers[.location] == "/assessment?year=\(year)&saved=2", "\(String(buffer: set.body))")
            let judged = String(buffer: try await office.send(client, .get, "/assessment/\(pairing)/\(year)").body)
            #expect(judged.contains("50.0%") && judged.contains("2,000,000.00"), "\(judged)")
            let adjusted = try await office.send(client, .post, "/assessment/\(pairing)/\(year)", form: [
                "csrf": csrf, "people_placed": "2", "funds_transferred_fen": "2,000,000.00", "reason": "年中调整<b>",
            ])
            #expect(adjusted.headers[.location] == "/assessment?year=\(year)&saved=1", "only the changed target gets a new version")
            let history = String(buffer: try await office.send(client, .get, "/assessment/\(pairing)/\(year)").body)
            #expect(history.contains("指标调整记录") && history.contains("年中调整&lt;b&gt;") && history.contains("100.0%"))
            #expect(try await ConsoleWorkerFormsTests.count(database, "SELECT count(*) FROM pairing_targets WHERE metric = 'people_placed'") == 2)
            // A form opened before someone else's change is not saved over it.
            let stale = try await office.send(client, .post, "/assessment/\(pairing)/\(year)", form: [
                "csrf": csrf, "revision": "0", "people_placed": "9", "reason": "旧页面",
            ])
            #expect(String(buffer: stale.body).contains("他人已修改了本结对的指标"), "\(String(buffer: stale.body))")
            #expect(try await ConsoleWorkerFormsTests.count(database, "SELECT count(*) FROM pairing_targets WHERE metric = 'people_placed'") == 2)
            #expect(try await ConsoleWorkerFormsTests.count(database, "SELECT count(*) FROM audit_log WHERE object_type = 'pairing_target'") == 2)

            // The same figures through the API, and as the Chinese CSV.
            let report = try await client.send(.get, "/v1/reports/assessment?year=\(year)", as: cast.observer)
            let entry = try #require((report.json["pairings"] as? [[String: Any]])?.first { $0["pairing_id"] as? Int == pairing }, "\(report.json)")
            let reported = try #require(entry["lines"] as? [[String: Any]])
            let people = try #require(reported.first { $0["metric"] as? String == "people_placed" })
            #expect(people["target"] as? Int == 2 && people["actual"] as? Int == 2 && people["completion_per_mille"] as? Int == 1000 && people["aspect"] as? String == "labor")
            let cadres = try #require(reported.first { $0["metric"] as? String == "cadres_sent" })
            #expect(cadres["actual"] as? Int == 0 && cadres["target"] == nil && cadres["completion_per_mille"] == nil, "no target: no rate; a figure that does not exist is left out: \(cadres)")
            #expect(try await client.send(.get, "/v1/reports/assessment", as: cast.observer).status == .unprocessableContent)
            #expect(try await client.send(.get, "/v1/reports/assessment?year=\(year)", as: cast.xijiOrigin).status == .forbidden)
            let csv = try await client.send(.get, "/v1/reports/assessment?year=\(year)&format=csv", as: cast.observer)
            let text = String(buffer: csv.body)
            #expect(text.hasPrefix("\u{FEFF}结对,福建方代码,宁夏方代码,方面,指标,协议目标,完成,完成率") && text.contains("劳务协作,转移就业人数,2,2,100.0%"), "\(text)")

            _ = try await ConsoleTests.account(database, cast, login: "meeting.one", name: "秘书", of: \.observer, role: .observer)
            var observer = Browser()
            _ = try await observer.logIn(client, login: "meeting.one")
            let read = try await observer.send(client, .get, "/assessment?year=\(year)")
            #expect(read.status == .ok && String(buffer: read.body).contains("100.0%") && !String(buffer: read.body).contains("调整指标"))
            #expect(try await observer.send(client, .post, "/assessment/\(pairing)/\(year)", form: ["csrf": Browser.csrf(read), "people_placed": "9", "reason": "x"]).status == .forbidden)
            _ = try await ConsoleTests.account(database, cast)
            var clerk = Browser()
            _ = try await clerk.logIn(client)
            #expect(try await clerk.send(client, .get, "/assessment").status == .forbidden)
        }
    }
}
