import Foundation
import HTTPTypes
import HummingbirdTesting
import MinningDomain
import MinningPersistence
import MinningServices
import MinningTestSupport
import PostgresNIO
import Testing

/// The assessment and the meeting pack against figures counted here, in Swift, from the raw rows
/// (issue 16, item 8): generated postings, purchases, donations and ledger entries for three
/// pairings over two years, read back by callers of five scopes, every pairing and metric.
@Suite("Assessment reconciliation")
struct AssessmentReconciliationTests {
    /// 福清→西吉, 海沧→泾源, 翔安→彭阳: all three run in 2025 and 2026.
    static let pairings = [("350181", "640422"), ("350205", "640424"), ("350213", "640425")]

    @Test("every actual of the assessment (funds, talent, consumption, donations) and the pack's talent days equal a count from the raw rows, for five scopes and two years")
    func everyFigureReconciles() async throws {
        try await withApp { client, cast, database in
            var ids: [Int] = []
            for (fujian, ningxia) in Self.pairings { ids.append(try await CooperationRecordsTests.pairing(client, cast, fujian: fujian, ningxia: ningxia)) }
            var random = SplitMix64(seed: 1616)
            let today = TestClock.today
            func day(_ year: Int) -> CalendarDay {
                let start = CalendarDay(year: year, month: 1, day: 1)!
                return min(start.adding(days: Int.random(in: 0..<365, using: &random)), today)
            }
            var created = 0
            for _ in 0..<60 {
                let index = Int.random(in: 0..<ids.count, using: &random)
                let kind = TalentAssignment.Kind.allCases.randomElement(using: &random)!
                let starts = day(Int.random(in: 2024...2026, using: &random))
                let ends = Bool.random(using: &random) ? "" : #","ends_on":"\#(starts.adding(days: Int.random(in: 0...500, using: &random)))""#
                let body = #"{"pairing_id":\#(ids[index]),"kind":"\#(kind.rawValue)","direction":"\#(Bool.random(using: &random) ? "to_ningxia" : "to_fujian")","person_name":"人员\#(created)","home_unit":"派出单位","host_unit":"接收单位","post":"岗位","starts_on":"\#(starts)"\#(ends)}"#
                let response = try await client.send(.post, "/v1/talent", as: cast.ningxiaOffice, json: body)
                #expect(response.status == .created, "\(response.json)")
                created += 1
            }
            for _ in 0..<240 {
                let index = Int.random(in: 0..<ids.count, using: &random)
                let body = #"{"pairing_id":\#(ids[index]),"buyer_name":"采购方","buyer_kind":"enterprise","product_category":"\#(ConsumptionPurchase.ProductCategory.allCases.randomElement(using: &random)!.rawValue)","origin_region_code":"\#(Self.pairings[index].1)","amount_fen":\#(Int.random(in: 1...50_000_000, using: &random)),"purchased_on":"\#(day(Int.random(in: 2025...2026, using: &random)))","evidence_ref":"R"}"#
                #expect(try await client.send(.post, "/v1/consumption", as: cast.ningxiaOffice, json: body).status == .created)
            }
            for _ in 0..<60 {
                let index = Int.random(in: 0..<ids.count, using: &random)
                let money = Bool.random(using: &random)
                let body = #"{"pairing_id":\#(ids[index]),"donor_name":"捐赠方","donor_kind":"enterprise","form":"\#(money ? "money" : "in_kind")","description":"\#(money ? "" : "物资")","value_fen":\#(Int.random(in: 1...9_000_000, using: &random)),"received_on":"\#(day(Int.random(in: 2025...2026, using: &random)))"}"#
                #expect(try await client.send(.post, "/v1/donations", as: cast.ningxiaOffice, json: body).status == .created)
            }
            for (index, id) in ids.enumerated() {
                for year in 2025...2026 {
                    for (number, kind) in ["commitment", "transfer", "transfer"].enumerated() {
                        let body = #"{"kind":"\#(kind)","pairing_id":\#(id),"year":\#(year),"amount_fen":\#(Int.random(in: 1_000_000...90_000_000, using: &random)),"entry_date":"\#(year)-0\#(number + 2)-1\#(index)","document_number":"对账〔\#(year)〕\#(index)-\#(number)号"}"#
                        #expect(try await client.send(.post, "/v1/ledger/entries", as: cast.ningxiaOffice, json: body).status == .created)
                    }
                }
            }

            let raw = try await RawRows.read(database)
            let fuqing = try await Fixtures(database: database).caller("福清市协作办", kind: .cooperationOffice, region: "350181", role: .cooperationOffice)
            let pengyang = try await Fixtures(database: database).caller("彭阳县协作办", kind: .cooperationOffice, region: "640425", role: .cooperationOffice)
            let xiamen = try await Fixtures(database: database).caller("厦门市协作办", kind: .cooperationOffice, region: "350200", role: .cooperationOffice)
            var compared = 0, provinceSeen = 0
            for caller in [cast.admin, cast.ningxiaOffice, fuqing, pengyang, xiamen] {
                for year in 2025...2026 {
                    let report = try await client.send(.get, "/v1/reports/assessment?year=\(year)", as: caller)
                    let entries = report.json["pairings"] as? [[String: Any]] ?? []
                    let context = "scope \(caller.bureau.region.rawValue), \(year)"
                    let visible = Set(entries.compactMap { $0["pairing_id"] as? Int }).intersection(ids)
                    let expectedVisible = Set(zip(ids, Self.pairings).filter { _, sides in
                        [sides.0, sides.1].contains { caller.bureau.region.contains(RegionCode($0)!) }
                    }.map(\.0))
                    #expect(visible == expectedVisible, "\(context): pairings in scope")
                    for entry in entries {
                        // The provinces' own pairing counts every pairing's records: here, the three's.
                        if entry["fujian_region_code"] as? String == "350000", entry["ningxia_region_code"] as? String == "640000" {
                            let lines = entry["lines"] as? [[String: Any]] ?? []
                            for (metric, value) in raw.actuals(pairings: Set(ids), year: year, today: today) {
                                #expect(lines.first { $0["metric"] as? String == metric.rawValue }?["actual"] as? Int == value, "\(context), 福建→宁夏, \(metric.rawValue)")
                                compared += 1
                            }
                            provinceSeen += 1
                        }
                        guard let id = entry["pairing_id"] as? Int, ids.contains(id) else { continue }
                        let lines = entry["lines"] as? [[String: Any]] ?? []
                        let expected = raw.actuals(pairing: id, year: year, today: today)
                        for (metric, value) in expected {
                            let line = lines.first { $0["metric"] as? String == metric.rawValue }
                            #expect(line?["actual"] as? Int == value, "\(context), pairing \(id), \(metric.rawValue)")
                            let previous = raw.actuals(pairing: id, year: year - 1, today: today)[metric]
                            #expect(line?["previous_actual"] as? Int == previous, "\(context), pairing \(id), \(metric.rawValue) the year before")
                            compared += 2
                        }
                    }
                    // The pack's talent section sums the days served in the scope's pairings.
                    let summary = try await CooperationSummaryRepository(database: database).summary(year: year, in: caller.bureau.region == RegionCode("350000")! ? .everywhere : .region(caller.bureau.region), today: today)
                    let days = raw.talent.filter { expectedVisible.contains($0.pairing) }.reduce(0) { $0 + TalentAssignment.daysServed(from: $1.starts, to: $1.ends, in: year, today: today) }
                    #expect(summary.talent.filter { ids.contains($0.pairingId) }.reduce(0) { $0 + $1.days } == days, "\(context): days served")
                    compared += 1
                }
            }
            #expect(provinceSeen == 4, "the admin and the Ningxia office see the provinces' pairing, in both years")
            #expect(compared == 250 + 4 * 6, "10 pairings in scope over 2 years, 12 figures each, 10 sums of days, and the provinces' pair's 6 figures 4 times")
        }
    }

