import Foundation
import HTTPTypes
import HummingbirdTesting
import MinningDomain
import MinningPersistence
import MinningTestSupport
import PostgresNIO
import Testing

@Suite("Labor, parks and meeting reports")
struct ReportsTests {
    @Test("the labor report's counts match the placements, counted independently")
    func laborReconciles() async throws {
        try await withApp { client, cast, database in
            let hiredPlacement = try await SubsidiesTests.hiredWithThreeMonths(client, cast, database)
            let sichuanWorker = try await PlacementsTests.worker(client, cast, sequence: 51)
            // A worker from a county outside Ningxia, and one stored under a code an older GB/T 2260
            // edition had (双流县, a district since 2015): the first is named, the second by its province.
            try await database.query("UPDATE workers SET origin_region_code = '510104' WHERE id::text = \(sichuanWorker)")
            let oldCodeWorker = try await PlacementsTests.worker(client, cast, sequence: 52)
            try await database.query("UPDATE workers SET origin_region_code = '510122' WHERE id::text = \(oldCodeWorker)")
            let today = TestClock.today
            // PostgreSQL stamps rows with its own now(); the service runs on the test's fixed day,
            // so the rows are moved to that day for the report's period to hold them.
            let noon = today.noonInChina.formatted(.iso8601)
            for table in ["workers", "placements"] {
                try await database.query(PostgresQuery(unsafeSQL: "UPDATE \(table) SET created_at = '\(noon)'"))
            }
            let from = today.adding(days: -365)
            let report = try await client.send(.get, "/v1/reports/labor?from=\(from)&to=\(today)", as: cast.ningxiaOffice)
            #expect(report.status == .ok, "\(report.json)")
            let totals = try #require(report.json["totals"] as? [String: Any])
            func count(_ sql: String) async throws -> Int {
                try await database.query(PostgresQuery(unsafeSQL: sql)).collect().first!.decode(Int.self)
            }
            #expect(totals["registered"] as? Int == (try await count("SELECT count(*) FROM workers WHERE origin_region_code LIKE '64%'")))
            #expect(totals["matched"] as? Int == (try await count("SELECT count(DISTINCT worker_id) FROM placements")))
            #expect(totals["hired"] as? Int == 1)
            // Hired 100 days ago and not separated: three months have passed, six have not.
            #expect(totals["employed_3_months"] as? Int == 1)
            #expect(totals["employed_6_months"] as? Int == 0)
            let counties = try #require(report.json["by_origin_county"] as? [[String: Any]])
            #expect(counties.first?["name"] as? String == "西吉县")
            let everywhere = try await client.send(.get, "/v1/reports/labor?from=\(from)&to=\(today)", as: cast.admin)
            let named = (everywhere.json["by_origin_county"] as? [[String: Any]] ?? []).map { "\($0["code"] ?? "")=\($0["name"] ?? "")" }
            #expect(named.contains("510104=锦江区") && named.contains("510122=四川省（510122）"), "\(named)")
            let csv = try await client.send(.get, "/v1/reports/labor?from=\(from)&to=\(today)&format=csv", as: cast.observer)
            #expect(String(buffer: csv.body).hasPrefix("\u{FEFF}分组,代码,名称,登记人数"))
            let reversed = try await client.send(.get, "/v1/reports/labor?from=\(today)&to=\(from)", as: cast.observer)
            #expect(reversed.problemFields == ["to"])
            let far = try await client.send(.get, "/v1/reports/labor?from=9998-01-01&to=9998-06-01", as: cast.observer)
            #expect(far.status == .ok, "a period near the calendar's end is answered, not a crash")
            // As every report: a year, which from and to may narrow.
            let year = try await client.send(.get, "/v1/reports/labor?year=\(today.year)", as: cast.observer)
            #expect(year.status == .ok && year.json["from"] as? String == "\(today.year)-01-01" && year.json["to"] as? String == "\(today.year)-12-31", "\(year.json)")
            let narrowed = try await client.send(.get, "/v1/reports/labor?year=\(today.year)&from=\(today.year)-03-01", as: cast.observer)
            #expect(narrowed.json["from"] as? String == "\(today.year)-03-01" && narrowed.json["to"] as? String == "\(today.year)-12-31")
            let outside = try await client.send(.get, "/v1/reports/labor?year=\(today.year)&to=\(today.year + 1)-01-05", as: cast.observer)
            #expect(outside.problemFields == ["to"])
            #expect(try await client.send(.get, "/v1/reports/labor", as: cast.observer).problemFields == ["year"])
            _ = hiredPlacement
        }
    }

