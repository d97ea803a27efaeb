import Foundation
import MinningDomain
import MinningPersistence

/// Invented talent postings, consumption purchases, donations and an enterprise relocated into a
/// park of the Ningxia county (with its investment arriving and its headcounts) for every pairing
/// running this year (this year and last), and one provincial joint meeting with its follow-up
/// items, so that a new user's assessment and meeting pack show all six aspects. Written through the use cases'
/// rules by the Ningxia office; evidence references start `演示`; a second run adds nothing.
public struct DemoCooperationSeeder: Sendable {
    let services: Services

    public init(services: Services) {
        self.services = services
    }

    public struct Outcome: Sendable {
        public var talent = 0
        public var purchases = 0
        public var donations = 0
        public var meetings = 0
        public var enterprises = 0
    }

    public func run(officeName: String = "宁夏回族自治区闽宁协作办公室") async throws -> Outcome {
        let (database, today) = (services.database, services.clock.today)
        guard try await DemoDataRepository(database: database).meetingCount() == 0 else { return Outcome() }
        let actor = try await CommandLineActor.resolve(database, bureauNamed: officeName, label: "demo seed", requestId: "seed")
        let regions = RegionRepository(database: database)
        var outcome = Outcome()
        // The Ningxia office records them; 山海协作 pairings, inside Fujian, are not its to record.
        for pairing in try await services.reference.pairings(region: nil, year: today.year) where pairing.kind == .eastWest {
            guard let fujianCode = RegionCode(pairing.fujianRegionCode), let ningxiaCode = RegionCode(pairing.ningxiaRegionCode) else { continue }
            let fujian = try await regions.find(fujianCode)?.nameZh ?? pairing.fujianRegionCode
            let ningxia = try await regions.find(ningxiaCode)?.nameZh ?? pairing.ningxiaRegionCode
            let services = self.services
            let counts = try await database.transaction { connection in
                var counts = (talent: 0, purchases: 0, donations: 0)
                for posting in Self.postings(pairing, fujian: fujian, ningxia: ningxia, today: today) where pairing.runs(in: posting.startsOn.year) {
                    _ = try await services.talent.record(posting, by: actor, on: connection)
                    counts.talent += 1
                }
                for year in [today.year - 1, today.year] where pairing.runs(in: year) {
                    let purchases = Self.purchases(pairing, origin: ningxiaCode, fujian: fujian, year: year, today: today)
                    if !purchases.isEmpty { counts.purchases += try await services.consumption.record(purchases, by: actor, on: connection).count }
                    for donation in Self.donations(pairing, fujian: fujian, year: year, today: today) {
                        _ = try await services.donations.record(donation, by: actor, on: connection)
                        counts.donations += 1
                    }
                }
                return counts
            }
            outcome.talent += counts.talent
            outcome.purchases += counts.purchases
            outcome.donations += counts.donations
            if try await relocate(pairing, fujian: fujian, ningxia: ningxiaCode, ningxiaName: ningxia, today: today, by: actor) {
                outcome.enterprises += 1
            }
        }
        let meeting = try await meeting(today: today)
        let services = self.services
        let recorded = try await database.transaction { connection in try await services.meetings.record(meeting, by: actor, on: connection) }
        if let first = recorded.decisions.first {
            _ = try await services.meetings.report(
                decision: first.id, status: .done, progress: "已发专列 2 趟，输送 312 人", doneOn: min(first.dueOn.adding(days: -3), today),
                expectedVersion: nil, by: actor
            )
        }
        outcome.meetings = 1
        return outcome
    }

