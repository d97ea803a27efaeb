import MinningDomain
import Testing

@Suite("Assessment rules: completion, aspects and the CSV")
struct AssessmentTests {
    static let pairing = Pairing(id: 7, fujianRegionCode: "350181", ningxiaRegionCode: "640422", startYear: 2021, endYear: nil, basis: "sourced", source: "test")

    @Test("completion is actual over target in per mille, rounded half up; no target, a target of 0 or no records give none")
    func completion() {
        let assessment = Assessment(pairingId: 7, year: 2026,
            targets: [.peoplePlaced: 30, .liftedPlaced: 0, .fundsTransferredFen: 3, .cadresSent: 3],
            actuals: [.peoplePlaced: 1, .liftedPlaced: 4, .fundsTransferredFen: 2, .peopleTrained: 5],
            previousActuals: [.peoplePlaced: 3, .peopleTrained: 5])
        func line(_ metric: TargetMetric) -> Assessment.Line { assessment.lines.first { $0.metric == metric }! }
        #expect(assessment.lines.map(\.metric) == TargetMetric.allCases, "one line per metric, in the aspects' order")
        #expect(line(.peoplePlaced).completionPerMille == 33 && Assessment.percent(33) == "3.3%")
        #expect(line(.fundsTransferredFen).completionPerMille == 667, "2/3 rounds half up to 66.7 %")
        #expect(line(.liftedPlaced).completionPerMille == nil, "a target of 0 has no rate")
        #expect(line(.cadresSent).completionPerMille == nil && line(.cadresSent).actual == nil, "no records: no rate, and not a 0")
        #expect(line(.peopleTrained).completionPerMille == nil && line(.peopleTrained).change == 0, "no target: no rate, but a change")
        #expect(line(.peoplePlaced).change == -2 && line(.peoplePlaced).met == false)
        #expect(Assessment.percent(1000) == "100.0%" && Assessment.percent(1234) == "123.4%")
    }

    @Test("sums of records near Int's range give a rate at its end instead of stopping the process; sums saturate")
    func noOverflow() {
        let huge = Assessment(pairingId: 7, year: 2026, targets: [.consumptionFen: 3, .donationsFen: 10_000_000_000_000],
                              actuals: [.consumptionFen: Int.max - 1, .donationsFen: 9_300_000_000_000_000], previousActuals: [:])
        func line(_ metric: TargetMetric) -> Assessment.Line { huge.lines.first { $0.metric == metric }! }
        #expect(line(.consumptionFen).completionPerMille == Int.max)
        #expect(line(.donationsFen).completionPerMille == 930_000, "9.3e15 fen against 1e13: 930 times, in per mille")
        #expect([Int.max, 5].saturatingSum == Int.max && [Int.min, -5].saturatingSum == Int.min && [2, 3].saturatingSum == 5)
    }

    @Test("a posting's days in a year stop at today: days ahead are not served, a posting not begun has none")
    func daysServed() {
        let today = CalendarDay(year: 2026, month: 3, day: 1)!
        let long = TalentAssignment(pairingId: 7, kind: .cadre, direction: .toNingxia, personName: "甲", homeUnit: "a", hostUnit: "b", post: "c",
                                    startsOn: CalendarDay(year: 2026, month: 1, day: 1)!, endsOn: CalendarDay(year: 2028, month: 12, day: 31)!)
        #expect(long.daysServed(in: 2026, today: today) == 60, "1 January to 1 March")
        #expect(long.daysServed(in: 2027, today: today) == 0)
        #expect(TalentAssignment.daysServed(from: CalendarDay(year: 2026, month: 4, day: 1)!, to: nil, in: 2026, today: today) == 0)
        #expect(TalentAssignment.daysServed(from: CalendarDay(year: 2025, month: 7, day: 1)!, to: nil, in: 2025, today: today) == 184)
    }

    @Test("the pack adds each placement and each enterprise once: pairings sharing a Ningxia county count its placements once; a city's pairing holds its county's enterprises")
    func countedOnce() {
        func entry(_ id: Int, _ fujian: String, _ ningxia: String) -> AssessmentReport.Entry {
            let pairing = Pairing(id: id, fujianRegionCode: fujian, ningxiaRegionCode: ningxia, startYear: 2021, endYear: nil, basis: "sourced", source: "test")
            return AssessmentReport.Entry(pairing: pairing, fujianName: fujian, ningxiaName: ningxia,
                                          assessment: Assessment(pairingId: id, year: 2026, targets: [:], actuals: [:], previousActuals: [:]))
        }
        let entries = [entry(1, "350203", "640121"), entry(2, "350206", "640121"), entry(3, "350600", "640522"), entry(4, "350623", "640522")]
        #expect(MeetingPack.countedOnce(entries, for: .peoplePlaced).map(\.pairing.id) == [1, 3], "思明 and 湖里 share 永宁's placements")
        #expect(MeetingPack.countedOnce(entries, for: .investmentArrivedFen).map(\.pairing.id) == [1, 2, 3], "漳州's pairing holds 漳浦's enterprises")
        #expect(MeetingPack.countedOnce(entries, for: .consumptionFen).map(\.pairing.id) == [1, 2, 3, 4], "records belong to one pairing each")
    }

    @Test("every metric belongs to one of the six aspects, money ends in _fen, and each has a Chinese name")
    func metrics() {
        #expect(Set(TargetMetric.allCases.map(\.aspect)) == Set(TargetMetric.Aspect.allCases))
        #expect(TargetMetric.allCases.filter(\.isMoney) == [.fundsCommittedFen, .fundsTransferredFen, .investmentArrivedFen, .consumptionFen, .donationsFen])
        #expect(TargetMetric.allCases.allSatisfy { !$0.nameZh.isEmpty && $0.nameZh.unicodeScalars.contains { $0.value >= 0x4E00 } })
    }

    @Test("the CSV is Excel's: a byte-order mark, Chinese headers, money in 元, a missing record said in words")
    func csv() {
        let assessment = Assessment(pairingId: 7, year: 2026, targets: [.fundsCommittedFen: 1_800_000_000, .peoplePlaced: 30],
                                    actuals: [.fundsCommittedFen: 900_000_050, .peoplePlaced: 15], previousActuals: [:])
        let text = AssessmentReport(year: 2026, entries: [.init(pairing: Self.pairing, fujianName: "福清市", ningxiaName: "西吉县", assessment: assessment)]).csv()
        let lines = text.split(separator: "\r\n").map(String.init)
        #expect(lines.first == "\u{FEFF}结对,福建方代码,宁夏方代码,方面,指标,协议目标,完成,完成率,2025年完成,同比增减")
        #expect(lines.count == 1 + TargetMetric.allCases.count)
        #expect(lines.contains("福清市—西吉县,350181,640422,资金支持,协议资金（元）,18000000.00,9000000.50,50.0%,,"))
        #expect(lines.contains("福清市—西吉县,350181,640422,劳务协作,转移就业人数,30,15,50.0%,,"))
        #expect(lines.contains("福清市—西吉县,350181,640422,人才交流,选派党政干部,,尚无记录,,,"))
    }
}