    /// The rows as stored, summed in Swift.
    struct RawRows {
        var talent: [(pairing: Int, cadre: Bool, starts: CalendarDay, ends: CalendarDay?)] = []
        var purchases: [(pairing: Int, day: CalendarDay, fen: Int)] = []
        var donations: [(pairing: Int, day: CalendarDay, fen: Int)] = []
        var ledger: [(pairing: Int, year: Int, kind: String, fen: Int)] = []

        static func read(_ database: Database) async throws -> RawRows {
            var raw = RawRows()
            for try await (pairing, kind, starts, ends) in try await database.query("SELECT pairing_id, kind, starts_on, ends_on FROM talent_assignments")
                .decode((Int, String, CalendarDay, CalendarDay?).self) {
                raw.talent.append((pairing, kind == "cadre", starts, ends))
            }
            for try await (pairing, day, fen) in try await database.query("SELECT pairing_id, purchased_on, amount_fen FROM consumption_purchases")
                .decode((Int, CalendarDay, Int).self) {
                raw.purchases.append((pairing, day, fen))
            }
            for try await (pairing, day, fen) in try await database.query("SELECT pairing_id, received_on, value_fen FROM donations").decode((Int, CalendarDay, Int).self) {
                raw.donations.append((pairing, day, fen))
            }
            for try await (pairing, year, kind, fen) in try await database.query("SELECT pairing_id, year, kind, amount_fen FROM fund_ledger").decode((Int, Int, String, Int).self) {
                raw.ledger.append((pairing, year, kind, fen))
            }
            return raw
        }

        func actuals(pairing: Int, year: Int, today: CalendarDay) -> [TargetMetric: Int] { actuals(pairings: [pairing], year: year, today: today) }

        func actuals(pairings: Set<Int>, year: Int, today: CalendarDay) -> [TargetMetric: Int] {
            let first = CalendarDay(year: year, month: 1, day: 1)!, last = CalendarDay(year: year, month: 12, day: 31)!
            let serving = talent.filter { pairings.contains($0.pairing) && $0.starts <= min(last, today) && ($0.ends.map { $0 >= first } ?? true) }
            return [
                .cadresSent: serving.filter(\.cadre).count,
                .techniciansSent: serving.filter { !$0.cadre }.count,
                .consumptionFen: purchases.filter { pairings.contains($0.pairing) && $0.day.year == year }.reduce(0) { $0 + $1.fen },
                .donationsFen: donations.filter { pairings.contains($0.pairing) && $0.day.year == year }.reduce(0) { $0 + $1.fen },
                .fundsCommittedFen: ledger.filter { pairings.contains($0.pairing) && $0.year == year && $0.kind == "commitment" }.reduce(0) { $0 + $1.fen },
                .fundsTransferredFen: ledger.filter { pairings.contains($0.pairing) && $0.year == year && $0.kind == "transfer" }.reduce(0) { $0 + $1.fen },
            ]
        }
    }
}
