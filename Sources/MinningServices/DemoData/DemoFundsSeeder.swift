import Foundation
import MinningDomain
import MinningPersistence

/// Four years of invented ledger entries, a project and the year's agreed targets, for every pairing active in each, written
/// through the ledger's own rules (hash chain, no overspending) by the Ningxia cooperation office,
/// so the funds report a new user opens is full. Document numbers start `演示`; a second run adds
/// nothing.
public struct DemoFundsSeeder: Sendable {
    let services: Services

    public init(services: Services) {
        self.services = services
    }

    public func run(officeName: String = "宁夏回族自治区闽宁协作办公室", fujianOfficeName: String = "福建省闽宁协作办公室") async throws -> Int {
        let (database, today) = (services.database, services.clock.today)
        let seeded = try await DemoDataRepository(database: database).ledgerEntries(documentNumberPrefix: "演示")
        guard seeded == 0 else { return 0 }
        let ningxia = try await CommandLineActor.resolve(database, bureauNamed: officeName, label: "demo seed", requestId: "seed")
        let ningxiaCashier = try await CommandLineActor.resolve(database, bureauNamed: officeName, label: "demo seed (cashier)", requestId: "seed")
        // 山海协作 pairings lie inside Fujian: Fujian's office keeps their ledger.
        let fujian = try await CommandLineActor.resolve(database, bureauNamed: fujianOfficeName, label: "demo seed", requestId: "seed")
        let fujianCashier = try await CommandLineActor.resolve(database, bureauNamed: fujianOfficeName, label: "demo seed (cashier)", requestId: "seed")
        let funds = services.funds
        var projectOfPairing: [Int: UUID] = [:]
        var entries = 0
        // Four years, so the meeting pack's five-year view has a shape; pairings as they ran each year.
        for year in (today.year - 3)...today.year {
            let pairings = try await services.reference.pairings(region: nil, year: year)
            for pairing in pairings {
                let (actor, cashier) = pairing.kind == .mountainSea ? (fujian, fujianCashier) : (ningxia, ningxiaCashier)
                let committed = Self.committed(pairing, year: year, today: today)
                let firstTransfer = committed * 6 / 10
                let secondTransfer = committed * 3 / 10
                func day(_ month: Int, _ dayOfMonth: Int) -> CalendarDay {
                    let candidate = CalendarDay(year: year, month: month, day: dayOfMonth)!
                    return candidate <= today ? candidate : today
                }
                let projectId: UUID
                if let existing = projectOfPairing[pairing.id] {
                    projectId = existing
                } else {
                    projectId = try await database.transaction { connection in
                        try await funds.createProject(
                            pairingId: pairing.id, category: [.industry, .laborCooperation, .education][pairing.id % 3],
                            title: "演示项目：闽宁协作 \(pairing.fujianRegionCode)→\(pairing.ningxiaRegionCode)", budgetFen: committed * 2, status: .inProgress,
                            by: actor, on: connection
                        )
                    }.id
                    projectOfPairing[pairing.id] = projectId
                }
                let requests: [LedgerAppend] = [
                    .entry(NewLedgerEntry(pairingId: pairing.id, year: year, projectId: nil, kind: .commitment, amountFen: committed,
                                          entryDate: day(1, 15), documentNumber: "演示-承诺-\(year)-\(pairing.id)", reversesPosition: nil)),
                    .entry(NewLedgerEntry(pairingId: pairing.id, year: year, projectId: nil, kind: .transfer, amountFen: firstTransfer,
                                          entryDate: day(3, 20), documentNumber: "演示-拨付-\(year)-\(pairing.id)-1", reversesPosition: nil)),
                    .entry(NewLedgerEntry(pairingId: pairing.id, year: year, projectId: projectId, kind: .expenditure, amountFen: firstTransfer / 2,
                                          entryDate: day(5, 10), documentNumber: "演示-支出-\(year)-\(pairing.id)-1", reversesPosition: nil)),
                    .entry(NewLedgerEntry(pairingId: pairing.id, year: year, projectId: nil, kind: .transfer, amountFen: secondTransfer,
                                          entryDate: day(8, 5), documentNumber: "演示-拨付-\(year)-\(pairing.id)-2", reversesPosition: nil)),
                    .entry(NewLedgerEntry(pairingId: pairing.id, year: year, projectId: projectId, kind: .expenditure, amountFen: secondTransfer / 2,
                                          entryDate: day(10, 18), documentNumber: "演示-支出-\(year)-\(pairing.id)-2", reversesPosition: nil)),
                ]
                for request in requests {
                    // Large expenditures wait for a second clerk of the office, as in production.
                    if case .awaitingConfirmation(let waiting) = try await funds.record(request, by: actor) {
                        _ = try await funds.confirm(waiting.id, by: cashier)
                    }
                    entries += 1
                }
                // The year's agreement, so the assessment shows targets beside what was done; the
                // provinces' own counts every pairing's records, so its targets are the whole's.
                let scale = pairing.isProvincePair ? 8 : 1
                let fundsTarget = pairing.isProvincePair
                    ? pairings.filter { $0.kind == .eastWest }.map { Self.committed($0, year: year, today: today) }.reduce(0, +) : committed
                _ = try await services.assessment.setTargets(pairingId: pairing.id, year: year, values: [
                    .fundsCommittedFen: fundsTarget, .fundsTransferredFen: fundsTarget * 95 / 100, .peoplePlaced: 30 * scale, .liftedPlaced: 15 * scale,
                    .monitoredPlaced: 5 * scale, .peopleTrained: 20 * scale, .enterprisesBroughtIn: 2 * scale, .investmentArrivedFen: 5_000_000_000 * scale,
                    .jobsForLifted: 30 * scale, .cadresSent: 3 * scale, .techniciansSent: 10 * scale, .consumptionFen: 500_000_000 * scale,
                    .donationsFen: 100_000_000 * scale,
                ], reason: "演示：\(year) 年东西部协作协议指标", by: actor)
            }
        }
        return entries
    }

    /// Amounts vary by pairing and grow by a tenth a year; all in whole yuan. 山海协作 ones are
    /// around the ¥12 M floor, so that the report flags some counties below it.
    static func committed(_ pairing: Pairing, year: Int, today: CalendarDay) -> Int {
        let base = pairing.kind == .mountainSea ? 10_000_000 + (pairing.id % 2) * 6_000_000 : 20_000_000 + pairing.id * 3_000_000
        return base * 100 * (10 + year - today.year + 3) / 13
    }

}
