import Foundation
import HTTPTypes
import HummingbirdTesting
import MinningDomain
import MinningPersistence
import MinningServices
import MinningTestSupport
import NIOCore
import Testing

/// Talent exchange, consumption cooperation and donations (issue 16, items 2–4): recorded by
/// cooperation offices for a pairing of their scope, each fact checked against the pairing's years
/// and sides, read by offices and the meeting.
@Suite("Cooperation records: talent, consumption, donations")
struct CooperationRecordsTests {
    static func pairing(_ client: any TestClientProtocol, _ cast: Fixtures.Cast, fujian: String, ningxia: String) async throws -> Int {
        let found = try await client.send(.get, "/v1/pairings?region=\(ningxia)", as: cast.admin).items
        return try #require(found.first { $0["fujian_region_code"] as? String == fujian }?["id"] as? Int, "\(found)")
    }

    static func count(_ database: Database, _ sql: String) async throws -> Int { try await ConsoleWorkerFormsTests.count(database, sql) }

    @Test("talent: a posting is recorded once per Idempotency-Key, its days in a year derived from the dates, ended with If-Match; bad input names each field and stores nothing")
    func talent() async throws {
        try await withApp { client, cast, database in
            let fuqingXiji = try await Self.pairing(client, cast, fujian: "350181", ningxia: "640422")
            let putianXiji = try await Self.pairing(client, cast, fujian: "350300", ningxia: "640422")
            let cadre = #"{"pairing_id":\#(fuqingXiji),"kind":"cadre","direction":"to_ningxia","person_name":"林志强","home_unit":"福清市发改局","host_unit":"西吉县人民政府","post":"副县长（挂职）","starts_on":"2025-07-01"}"#
            let key: HTTPFields = [HTTPField.Name("Idempotency-Key")!: "talent-1"]
            let created = try await client.send(.post, "/v1/talent", as: cast.ningxiaOffice, json: cadre, headers: key)
            #expect(created.status == .created && created.headers[.eTag] == "\"1\"", "\(created.json)")
            #expect(created.json["days_served_in_year"] as? Int == 331, "2026-01-01 to 2026-11-27 while still serving: \(created.json)")
            let replayed = try await client.send(.post, "/v1/talent", as: cast.ningxiaOffice, json: cadre, headers: key)
            #expect(replayed.json["id"] as? String == created.json["id"] as? String && replayed.headers[HTTPField.Name("Idempotent-Replayed")!] == "true")
            let id = try #require(created.json["id"] as? String)

            let bad = try await client.send(.post, "/v1/talent", as: cast.ningxiaOffice, json: #"{"pairing_id":\#(putianXiji),"kind":"mayor","direction":"to_ningxia","person_name":"","home_unit":"莆田","host_unit":"西吉","post":"x","starts_on":"2025-02-30","extra":1}"#)
            #expect(bad.status == .unprocessableContent && Set(bad.problemFields) == ["kind", "person_name", "starts_on", "extra"], "\(bad.json)")
            let ended = try await client.send(.post, "/v1/talent", as: cast.ningxiaOffice, json: #"{"pairing_id":\#(putianXiji),"kind":"teacher","direction":"to_ningxia","person_name":"陈老师","home_unit":"莆田一中","host_unit":"西吉中学","post":"教师","starts_on":"2023-03-01"}"#)
            #expect(ended.status == .unprocessableContent && ended.problemFields == ["starts_on"], "莆田→西吉 ended in 2021: \(ended.json)")
            let backwards = try await client.send(.post, "/v1/talent", as: cast.ningxiaOffice, json: #"{"pairing_id":\#(fuqingXiji),"kind":"doctor","direction":"to_ningxia","person_name":"王医生","home_unit":"福清市医院","host_unit":"西吉县医院","post":"医生","starts_on":"2026-03-01","ends_on":"2026-02-01"}"#)
            #expect(backwards.status == .unprocessableContent && backwards.problemFields == ["ends_on"])
            let haiyuan = try await Fixtures(database: database).caller("海原县协作办", kind: .cooperationOffice, region: "640522", role: .cooperationOffice)
            let outside = try await client.send(.post, "/v1/talent", as: haiyuan, json: cadre)
            #expect(outside.status == .unprocessableContent && outside.problemFields == ["pairing_id"], "\(outside.json)")
            #expect(try await client.send(.post, "/v1/talent", as: cast.xijiOrigin, json: cadre).status == .forbidden)
            #expect(try await Self.count(database, "SELECT count(*) FROM talent_assignments") == 1)

            // Ending the posting: If-Match required, a stale version refused, the days follow the end.
            let patch = #"{"ends_on":"2026-06-30"}"#
            #expect(try await client.send(.patch, "/v1/talent/\(id)", as: cast.ningxiaOffice, json: patch).status.code == 428)
            #expect(try await client.send(.patch, "/v1/talent/\(id)", as: cast.ningxiaOffice, json: patch, headers: [.ifMatch: "\"7\""]).status.code == 412)
            #expect(try await client.send(.patch, "/v1/talent/\(id)", as: haiyuan, json: patch, headers: [.ifMatch: "\"1\""]).status == .notFound)
            let changed = try await client.send(.patch, "/v1/talent/\(id)", as: cast.ningxiaOffice, json: patch, headers: [.ifMatch: "\"1\""])
            #expect(changed.status == .ok && changed.headers[.eTag] == "\"2\"" && changed.json["days_served_in_year"] as? Int == 181, "\(changed.json)")
            let last = try await client.send(.get, "/v1/talent?pairing_id=\(fuqingXiji)&year=2025", as: cast.observer)
            #expect(last.items.first?["days_served_in_year"] as? Int == 184, "2025-07-01 to 2025-12-31: \(last.items)")
            #expect(try await client.send(.get, "/v1/talent?year=2027", as: cast.observer).items.isEmpty)
            #expect(try await client.send(.get, "/v1/talent?pairing_id=\(fuqingXiji)", as: haiyuan).status == .notFound)
            #expect(try await client.send(.get, "/v1/talent", as: cast.fuzhouDestination).status == .forbidden)
            #expect(try await Self.count(database, "SELECT count(*) FROM audit_log WHERE object_type = 'talent_assignment'") == 2)
        }
    }

    @Test("consumption: one purchase, or a county's ledger as CSV with Chinese headers in 元 — a bad line stores nothing, a dry run stores nothing, the sum is the pairing's consumption actual")
    func consumption() async throws {
        try await withApp { client, cast, database in
            let pairing = try await Self.pairing(client, cast, fujian: "350181", ningxia: "640422")
            let one = #"{"pairing_id":\#(pairing),"buyer_name":"福清市机关事务服务中心","buyer_kind":"government_canteen","product_category":"beef_mutton","origin_region_code":"640422","amount_fen":12345600,"purchased_on":"2026-03-15","evidence_ref":"FQ-2026-031"}"#
            #expect(try await client.send(.post, "/v1/consumption", as: cast.ningxiaOffice, json: one).status == .created)
            let elsewhere = one.replacingOccurrences(of: #""origin_region_code":"640422""#, with: #""origin_region_code":"640522""#)
            let refused = try await client.send(.post, "/v1/consumption", as: cast.ningxiaOffice, json: elsewhere)
            #expect(refused.status == .unprocessableContent && refused.problemFields == ["origin_region_code"], "海原's goods are not 西吉's: \(refused.json)")
            let future = one.replacingOccurrences(of: "2026-03-15", with: "2026-12-01")
            #expect(try await client.send(.post, "/v1/consumption", as: cast.ningxiaOffice, json: future).problemFields == ["purchased_on"])

            let header = "采购单位,采购方类型,产品类别,产地县区代码,采购金额（元）,采购日期,凭证编号\r\n"
            let good = header + "福清市总工会,工会,枸杞,640422,\"8,000.50\",2026/4/1,GH-01\r\n融侨集团,企业,葡萄酒,640422,1200,2026-05-20,RQ-7\r\n"
            func upload(_ text: String, dryRun: Bool = false, as caller: Fixtures.Caller? = nil) async throws -> TestResponse {
                try await client.execute(uri: "/v1/consumption/imports?pairing_id=\(pairing)\(dryRun ? "&dry_run=true" : "")", method: .post,
                    headers: [.authorization: (caller ?? cast.ningxiaOffice).authorization, .contentType: "text/csv", .acceptLanguage: "en"],
                    body: ByteBuffer(string: text))
            }
            let badLine = good + "某电商,网店,枸杞,640422,-5,2026-05-21,X\r\n"
            let rejected = try await upload(badLine)
            #expect(rejected.status == .unprocessableContent && Set(rejected.problemFields) == ["lines[4].buyer_kind", "lines[4].amount_fen"], "\(rejected.json)")
            #expect(try await Self.count(database, "SELECT count(*) FROM consumption_purchases") == 1)
            let checked = try await upload(good, dryRun: true)
            #expect(checked.status == .ok && checked.json["purchases"] as? Int == 2)
            #expect(try await Self.count(database, "SELECT count(*) FROM consumption_purchases") == 1)
            let stored = try await upload(good)
            #expect(stored.status == .created && stored.json["purchases"] as? Int == 2, "\(stored.json)")
            // The same file again under the same key (a retry after a lost answer) stores nothing more.
            func keyed(_ key: String) async throws -> TestResponse {
                try await client.execute(uri: "/v1/consumption/imports?pairing_id=\(pairing)", method: .post,
                    headers: [.authorization: cast.ningxiaOffice.authorization, .contentType: "text/csv", HTTPField.Name("Idempotency-Key")!: key],
                    body: ByteBuffer(string: good))
            }
            let once = try await keyed("ledger-2026-04")
            let retried = try await keyed("ledger-2026-04")
            #expect(once.status == .created && retried.status == .created && retried.headers[HTTPField.Name("Idempotent-Replayed")!] == "true")
            #expect(try await Self.count(database, "SELECT count(*) FROM consumption_purchases") == 5, "one purchase, then the file twice: 1 + 2 + 2")
            #expect(try await upload(good, as: cast.observer).status == .forbidden)
            let notCSV = try await client.send(.post, "/v1/consumption/imports?pairing_id=\(pairing)", as: cast.ningxiaOffice, json: "{}")
            #expect(notCSV.status == .unsupportedMediaType)

            let listed = try await client.send(.get, "/v1/consumption?pairing_id=\(pairing)&year=2026", as: cast.observer).items
            #expect(listed.map { $0["amount_fen"] as? Int } == [12_345_600, 800_050, 800_050, 120_000, 120_000], "\(listed)")
            let raw = try await Self.count(database, "SELECT sum(amount_fen)::bigint FROM consumption_purchases WHERE pairing_id = \(pairing) AND purchased_on BETWEEN '2026-01-01' AND '2026-12-31'")
            let assessed = try await AssessmentService(database: database, clock: TestClock.clock).assessments(year: 2026, pairingId: pairing, for: .commandLine)
            #expect(assessed.first?.assessment.lines.first { $0.metric == .consumptionFen }?.actual == raw && raw == 14_185_700)
        }
    }

    @Test("donations: money or goods valued, goods described, a project only of the same pairing; summed per pairing and year")
    func donations() async throws {
        try await withApp { client, cast, database in
            let pairing = try await Self.pairing(client, cast, fujian: "350181", ningxia: "640422")
            let other = try await Self.pairing(client, cast, fujian: "350205", ningxia: "640424")
            let project = try await client.send(.post, "/v1/projects", as: cast.ningxiaOffice,
                json: #"{"pairing_id":\#(other),"category":"education","title":"泾源县小学操场","budget_fen":1000000}"#)
            let projectId = try #require(project.json["id"] as? String, "\(project.json)")
            let goods = #"{"pairing_id":\#(pairing),"donor_name":"福耀玻璃","donor_kind":"enterprise","form":"in_kind","value_fen":5000000,"received_on":"2026-09-01"}"#
            let undescribed = try await client.send(.post, "/v1/donations", as: cast.ningxiaOffice, json: goods)
            #expect(undescribed.status == .unprocessableContent && undescribed.problemFields == ["description"], "\(undescribed.json)")
            let wrongProject = goods.replacingOccurrences(of: "}", with: #","description":"课桌椅 200 套","project_id":"\#(projectId)"}"#)
            let refused = try await client.send(.post, "/v1/donations", as: cast.ningxiaOffice, json: wrongProject)
            #expect(refused.status == .unprocessableContent && refused.problemFields == ["project_id"], "\(refused.json)")
            let described = goods.replacingOccurrences(of: "}", with: #","description":"课桌椅 200 套"}"#)
            #expect(try await client.send(.post, "/v1/donations", as: cast.ningxiaOffice, json: described).status == .created)
            let money = #"{"pairing_id":\#(pairing),"donor_name":"福清商会","donor_kind":"social_organisation","form":"money","value_fen":20000000,"received_on":"2025-12-31"}"#
            #expect(try await client.send(.post, "/v1/donations", as: cast.ningxiaOffice, json: money).status == .created)
            #expect(try await client.send(.get, "/v1/donations?pairing_id=\(pairing)&year=2026", as: cast.observer).items.count == 1)
            let service = AssessmentService(database: database, clock: TestClock.clock)
            let line = try #require(try await service.assessments(year: 2026, pairingId: pairing, for: .commandLine).first?.assessment.lines.first { $0.metric == .donationsFen })
            #expect(line.actual == 5_000_000 && line.previousActual == 20_000_000 && line.change == -15_000_000)
        }
    }

    @Test("industry as dated facts: investment that arrived counts in the year it arrived, jobs for lifted households are the year's last headcount (the yearly figure where none was taken)")
    func industryFacts() async throws {
        try await withApp { client, cast, database in
            let pairing = try await Self.pairing(client, cast, fujian: "350181", ningxia: "640422")
            let park = try await client.send(.post, "/v1/parks", as: cast.ningxiaOffice, json: #"{"name":"西吉闽宁产业园","region_code":"640422","established_on":"2020-06-01"}"#)
            let parkId = try #require(park.json["id"] as? String)
            let enterprise = try await client.send(.post, "/v1/parks/\(parkId)/enterprises", as: cast.ningxiaOffice,
                json: #"{"name":"福清菌草科技","credit_code":"\#(Fixtures.creditCode(610, region: "640422"))","relocated_from_region_code":"350181","industry_code":"A","investment_fen":10000000000,"entered_on":"2025-05-01"}"#)
            let base = "/v1/parks/\(parkId)/enterprises/\(try #require(enterprise.json["id"] as? String, "\(enterprise.json)"))"
            for (day, fen) in [("2025-06-01", 3_000_000_000), ("2026-03-01", 2_000_000_000)] {
                let arrived = try await client.send(.post, base + "/investments", as: cast.ningxiaOffice, json: #"{"arrived_on":"\#(day)","amount_fen":\#(fen),"evidence_ref":"验资报告 \#(day)"}"#)
                #expect(arrived.status == .created, "\(arrived.json)")
            }
            #expect(try await client.send(.post, base + "/investments", as: cast.ningxiaOffice, json: #"{"arrived_on":"2026-12-01","amount_fen":1,"evidence_ref":"x"}"#).problemFields == ["arrived_on"])
            #expect(try await client.send(.put, base + "/headcounts/2025-04-30", as: cast.ningxiaOffice, json: #"{"jobs":10,"lifted_jobs":1,"local_jobs":1}"#).problemFields == ["counted_on"])
            #expect(try await client.send(.put, base + "/headcounts/2026-03-31", as: cast.ningxiaOffice, json: #"{"jobs":10,"lifted_jobs":11,"local_jobs":1}"#).problemFields == ["lifted_jobs"])
            for (day, jobs, lifted) in [("2026-03-31", 100, 30), ("2026-09-30", 150, 45)] {
                let counted = try await client.send(.put, base + "/headcounts/\(day)", as: cast.ningxiaOffice, json: #"{"jobs":\#(jobs),"lifted_jobs":\#(lifted),"local_jobs":\#(jobs - 10)}"#)
                #expect(counted.status == .ok, "\(counted.json)")
            }
            // A day counted again: refused without If-Match, corrected against the version read, stale after that.
            let again = #"{"jobs":150,"lifted_jobs":46,"local_jobs":140}"#
            #expect(try await client.send(.put, base + "/headcounts/2026-09-30", as: cast.ningxiaOffice, json: again).status == .conflict)
            let corrected = try await client.send(.put, base + "/headcounts/2026-09-30", as: cast.ningxiaOffice, json: again, headers: [.ifMatch: "\"1\""])
            #expect(corrected.status == .ok && corrected.headers[.eTag] == "\"2\"" && corrected.json["version"] as? Int == 2, "\(corrected.json)")
            #expect(try await client.send(.put, base + "/headcounts/2026-09-30", as: cast.ningxiaOffice, json: again, headers: [.ifMatch: "\"1\""]).status.code == 412)
            #expect(try await client.send(.put, base + "/years/2025", as: cast.ningxiaOffice, json: #"{"jobs":60,"local_hires":50,"priority_hires":20,"output_value_fen":0}"#).status == .ok)
            #expect(try await client.send(.get, base + "/headcounts", as: cast.observer).items.count == 2)
            #expect(try await client.send(.get, base + "/investments", as: cast.observer).items.count == 2)
            #expect(try await client.send(.get, base + "/investments", as: cast.xijiOrigin).status == .forbidden)
            let assessed = try await AssessmentService(database: database, clock: TestClock.clock).assessments(year: 2026, pairingId: pairing, for: .commandLine)
            let lines = try #require(assessed.first?.assessment.lines)
            func line(_ metric: TargetMetric) -> Assessment.Line? { lines.first { $0.metric == metric } }
            #expect(line(.investmentArrivedFen)?.actual == 2_000_000_000 && line(.investmentArrivedFen)?.previousActual == 3_000_000_000)
            #expect(line(.jobsForLifted)?.actual == 46 && line(.jobsForLifted)?.previousActual == 20, "the last headcount of 2026, corrected; 2025's yearly figure")
            #expect(line(.enterprisesBroughtIn)?.actual == 0 && line(.enterprisesBroughtIn)?.previousActual == 1)
        }
    }

    @Test("targets through the API: PUT keeps each changed value as a version with its reason, GET shows them with their history; out of scope is 404, an unknown metric 422")
    func targets() async throws {
        try await withApp { client, cast, database in
            let pairing = try await Self.pairing(client, cast, fujian: "350181", ningxia: "640422")
            let first = #"{"targets":{"cadres_sent":3,"consumption_fen":50000000000},"reason":"2026 年协议"}"#
            #expect(try await client.send(.put, "/v1/pairings/\(pairing)/targets/2026", as: cast.ningxiaOffice, json: first).status.code == 428)
            let unset = try await client.send(.get, "/v1/pairings/\(pairing)/targets/2026", as: cast.observer)
            #expect(unset.headers[.eTag] == "\"0\"")
            let put = try await client.send(.put, "/v1/pairings/\(pairing)/targets/2026", as: cast.ningxiaOffice, json: first, headers: [.ifMatch: "\"0\""])
            #expect(put.status == .ok && (put.json["changed"] as? [String])?.sorted() == ["cadres_sent", "consumption_fen"] && put.headers[.eTag] == "\"2\"", "\(put.json)")
            let adjust = #"{"targets":{"cadres_sent":4,"consumption_fen":50000000000},"reason":"年中调整"}"#
            let stale = try await client.send(.put, "/v1/pairings/\(pairing)/targets/2026", as: cast.ningxiaOffice, json: adjust, headers: [.ifMatch: "\"0\""])
            #expect(stale.status.code == 412, "read before the first change: \(stale.json)")
            let again = try await client.send(.put, "/v1/pairings/\(pairing)/targets/2026", as: cast.ningxiaOffice, json: adjust, headers: [.ifMatch: "\"2\""])
            #expect(again.json["changed"] as? [String] == ["cadres_sent"])
            let read = try await client.send(.get, "/v1/pairings/\(pairing)/targets/2026", as: cast.observer)
            #expect((read.json["targets"] as? [String: Int])?["cadres_sent"] == 4 && (read.json["history"] as? [[String: Any]])?.count == 3, "\(read.json)")
            let unknown = try await client.send(.put, "/v1/pairings/\(pairing)/targets/2026", as: cast.ningxiaOffice, json: #"{"targets":{"cadres":3},"reason":"x"}"#)
            #expect(unknown.status == .unprocessableContent && unknown.problemFields.contains("targets.cadres"), "\(unknown.json)")
            let haiyuan = try await Fixtures(database: database).caller("海原县协作办", kind: .cooperationOffice, region: "640522", role: .cooperationOffice)
            #expect(try await client.send(.put, "/v1/pairings/\(pairing)/targets/2026", as: haiyuan, json: #"{"targets":{"cadres_sent":9},"reason":"x"}"#, headers: [.ifMatch: "*"]).status == .notFound)
            #expect(try await client.send(.put, "/v1/pairings/\(pairing)/targets/2026", as: cast.observer, json: #"{"targets":{"cadres_sent":9},"reason":"x"}"#, headers: [.ifMatch: "*"]).status == .forbidden)
            #expect(try await Self.count(database, "SELECT count(*) FROM pairing_targets") == 3)
        }
    }
}

/// Fujian's own 山海协作 pairings (§二十七, issue 16 item 7).
@Suite("Mountain–sea pairings")
struct MountainSeaTests {
    @Test("a 山海协作 pairing is listed with its kind, kept out of Ningxia's scope, and a better-off county transferring less than ¥12,000,000 in a year is flagged in the funds report, its CSV and the pack")
    func floor() async throws {
        try await withApp { client, cast, database in
            let pairings = try await client.send(.get, "/v1/pairings?region=350125", as: cast.admin).items
            let yongtai = try #require(pairings.first { $0["fujian_region_code"] as? String == "350181" }, "\(pairings)")
            #expect(yongtai["kind"] as? String == "mountain_sea")
            let id = try #require(yongtai["id"] as? Int)
            let fujianOffice = try await Fixtures(database: database).caller("福建省闽宁协作办", kind: .cooperationOffice, region: "350000", role: .cooperationOffice)
            #expect(try await client.send(.post, "/v1/ledger/entries", as: cast.ningxiaOffice,
                json: #"{"kind":"commitment","pairing_id":\#(id),"year":2026,"amount_fen":1500000000,"entry_date":"2026-02-01","document_number":"闽山海〔2026〕1号"}"#).status == .unprocessableContent,
                "a Ningxia office does not hold a pairing inside Fujian")
            for (number, fen) in [(1, 1_500_000_000), (2, 1_000_000_000)] {
                let kind = number == 1 ? "commitment" : "transfer"
                let entry = try await client.send(.post, "/v1/ledger/entries", as: fujianOffice,
                    json: #"{"kind":"\#(kind)","pairing_id":\#(id),"year":2026,"amount_fen":\#(fen),"entry_date":"2026-0\#(number + 1)-01","document_number":"闽山海〔2026〕\#(number)号"}"#)
                #expect(entry.status == .created, "\(entry.json)")
            }
            let report = try await client.send(.get, "/v1/reports/funds?year=2026", as: fujianOffice)
            let floor = try #require((report.json["mountain_sea_floor"] as? [[String: Any]])?.first { $0["region_code"] as? String == "350181" }, "\(report.json)")
            #expect(floor["transferred_fen"] as? Int == 1_000_000_000 && floor["below_floor"] as? Bool == true && floor["floor_fen"] as? Int == 1_200_000_000)
            // Narrowed to February, the report's lines hold February's entries, and the floor still the whole year's.
            let february = try await client.send(.get, "/v1/reports/funds?year=2026&from=2026-02-01&to=2026-02-28", as: fujianOffice)
            #expect((february.json["mountain_sea_floor"] as? [[String: Any]])?.first { $0["region_code"] as? String == "350181" }?["transferred_fen"] as? Int == 1_000_000_000,
                    "\(february.json)")
            let line = (report.json["pairings"] as? [[String: Any]])?.first { $0["pairing_id"] as? Int == id }
            #expect(line?["kind"] as? String == "mountain_sea")
            let ningxia = try await client.send(.get, "/v1/reports/funds?year=2026", as: cast.ningxiaOffice)
            #expect((ningxia.json["pairings"] as? [[String: Any]])?.contains { $0["pairing_id"] as? Int == id } == false)
            let csv = String(buffer: try await client.send(.get, "/v1/reports/funds?year=2026&format=csv", as: fujianOffice).body)
            #expect(csv.contains("山海协作年度拨付低于 1200 万元下限：福清市（350181）拨付 10000000.00 元"), "\(csv)")
            let pack = String(buffer: try await client.send(.get, "/v1/reports/meeting?year=2026", as: fujianOffice).body)
            #expect(pack.contains("福清市本年拨付 1,000.00 万元，低于省定每年 1,200 万元下限") && pack.contains("福清市→永泰县（山海协作）"))
            // A second transfer lifts 福清 over the floor.
            _ = try await client.send(.post, "/v1/ledger/entries", as: fujianOffice,
                json: #"{"kind":"transfer","pairing_id":\#(id),"year":2026,"amount_fen":200000000,"entry_date":"2026-04-01","document_number":"闽山海〔2026〕3号"}"#)
            let after = try await client.send(.get, "/v1/reports/funds?year=2026", as: fujianOffice)
            #expect((after.json["mountain_sea_floor"] as? [[String: Any]])?.first { $0["region_code"] as? String == "350181" }?["below_floor"] as? Bool == false)
        }
    }
}
