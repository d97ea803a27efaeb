import Foundation
import MinningDomain
import MinningPersistence
import MinningServices
import MinningTestSupport
import PostgresNIO
import Testing

/// The funds report against sums made here from the raw ledger rows: every pairing line, every
/// project category, the key-county share and the totals, for the whole country and for one side
/// of one pairing. Entries are random (seeded) across five pairings, two years, projects of every
/// category, refused overspending and reversals.
@Suite("Funds report reconciliation")
struct FundsReportReconciliationTests {
    @Test("every pairing line, category and total of the funds report equals an independent sum of the ledger rows, to the fen")
    func everyLineReconciles() async throws {
        try await withTestDatabase { database, _ in
            // Three more pairings running through 2025, beside those the seeds run in 2025 (six since the 2021 framework's pairs).
            _ = try await database.query("""
                INSERT INTO pairings (fujian_region_code, ningxia_region_code, start_year, end_year, basis, source)
                VALUES ('350100', '640423', 2020, 2030, 'illustrative', 'test'), ('350400', '640425', 2024, NULL, 'illustrative', 'test'),
                       ('350700', '640324', 2025, 2025, 'illustrative', 'test')
                """).collect()
            let pairings = try await database.query("SELECT id FROM pairings WHERE start_year <= 2025 AND (end_year IS NULL OR end_year >= 2025) ORDER BY id")
                .collect().map { try $0.decode(Int.self) }
            #expect(pairings.count >= 5)
            let actor = try await LedgerTests.office(database)
            var rng = SplitMix64(seed: 5)
            var projects: [Int: [UUID]] = [:]
            for pairing in pairings {
                for category in ProjectCategory.allCases.shuffled(using: &rng).prefix(Int.random(in: 0...3, using: &rng)) {
                    let project = try await database.transaction { connection in
                        try await ProjectRepository(database: database).create(
                            pairingId: pairing, category: category, title: "项目\(category.rawValue)", budgetFen: 100_000_000, status: .inProgress,
                            by: actor, on: connection
                        )
                    }
                    projects[pairing, default: []].append(project.id)
                }
            }
            let ledger = LedgerTests.funds(database)
            var positions: [Int] = []
            var refused = 0
            for index in 0..<160 {
                let pairing = pairings.randomElement(using: &rng)!
                let kind = [LedgerEntryKind.commitment, .transfer, .transfer, .expenditure, .expenditure].randomElement(using: &rng)!
                let year = index % 7 == 0 ? 2024 : 2025
                let project = kind == .expenditure ? (projects[pairing] ?? []).randomElement(using: &rng) : nil
                let request = LedgerAppend.entry(NewLedgerEntry(
                    pairingId: pairing, year: year, projectId: project, kind: kind, amountFen: Int.random(in: 1...5_000_000, using: &rng),
                    entryDate: CalendarDay(year: year, month: 3, day: 1 + index % 28)!, documentNumber: "闽宁办〔\(year)〕\(index)号", reversesPosition: nil
                ))
                do {
                    positions.append(try await ledger.append(request, by: actor).position)
                } catch is DomainError {
                    refused += 1
                }
                if index % 11 == 10, let target = positions.randomElement(using: &rng) {
                    let reversal = LedgerAppend.reversal(.init(position: target, entryDate: CalendarDay(year: 2025, month: 9, day: 1)!, documentNumber: "更正\(index)"))
                    if (try? await ledger.append(reversal, by: actor)) == nil { refused += 1 }
                }
            }
            #expect(refused > 0, "some overspending or double reversals were tried")
            let reversals = try await database.query("SELECT count(*)::bigint FROM fund_ledger WHERE kind = 'reversal'").collect().first!.decode(Int.self)
            #expect(reversals > 0)

            let firstHalfOfMarch = try ReportPeriod.resolve(year: 2025, from: CalendarDay(iso: "2025-03-01"), to: CalendarDay(iso: "2025-03-14"))
            for scope in [Scope.everywhere, .region(RegionCode("350600")!), .region(RegionCode("640000")!)] {
              for period in [nil, firstHalfOfMarch] {
                let report = try await FundsReportRepository(database: database).report(year: 2025, narrowedTo: period, scope: scope)
                let expected = try await Self.independentSums(database, year: 2025, days: period, scope: scope)
                #expect(Dictionary(uniqueKeysWithValues: report.pairings.map { ($0.pairingId, $0.balance) }) == expected.pairings, "\(scope)")
                #expect(Dictionary(uniqueKeysWithValues: report.spentByCategory.map { ($0.category?.rawValue ?? "none", $0.fen) }) == expected.byCategory, "\(scope)")
                #expect(report.totals.spentFen == expected.pairings.values.reduce(0) { $0 + $1.spentFen })
                let keySpent = report.pairings.filter { expected.keyPairings.contains($0.pairingId) }.reduce(0) { $0 + $1.balance.spentFen }
                #expect(report.keyCountySpendSharePerMille == (report.totals.spentFen == 0 ? nil : keySpent * 1_000 / report.totals.spentFen))
                #expect(report.pairings.filter(\.keyAssistanceCounty).map(\.pairingId).sorted() == expected.keyPairings.sorted())
              }
            }
            let whole = try await FundsReportRepository(database: database).report(year: 2025, narrowedTo: nil, scope: .everywhere).totals
            let narrowed = try await FundsReportRepository(database: database).report(year: 2025, narrowedTo: firstHalfOfMarch, scope: .everywhere).totals
            #expect(narrowed.transferredFen > 0 && narrowed.transferredFen < whole.transferredFen, "narrowing leaves out the later entries")
            #expect(try await ledger.verify().firstBreak == nil)
        }
    }

