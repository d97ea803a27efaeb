import Foundation
import MinningDomain
import MinningPersistence
import MinningServices
import MinningTestSupport
import PostgresNIO
import Testing

@Suite("Fund ledger: append-only, hash-chained, never overspent")
struct LedgerTests {
    /// 漳州→海原, 2023–2025 (Seeds/pairings.csv).
    static func pairing(_ database: Database) async throws -> Int {
        try await database.query("SELECT id FROM pairings WHERE fujian_region_code = '350600' AND ningxia_region_code = '640522'")
            .collect().first!.decode(Int.self)
    }

    static func office(_ database: Database) async throws -> AuditActor {
        let bureau = try await Fixtures(database: database).bureau("宁夏闽宁办", kind: .cooperationOffice, region: "640000")
        return try await CommandLineActor.resolve(database, bureauId: bureau.id, label: "test", requestId: "ledger-test")
    }

    static func funds(_ database: Database) -> FundsService {
        FundsService(database: database, idempotency: IdempotencyStore(database: database), clock: TestClock.clock)
    }

    static func entry(_ pairing: Int, _ kind: LedgerEntryKind, _ fen: Int, year: Int = 2025) -> LedgerAppend {
        .entry(NewLedgerEntry(pairingId: pairing, year: year, projectId: nil, kind: kind, amountFen: fen,
                              entryDate: CalendarDay(year: year, month: 6, day: 1)!, documentNumber: "闽宁办〔\(year)〕1号", reversesPosition: nil))
    }