    @Test("parks: enterprises and yearly figures add up in the parks report; the meeting pack shows all four reports")
    func parksAndMeetingPack() async throws {
        try await withApp { client, cast, _ in
            let park = try await client.send(.post, "/v1/parks", as: cast.ningxiaOffice, json: #"{"name":"闽宁产业园","region_code":"640121","established_on":"2018-06-01"}"#)
            let parkId = try #require(park.json["id"] as? String)
            var jobs = 0
            for (index, figures) in [(400, 350, 120), (100, 90, 40)].enumerated() {
                let enterprise = try await client.send(.post, "/v1/parks/\(parkId)/enterprises", as: cast.ningxiaOffice,
                    json: #"{"name":"企业\#(index)","credit_code":"\#(Fixtures.creditCode(500 + index, region: "640121"))","relocated_from_region_code":"350102","industry_code":"C","investment_fen":1000000000,"entered_on":"\#(index == 0 ? "2019-03-01" : "2025-06-01")"}"#)
                let enterpriseId = try #require(enterprise.json["id"] as? String, "\(enterprise.json)")
                let put = try await client.send(.put, "/v1/parks/\(parkId)/enterprises/\(enterpriseId)/years/2025", as: cast.ningxiaOffice,
                    json: #"{"jobs":\#(figures.0),"local_hires":\#(figures.1),"priority_hires":\#(figures.2),"output_value_fen":100000000}"#)
                #expect(put.status == .ok)
                jobs += figures.0
                let tooMany = try await client.send(.put, "/v1/parks/\(parkId)/enterprises/\(enterpriseId)/years/2025", as: cast.ningxiaOffice,
                    json: #"{"jobs":10,"local_hires":11,"priority_hires":0,"output_value_fen":0}"#)
                #expect(tooMany.problemFields == ["local_hires"])
            }
            let report = try await client.send(.get, "/v1/reports/parks?year=2025", as: cast.observer)
            let totals = try #require(report.json["totals"] as? [String: Any])
            #expect(totals["jobs"] as? Int == jobs && totals["enterprises"] as? Int == 2 && totals["relocated_from_fujian"] as? Int == 2)
            #expect(totals["investment_fen"] as? Int == 2_000_000_000)
            #expect(report.json["from"] as? String == "2025-01-01" && report.json["to"] as? String == "2025-12-31")
            // Narrowed to days of the year: only the enterprises that moved in on them, with their figures.
            let secondHalf = try await client.send(.get, "/v1/reports/parks?year=2025&from=2025-06-01", as: cast.observer)
            let narrowed = try #require(secondHalf.json["totals"] as? [String: Any])
            #expect(narrowed["enterprises"] as? Int == 1 && narrowed["jobs"] as? Int == 100, "\(secondHalf.json)")
            #expect(secondHalf.json["from"] as? String == "2025-06-01" && secondHalf.json["to"] as? String == "2025-12-31")
            let firstQuarter = try await client.send(.get, "/v1/reports/parks?year=2025&to=2025-03-31", as: cast.observer)
            #expect((firstQuarter.json["totals"] as? [String: Any])?["enterprises"] as? Int == 0)
            #expect(try await client.send(.get, "/v1/reports/parks?year=2025&from=2026-01-01", as: cast.observer).problemFields == ["from"])
            #expect(try await client.send(.get, "/v1/reports/subsidies?year=2025&from=2025-05-01&to=2025-04-30", as: cast.observer).problemFields == ["to"])
            let subsidies = try await client.send(.get, "/v1/reports/subsidies?year=2025&to=2025-06-30", as: cast.observer)
            #expect(subsidies.json["from"] as? String == "2025-01-01" && subsidies.json["to"] as? String == "2025-06-30")
            let funds = try await client.send(.get, "/v1/reports/funds?year=2025&from=2025-03-01&to=2025-03-31", as: cast.observer)
            #expect(funds.status == .ok && funds.json["from"] as? String == "2025-03-01")
            #expect(try await client.send(.get, "/v1/reports/funds?year=2025", as: cast.observer).json["from"] == nil, "the whole year's agreements")
            let pack = try await client.send(.get, "/v1/reports/meeting?year=2025", as: cast.observer)
            #expect(pack.headers[.contentType] == "text/html; charset=utf-8")
            let html = String(buffer: pack.body)
            for marker in ["闽宁协作联席会议材料（2025年）", "一、协议指标完成情况", "二、资金支持", "三、劳务协作", "就业补助", "四、产业合作", "<svg", "闽宁产业园",
                           "五、人才交流", "六、消费协作", "七、社会参与", "八、联席推进", "九、存在问题与下一步工作", "十、近五年走势（2021—2025年）", "2021年"] {
                #expect(html.contains(marker), "\(marker) missing from the meeting pack")
            }
            #expect(!html.contains("<script"), "the pack works without scripts")
            // People's units: 万元 with separators (2,000,000,000 fen of investment is 2,000.00 万元),
            // the hash only in the auditors' footnote, no command line, the meeting date on the page.
            #expect(html.contains("投资 2,000.00 万元"), "\(html)")
            #expect(!html.contains("minning ledger"))
            #expect(html.range(of: #"承诺 [0-9,]+\.[0-9]{2} 万元，到位"#, options: .regularExpression) != nil)
            let header = try #require(html.range(of: "<h1>"))
            let footnote = try #require(html.range(of: "附注（供审计核对）"))
            #expect(header.lowerBound < footnote.lowerBound && html[footnote.lowerBound...].contains("<code>"))
            #expect(!html[..<footnote.lowerBound].contains("<code>"), "no hash before the footnote")
            let dated = String(buffer: try await client.send(.get, "/v1/reports/meeting?year=2025&meeting_date=2026-01-15", as: cast.observer).body)
            #expect(dated.contains("会议日期 2026年1月15日") && dated.contains("counter(page)"))
            #expect(try await client.send(.get, "/v1/reports/meeting?year=2025&meeting_date=2026-13-01", as: cast.observer).problemFields == ["meeting_date"])
        }
    }

    @Test("amounts read as people read them: 万元 rounded half up, 元 exact, thousands separated")
    func amountText() {
        #expect(AmountText.wan(3_200_000_000) == "3,200.00")
        #expect(AmountText.wan(5_000) == "0.01" && AmountText.wan(4_999) == "0.00" && AmountText.wan(-1_234_567_890) == "-1,234.57")
        #expect(AmountText.yuan(123_456_789) == "1,234,567.89" && AmountText.yuan(5) == "0.05")
        #expect(AmountText.grouped(999) == "999" && AmountText.grouped(1_000) == "1,000" && AmountText.grouped(-1_234_567) == "-1,234,567")
    }

    @Test("the meeting pack's five-year view equals, year by year, the funds and labor reports' totals")
    func trendMatchesReports() async throws {
        try await withApp { client, cast, database in
            _ = try await SubsidiesTests.hiredWithThreeMonths(client, cast, database)
            let today = TestClock.today
            let active = try await client.send(.get, "/v1/pairings?region=640000&year=\(today.year)", as: cast.admin)
            let pairing = try #require(active.items.first?["id"] as? Int)
            for (kind, fen) in [("transfer", 7_000_000), ("expenditure", 2_500_000)] {
                let entry = try await client.send(.post, "/v1/ledger/entries", as: cast.ningxiaOffice,
                    json: #"{"kind":"\#(kind)","pairing_id":\#(pairing),"year":\#(today.year),"amount_fen":\#(fen),"entry_date":"\#(today)","document_number":"闽财〔\#(today.year)〕9号"}"#)
                #expect(entry.status == .created, "\(entry.json)")
            }
            let scope = Scope.region(RegionCode("640000")!)
            let trend = try await YearTrendRepository(database: database).figures(years: (today.year - 4)...today.year, until: today, scope: scope)
            #expect(trend.map(\.year) == Array((today.year - 4)...today.year))
            for figures in trend {
                let from = CalendarDay(year: figures.year, month: 1, day: 1)!
                let to = min(CalendarDay(year: figures.year, month: 12, day: 31)!, today)
                let funds = try await FundsReportRepository(database: database).report(year: figures.year, narrowedTo: nil, scope: scope)
                let labor = try await LaborReportRepository(database: database).report(from: from, to: to, scope: scope)
                #expect(figures.transferredFen == funds.totals.transferredFen && figures.spentFen == funds.totals.spentFen, "\(figures.year)")
                #expect(figures.hired == labor.totals.hired, "\(figures.year)")
            }
            #expect(trend.reduce(0) { $0 + $1.hired } == 1)
            #expect(trend.last?.transferredFen == 7_000_000 && trend.last?.spentFen == 2_500_000)
        }
    }
}