    struct Expected {
        var pairings: [Int: FundsBalance] = [:]
        var byCategory: [String: Int] = [:]
        var keyPairings: [Int] = []
    }

    static func independentSums(_ database: Database, year: Int, days: ReportPeriod? = nil, scope: Scope) async throws -> Expected {
        var keyCounties: Set<String> = []
        for try await code in try await database.query("SELECT region_code FROM key_assistance_counties").decode(String.self) { keyCounties.insert(code) }
        var expected = Expected()
        for try await (id, fujian, ningxia, start, end) in try await database.query(
            "SELECT id, fujian_region_code, ningxia_region_code, start_year, end_year FROM pairings"
        ).decode((Int, String, String, Int, Int?).self) {
            guard start <= year, end.map({ $0 >= year }) ?? true, scope.contains(RegionCode(fujian)!) || scope.contains(RegionCode(ningxia)!) else { continue }
            expected.pairings[id] = FundsBalance()
            if keyCounties.contains(ningxia) { expected.keyPairings.append(id) }
        }
        var categories: [UUID: String] = [:]
        for try await (id, category) in try await database.query("SELECT id, category FROM projects").decode((UUID, String).self) { categories[id] = category }
        struct Row { let position: Int; let pairing: Int; let year: Int; let project: UUID?; let kind: String; let fen: Int; let reverses: Int?; let day: String }
        var rows: [Row] = []
        for try await (position, pairing, rowYear, project, kind, fen, reverses, day) in try await database.query(
            "SELECT position, pairing_id, year, project_id, kind, amount_fen, reverses_position, entry_date::text FROM fund_ledger"
        ).decode((Int, Int, Int, UUID?, String, Int, Int?, String).self) {
            rows.append(Row(position: position, pairing: pairing, year: rowYear, project: project, kind: kind, fen: fen, reverses: reverses, day: day))
        }
        let cancelled = Set(rows.compactMap(\.reverses))
        let inDays = { (row: Row) in days.map { $0.from.description <= row.day && row.day <= $0.to.description } ?? true }
        for row in rows where row.year == year && row.kind != "reversal" && !cancelled.contains(row.position) && inDays(row) {
            guard var balance = expected.pairings[row.pairing] else { continue }
            switch row.kind {
            case "commitment": balance = FundsBalance(committedFen: balance.committedFen + row.fen, transferredFen: balance.transferredFen, spentFen: balance.spentFen)
            case "transfer": balance = FundsBalance(committedFen: balance.committedFen, transferredFen: balance.transferredFen + row.fen, spentFen: balance.spentFen)
            default:
                balance = FundsBalance(committedFen: balance.committedFen, transferredFen: balance.transferredFen, spentFen: balance.spentFen + row.fen)
                expected.byCategory[row.project.flatMap { categories[$0] } ?? "none", default: 0] += row.fen
            }
            expected.pairings[row.pairing] = balance
        }
        return expected
    }
}
