import Foundation
import MinningDomain
import MinningPersistence

/// An invented 闽宁产业园 in 永宁县 (闽宁镇 lies there) with three enterprises — two relocated from
/// Fujian — and their figures for this year, so the parks report and the meeting pack have
/// something to show. Recorded by the Ningxia cooperation office; a second run adds nothing.
public struct DemoParksSeeder: Sendable {
    let services: Services

    public init(services: Services) {
        self.services = services
    }

    static let parkName = "闽宁产业园（演示）"

    public func run(officeName: String = "宁夏回族自治区闽宁协作办公室") async throws -> Int {
        let (database, today) = (services.database, services.clock.today)
        let actor = try await CommandLineActor.resolve(database, bureauNamed: officeName, label: "demo seed", requestId: "seed")
        let parks = services.parks
        guard try await !parks.parks(by: actor.principal).contains(where: { $0.name == Self.parkName }) else { return 0 }
        let park = try await database.transaction { connection in
            try await parks.createPark(name: Self.parkName, region: RegionCode("640121")!, establishedOn: CalendarDay(year: 2018, month: 6, day: 1)!,
                                       by: actor, on: connection)
        }
        let enterprises: [(String, String, String?, String, Int, (Int, Int, Int, Int))] = [
            ("宁夏闽宁服饰有限公司（演示）", "91640121MA0000001", "350102", "C", 80_000_000_00, (420, 380, 150, 9_500_000_000)),
            ("宁夏闽宁菌草食品有限公司（演示）", "91640121MA0000002", "350181", "C", 35_000_000_00, (180, 170, 90, 4_200_000_000)),
            ("永宁县闽宁物流有限公司（演示）", "91640121MA0000003", nil, "G", 12_000_000_00, (60, 55, 20, 1_100_000_000)),
        ]
        for (name, prefix, relocated, industry, investment, figures) in enterprises {
            let code = prefix + String(CreditCode.checkCharacter(for: prefix)!)
            let enterprise = try await database.transaction { connection in
                try await parks.addEnterprise(
                    parkId: park.id, name: name, creditCode: try CreditCode(code), relocatedFrom: relocated.flatMap(RegionCode.init),
                    industryCode: industry, investmentFen: investment, enteredOn: CalendarDay(year: 2019, month: 3, day: 1)!, by: actor, on: connection
                )
            }
            _ = try await parks.putYear(
                parkId: park.id, enterpriseId: enterprise.id, year: today.year,
                figures: ParkYearFigures(jobs: figures.0, localHires: figures.1, priorityHires: figures.2, outputValueFen: figures.3), by: actor
            )
        }
        return enterprises.count
    }
}
