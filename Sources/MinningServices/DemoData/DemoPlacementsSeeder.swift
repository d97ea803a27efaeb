import Foundation
import MinningDomain
import MinningPersistence

/// Five demo workers — from 海原 and from the Ningxia county of each pairing running this year —
/// hired 100 days ago with three paid months each, the subsidies that earns them, and one claim
/// approved and paid from the pairing funds — so a new user's meeting pack and assessment show
/// placements, retention and subsidies, written through the same rules as real data.
/// Skipped when any placement exists.
public struct DemoPlacementsSeeder: Sendable {
    let services: Services

    public init(services: Services) {
        self.services = services
    }

    /// 马小花 stays available: README's walkthrough recommends jobs to her.
    static let hires: [(worker: String, occupation: String)] = [
        ("海燕", "5322"), ("李娟", "8212"), ("马永福", "8212"), ("虎秀英", "8156"), ("马金花", "8212"),
    ]

    public func run() async throws -> Int {
        let (database, today) = (services.database, services.clock.today)
        let lookups = DemoDataRepository(database: database)
        guard try await lookups.placementCount() == 0 else { return 0 }
        // The operator answers for the workers' side: the two hires come from two prefectures.
        let origin = try await CommandLineActor.resolve(database, bureauNamed: "闽宁协作平台运维", label: "demo seed", requestId: "seed")
        let destination = try await CommandLineActor.resolve(database, bureauNamed: "福州市人力资源和社会保障局", label: "demo seed", requestId: "seed")
        let office = try await CommandLineActor.resolve(database, bureauNamed: "宁夏回族自治区闽宁协作办公室", label: "demo seed", requestId: "seed")
        let hiredOn = today.adding(days: -100)
        var hired = 0
        for (name, occupation) in Self.hires {
            guard let (workerId, vacancyId) = try await lookups.firstPair(workerNamed: name, occupation: occupation) else { continue }
            let placements = services.placements
            let placement = try await database.transaction { connection in
                try await placements.propose(worker: workerId, vacancy: vacancyId, by: origin, on: connection)
            }
            _ = try await services.placements.transition(placement.id, .init(to: .accepted), by: origin)
            try await lookups.dateSteps(of: placement.id, proposedOn: hiredOn.adding(days: -12), acceptedOn: hiredOn.adding(days: -5))
            // Three months back is before the backdating window: the office records it, with a reason.
            let why = "演示数据：补录三个月前的入职和在岗月份"
            _ = try await services.placements.transition(placement.id, .init(to: .hired, on: hiredOn), backdatingReason: why, by: office)
            for offset in 0..<3 {
                let index = hiredOn.year * 12 + hiredOn.month - 1 + offset
                let month = CalendarDay(year: index / 12, month: index % 12 + 1, day: 1)!
                _ = try await services.placements.recordMonth(
                    placement.id, .init(month: month, wagePaidFen: 480_000, verifiedBy: "演示核验员"), backdatingReason: why, by: office
                )
            }
            hired += 1
        }
        let subsidies = services.subsidies
        _ = try await subsidies.evaluate(asOf: today, by: office)
        // Pay one transport subsidy from the pairing active this year, when its funds allow.
        if let claim = try await subsidies.claims(status: .pending, policyCode: "transport_once", limit: 1, by: office.principal).first,
           let pairing = try await services.reference.pairings(region: RegionCode("640000"), year: today.year).first {
            _ = try await subsidies.decide(claim.id, to: .approved, reason: nil, payment: nil, by: office)
            // Paid by a second clerk of the office: the approver may not pay (four eyes).
            let cashier = try await CommandLineActor.resolve(database, bureauNamed: "宁夏回族自治区闽宁协作办公室", label: "demo seed (cashier)", requestId: "seed")
            _ = try? await subsidies.decide(
                claim.id, to: .paid, reason: nil, payment: .init(pairingId: pairing.id, entryDate: today, documentNumber: "演示-补助-1"), by: cashier
            )
        }
        return hired
    }
}