    /// An enterprise of the Fujian side that moved into a park of the county last June (the county's
    /// demo park, made when it has none), with investment arriving in two tranches and a headcount
    /// at the end of last year and in September.
    func relocate(_ pairing: Pairing, fujian: String, ningxia: RegionCode, ningxiaName: String, today: CalendarDay, by actor: AuditActor) async throws -> Bool {
        let parks = services.parks
        let entered = CalendarDay(year: today.year - 1, month: 6, day: 1)!
        guard pairing.runs(in: entered.year), !pairing.isProvincePair, let giving = RegionCode(pairing.fujianRegionCode) else { return false }
        let park: ParkRecord
        if let existing = try await parks.parks(by: actor.principal).first(where: { $0.region == ningxia }) {
            park = existing
        } else {
            park = try await services.database.transaction { connection in
                try await parks.createPark(name: "\(ningxiaName)闽宁产业园（演示）", region: ningxia, establishedOn: CalendarDay(year: 2020, month: 6, day: 1)!,
                                           by: actor, on: connection)
            }
        }
        let prefix = "91\(ningxia.rawValue)MA0001" + String(format: "%03d", pairing.id)
        let enterprise = try await services.database.transaction { connection in
            try await parks.addEnterprise(
                parkId: park.id, name: "\(fujian)援建企业（演示）", creditCode: try CreditCode(prefix + String(CreditCode.checkCharacter(for: prefix)!)),
                relocatedFrom: giving, industryCode: "C", investmentFen: 5_000_000_000, enteredOn: entered, by: actor, on: connection
            )
        }
        let arrivals = [(CalendarDay(year: today.year - 1, month: 8, day: 1)!, 1_500_000_000), (min(CalendarDay(year: today.year, month: 3, day: 1)!, today), 1_000_000_000)]
        let counts = [(CalendarDay(year: today.year - 1, month: 12, day: 31)!, 80, 25), (min(CalendarDay(year: today.year, month: 9, day: 30)!, today), 120, 40)]
        try await services.database.transaction { connection in
            for (index, (day, fen)) in arrivals.enumerated() {
                _ = try await parks.recordArrival(
                    parkId: park.id, InvestmentArrival(enterpriseId: enterprise.id, arrivedOn: day, amountFen: fen, evidenceRef: "演示-到位-\(pairing.id)-\(index + 1)"),
                    by: actor, on: connection
                )
            }
            for (day, jobs, lifted) in counts where day >= entered {
                try await parks.putHeadcount(
                    parkId: park.id, Headcount(enterpriseId: enterprise.id, countedOn: day, jobs: jobs, liftedJobs: lifted, localJobs: jobs - 10),
                    by: actor, on: connection
                )
            }
        }
        return true
    }

    /// A cadre on a two-year round, a teacher for a term, a doctor still serving, an agronomist
    /// last season, and a Ningxia cadre learning in Fujian.
    static func postings(_ pairing: Pairing, fujian: String, ningxia: String, today: CalendarDay) -> [TalentAssignment] {
        let year = today.year
        func day(_ year: Int, _ month: Int, _ dayOfMonth: Int) -> CalendarDay { min(CalendarDay(year: year, month: month, day: dayOfMonth)!, today) }
        func posting(_ kind: TalentAssignment.Kind, _ direction: TalentAssignment.Direction, _ name: String, _ home: String, _ host: String,
                     _ post: String, _ starts: CalendarDay, _ ends: CalendarDay?) -> TalentAssignment {
            TalentAssignment(pairingId: pairing.id, kind: kind, direction: direction, personName: name, homeUnit: home, hostUnit: host, post: post,
                             startsOn: starts, endsOn: ends)
        }
        let n = pairing.id
        return [
            posting(.cadre, .toNingxia, "演示干部甲\(n)", "\(fujian)发展和改革局", "\(ningxia)人民政府", "副县长（挂职）", day(year - 1, 7, 1), nil),
            posting(.teacher, .toNingxia, "演示教师乙\(n)", "\(fujian)第一中学", "\(ningxia)第一中学", "支教教师", day(year, 3, 1), day(year, 7, 15)),
            posting(.doctor, .toNingxia, "演示医生丙\(n)", "\(fujian)医院", "\(ningxia)人民医院", "帮扶医生", day(year, 2, 15), nil),
            posting(.agronomist, .toNingxia, "演示农技丁\(n)", "\(fujian)农业农村局", "\(ningxia)农业农村局", "农技专家", day(year - 1, 4, 1), day(year - 1, 10, 31)),
            posting(.cadre, .toFujian, "演示干部戊\(n)", "\(ningxia)人力资源和社会保障局", "\(fujian)人力资源和社会保障局", "挂职锻炼", day(year, 5, 1), day(year, 10, 31)),
        ]
    }