    @Test("spending beyond what was transferred is refused; reversals cancel once, and never into overspending")
    func balanceRules() async throws {
        try await withTestDatabase { database, _ in
            let ledger = LedgerRepository(database: database)
            let funds = Self.funds(database)
            let (pairing, actor) = (try await Self.pairing(database), try await Self.office(database))
            _ = try await funds.append(Self.entry(pairing, .commitment, 1_000_000), by: actor)
            let transfer = try await funds.append(Self.entry(pairing, .transfer, 600_000), by: actor)
            let spend = try await funds.append(Self.entry(pairing, .expenditure, 500_000), by: actor)
            await #expect(throws: DomainError.self) { _ = try await funds.append(Self.entry(pairing, .expenditure, 100_001), by: actor) }
            _ = try await funds.append(Self.entry(pairing, .expenditure, 100_000), by: actor)
            // Cancelling the transfer would leave 600,000 spent against nothing transferred.
            await #expect(throws: DomainError.self) {
                _ = try await funds.append(.reversal(.init(position: transfer.position, entryDate: CalendarDay(year: 2025, month: 7, day: 1)!, documentNumber: "更正1")), by: actor)
            }
            let reversal = try await funds.append(.reversal(.init(position: spend.position, entryDate: CalendarDay(year: 2025, month: 7, day: 1)!, documentNumber: "更正2")), by: actor)
            #expect(reversal.entry.amountFen == 500_000 && reversal.entry.pairingId == pairing)
            await #expect(throws: DomainError.self) {
                _ = try await funds.append(.reversal(.init(position: spend.position, entryDate: CalendarDay(year: 2025, month: 7, day: 2)!, documentNumber: "更正3")), by: actor)
            }
            await #expect(throws: DomainError.self) {
                _ = try await funds.append(.reversal(.init(position: reversal.position, entryDate: CalendarDay(year: 2025, month: 7, day: 2)!, documentNumber: "更正4")), by: actor)
            }
            await #expect(throws: DomainError.self) { _ = try await funds.append(Self.entry(pairing, .transfer, 1, year: 2022), by: actor) }
            let report = try await FundsReportRepository(database: database).report(year: 2025, narrowedTo: nil, scope: .everywhere)
            let line = try #require(report.pairings.first { $0.pairingId == pairing })
            #expect(line.balance == FundsBalance(committedFen: 1_000_000, transferredFen: 600_000, spentFen: 100_000))
            #expect(line.transferRatePerMille == 600 && line.spendRatePerMille == 166)
            #expect(report.keyCountySpendSharePerMille == 1_000, "海原 is seeded as a key assistance county")
            #expect(try await ledger.verify().firstBreak == nil)
        }
    }

    @Test("the database refuses to update, delete or truncate the ledger")
    func appendOnly() async throws {
        try await withTestDatabase { database, _ in
            let (pairing, actor) = (try await Self.pairing(database), try await Self.office(database))
            _ = try await Self.funds(database).append(Self.entry(pairing, .transfer, 100), by: actor)
            for statement in ["UPDATE fund_ledger SET amount_fen = 1", "DELETE FROM fund_ledger", "TRUNCATE fund_ledger CASCADE"] {
                await #expect(throws: (any Error).self, "\(statement)") { try await database.query(PostgresQuery(unsafeSQL: statement)) }
            }
            let count = try await database.query("SELECT count(*) FROM fund_ledger").collect().first!.decode(Int.self)
            #expect(count == 1)
        }
    }

    @Test("a row changed or removed behind the service's back is named by verify")
    func tamperEvidence() async throws {
        try await withTestDatabase { database, _ in
            let ledger = LedgerRepository(database: database)
            let funds = Self.funds(database)
            let (pairing, actor) = (try await Self.pairing(database), try await Self.office(database))
            for amount in [100, 200, 300, 400] { _ = try await funds.append(Self.entry(pairing, .transfer, amount), by: actor) }
            #expect(try await ledger.verify().entries == 4)
            // Someone with the table owner's rights switches the guard off and edits entry 2.
            try await database.query("ALTER TABLE fund_ledger DISABLE TRIGGER fund_ledger_no_update_or_delete")
            try await database.query("UPDATE fund_ledger SET amount_fen = 20000 WHERE position = 2")
            #expect(try await ledger.verify().firstBreak == .contentChanged(position: 2))
            try await database.query("UPDATE fund_ledger SET amount_fen = 200 WHERE position = 2")
            #expect(try await ledger.verify().firstBreak == nil, "restoring the value restores the chain")
            try await database.query("DELETE FROM fund_ledger WHERE position = 4")
            try await database.query("DELETE FROM fund_ledger WHERE position = 3")
            #expect(try await ledger.verify().firstBreak == nil, "cutting the tail is only visible against a recorded head hash")
            try await database.query("ALTER TABLE fund_ledger ENABLE TRIGGER fund_ledger_no_update_or_delete")
            _ = try await funds.append(Self.entry(pairing, .transfer, 500), by: actor)
            try await database.query("ALTER TABLE fund_ledger DISABLE TRIGGER fund_ledger_no_update_or_delete")
            try await database.query("DELETE FROM fund_ledger WHERE position = 2")
            #expect(try await ledger.verify().firstBreak == .gap(after: 1))
        }
    }

    @Test("concurrent spending against one transfer never overspends")
    func concurrentSpending() async throws {
        try await withTestDatabase { database, _ in
            let ledger = LedgerRepository(database: database)
            let funds = Self.funds(database)
            let (pairing, actor) = (try await Self.pairing(database), try await Self.office(database))
            _ = try await funds.append(Self.entry(pairing, .transfer, 100), by: actor)
            let outcomes = await withTaskGroup(of: String.self) { group in
                for _ in 0..<10 {
                    group.addTask {
                        do {
                            _ = try await funds.append(Self.entry(pairing, .expenditure, 30), by: actor)
                            return "appended"
                        } catch DomainError.conflict {
                            return "refused"
                        } catch {
                            return "\(error)"
                        }
                    }
                }
                return await group.reduce(into: [String]()) { $0.append($1) }
            }
            #expect(outcomes.sorted() == Array(repeating: "appended", count: 3) + Array(repeating: "refused", count: 7))
            #expect(try await ledger.verify() .firstBreak == nil)
        }
    }

    @Test("the funds report reconciles with the entries to the fen, and its CSV opens in Excel")
    func reportReconciles() async throws {
        try await withTestDatabase { database, _ in
            let ledger = LedgerRepository(database: database)
            let funds = Self.funds(database)
            let (pairing, actor) = (try await Self.pairing(database), try await Self.office(database))
            var rng = SystemRandomNumberGenerator()
            for _ in 0..<40 {
                let kind = [LedgerEntryKind.commitment, .transfer, .transfer, .expenditure].randomElement(using: &rng)!
                _ = try? await funds.append(Self.entry(pairing, kind, Int.random(in: 1...9_999_999, using: &rng)), by: actor)
            }
            let entries = try await ledger.list(in: .everywhere, pairingId: pairing, year: 2025, afterPosition: 0, limit: 500)
            let reversed = Set(entries.compactMap(\.entry.reversesPosition))
            func sum(_ kind: LedgerEntryKind) -> Int {
                entries.filter { $0.entry.kind == kind && !reversed.contains($0.position) }.reduce(0) { $0 + $1.entry.amountFen }
            }
            let report = try await FundsReportRepository(database: database).report(year: 2025, narrowedTo: nil, scope: .everywhere)
            let line = try #require(report.pairings.first { $0.pairingId == pairing })
            #expect(line.balance == FundsBalance(committedFen: sum(.commitment), transferredFen: sum(.transfer), spentFen: sum(.expenditure)))
            #expect(report.totals.spentFen == sum(.expenditure))
            #expect(report.ledgerHeadHash == LedgerHash.hex(entries.last!.entryHash))
            let csv = report.csv()
            #expect(csv.hasPrefix("\u{FEFF}结对编号,协作类型,帮扶方"))
            #expect(csv.contains(",漳州市,350600,海原县,640522,是,"))
            #expect(FundsReport.yuan(123_456) == "1234.56" && FundsReport.yuan(5) == "0.05" && FundsReport.yuan(-105) == "-1.05")
        }
    }
}

extension FundsService {
    /// `record` for an entry that needs no second key: the entry appended.
    func append(_ request: LedgerAppend, by actor: AuditActor) async throws -> LedgerEntry {
        let recording = try await record(request, by: actor)
        guard case .appended(let entry) = recording else {
            Issue.record("an entry of the test waited for confirmation: \(recording)")
            throw CancellationError()
        }
        return entry
    }
}