    static func purchases(_ pairing: Pairing, origin: RegionCode, fujian: String, year: Int, today: CalendarDay) -> [ConsumptionPurchase] {
        let buyers: [(String, ConsumptionPurchase.BuyerKind, ConsumptionPurchase.ProductCategory, Int)] = [
            ("\(fujian)机关事务服务中心", .governmentCanteen, .beefMutton, 3),
            ("\(fujian)总工会", .union, .wolfberry, 5),
            ("\(fujian)商超集团", .enterprise, .grainOil, 7),
            ("闽宁消费帮扶馆（电商）", .ecommerce, .wine, 9),
            ("\(fujian)教育局学生食堂", .governmentCanteen, .fruitVegetables, 11),
        ]
        return buyers.enumerated().compactMap { index, buyer in
            let day = CalendarDay(year: year, month: buyer.3, day: 10)!
            guard day <= today else { return nil }
            // Whole yuan, varying by pairing, growing a fifth a year.
            let amount = (300_000 + pairing.id * 40_000 + index * 150_000) * 100 * (year == today.year ? 6 : 5) / 5
            return ConsumptionPurchase(
                pairingId: pairing.id, buyerName: buyer.0, buyerKind: buyer.1, productCategory: buyer.2, originRegion: origin, amountFen: amount,
                purchasedOn: day, evidenceRef: "演示-消费-\(year)-\(pairing.id)-\(index + 1)"
            )
        }
    }

    static func donations(_ pairing: Pairing, fujian: String, year: Int, today: CalendarDay) -> [Donation] {
        let gifts = [
            Donation(pairingId: pairing.id, donorName: "\(fujian)商会", donorKind: .socialOrganisation, form: .money,
                     valueFen: (200_000 + pairing.id * 10_000) * 100, description: "", receivedOn: CalendarDay(year: year, month: 4, day: 20)!, projectId: nil),
            Donation(pairingId: pairing.id, donorName: "演示捐赠企业\(pairing.id)", donorKind: .enterprise, form: .inKind,
                     valueFen: 150_000 * 100, description: "课桌椅 300 套、图书 2,000 册", receivedOn: CalendarDay(year: year, month: 9, day: 1)!, projectId: nil),
        ]
        return gifts.filter { $0.receivedOn <= today }
    }

    /// The provinces' meeting early in the year, with three items: one done, one due mid-year, one
    /// due at the year's end, so the pack and the owners' worklists have something to show.
    func meeting(today: CalendarDay) async throws -> Meeting {
        let database = services.database
        let held = min(CalendarDay(year: today.year, month: 1, day: 20)!, today)
        func owner(_ name: String) async throws -> UUID {
            try await CommandLineActor.resolve(database, bureauNamed: name, label: "demo seed", requestId: "seed").principal.bureauId
        }
        func due(_ month: Int, _ dayOfMonth: Int) -> CalendarDay { max(CalendarDay(year: today.year, month: month, day: dayOfMonth)!, held) }
        return Meeting(
            heldOn: held, level: .province, place: "银川市（演示）", pairingId: nil,
            attendeeUnits: ["福建省闽宁协作办公室", "宁夏回族自治区闽宁协作办公室", "福州市人力资源和社会保障局", "西吉县人力资源和社会保障局"],
            problems: "一、劳务输出后稳岗率仍偏低，部分务工人员三个月内返乡。\n二、个别结对县消费协作采购集中在年末，全年进度不均衡。\n三、产业园区新引进企业投资到位偏慢。",
            nextSteps: "一、建立务工人员在岗月度回访机制，重点跟踪脱贫人口和监测对象。\n二、按季度通报消费协作进度。\n三、对投资到位率低于 50% 的项目开展专项督导。",
            decisions: [
                Meeting.Decision(task: "组织春季劳务专列，向福州市输送务工人员", ownerBureauId: try await owner("西吉县人力资源和社会保障局"), dueOn: due(3, 31)),
                Meeting.Decision(task: "在福州市举办闽宁专场招聘会，提供适岗岗位 500 个", ownerBureauId: try await owner("福州市人力资源和社会保障局"), dueOn: due(6, 30)),
                Meeting.Decision(task: "推动 2 家福建企业落地闽宁产业园", ownerBureauId: try await owner("福建省闽宁协作办公室"), dueOn: due(12, 31)),
            ]
        )
    }
}
