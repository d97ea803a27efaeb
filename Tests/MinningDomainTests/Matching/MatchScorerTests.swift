import Foundation
import Testing
@testable import MinningDomain

@Suite("Match scoring")
struct MatchScorerTests {
    let scorer = MatchScorer(today: MatchFixtures.today)

    func failed(_ worker: MatchWorker, _ vacancy: MatchVacancy, on day: CalendarDay = MatchFixtures.today) -> [HardConstraint] {
        if case .infeasible(let failed) = MatchScorer(today: day).evaluate(worker, vacancy) { return failed }
        return []
    }

    @Test("a pair that breaks a hard constraint is not scored, and the constraint is named")
    func hardConstraints() {
        let worker = MatchFixtures.worker()
        #expect(failed(worker, MatchFixtures.vacancy()).isEmpty)
        #expect(failed(worker, MatchFixtures.vacancy { $0.status = .closed }) == [.vacancyOpen])
        #expect(failed(worker, MatchFixtures.vacancy(), on: CalendarDay(year: 2027, month: 1, day: 1)!) == [.vacancyOpen])
        #expect(failed(MatchFixtures.worker { $0.status = .placed }, MatchFixtures.vacancy()) == [.availableByStart])
        #expect(failed(MatchFixtures.worker { $0.availableFrom = CalendarDay(year: 2027, month: 2, day: 1)! }, MatchFixtures.vacancy()) == [.availableByStart])
        #expect(failed(worker, MatchFixtures.vacancy { $0.maxAge = 30 }) == [.ageRange])
        #expect(failed(worker, MatchFixtures.vacancy { $0.minEducation = .seniorSecondary }) == [.minimumEducation])
        #expect(failed(worker, MatchFixtures.vacancy { $0.requiredCertificates = ["7212"] }) == [.requiredCertificates])
        #expect(failed(worker, MatchFixtures.vacancy { $0.requiredCertificates = ["7533"] }).isEmpty)
        #expect(failed(MatchFixtures.worker { $0.preferredDestinations = [RegionCode("350500")!] }, MatchFixtures.vacancy()) == [.preferredDestination])
        // A city named as destination covers its counties.
        #expect(failed(MatchFixtures.worker { $0.preferredDestinations = [RegionCode("350100")!] }, MatchFixtures.vacancy()).isEmpty)
        #expect(MatchScorer(today: MatchFixtures.today).evaluate(worker, MatchFixtures.vacancy(openings: 1)).explanation != nil)
        let full = MatchVacancy(id: MatchFixtures.uuid(1), employerId: MatchFixtures.uuid(2), industryCode: "C",
                                terms: MatchFixtures.vacancy().terms, remainingOpenings: 0)
        #expect(failed(worker, full) == [.vacancyOpen])
    }

    @Test("occupation fit follows the ISCO-08 hierarchy, and a certificate counts more")
    func occupationFit() {
        func fit(_ skill: Skill) -> Int {
            OccupationFit.value(of: MatchFixtures.worker { $0.skills = [skill] }.profile, for: "7533")
        }
        let unitCertified = fit(Skill(occupationCode: "7533", certificate: "缝纫工", level: 4))
        let unit = fit(Skill(occupationCode: "7533", certificate: nil, level: nil))
        let minor = fit(Skill(occupationCode: "7531", certificate: nil, level: nil))
        let subMajor = fit(Skill(occupationCode: "7512", certificate: nil, level: nil))
        let major = fit(Skill(occupationCode: "7212", certificate: nil, level: nil))
        let none = fit(Skill(occupationCode: "9313", certificate: nil, level: nil))
        #expect(unitCertified == 1_000)
        #expect(unitCertified > unit && unit > minor && minor > subMajor && subMajor > major && major > none)
        #expect(none == 0)
        let wish = OccupationFit.value(of: MatchFixtures.worker { $0.skills = []; $0.preferredOccupations = ["7533"] }.profile, for: "7533")
        #expect(wish > 0 && wish < unit)
    }

    @Test("wage fit: full at the expectation, none at 70 % of it, linear between", arguments: [
        (500_000, 500_000, 500_000, 1_000), (500_000, 600_000, 700_000, 1_000), (500_000, 350_000, 350_000, 0),
        (500_000, 300_000, 300_000, 0), (500_000, 425_000, 425_000, 500), (0, 200_000, 200_000, 1_000),
    ])
    func wageFit(expected: Int, min: Int, max: Int, value: Int) {
        #expect(WageFit.value(expectedFen: expected, offeredMinFen: min, offeredMaxFen: max) == value)
    }

    @Test("priority factors multiply: a monitored worker from a key county weighs 1.8")
    func priority() {
        let policy = PriorityPolicy.standard
        let plain = MatchFixtures.worker()
        #expect(policy.weight(of: plain) == 1_000)
        let monitored = MatchFixtures.worker { $0.povertyStatus = .monitored; $0.monitoredKind = .unstable }
        #expect(policy.weight(of: monitored) == 1_500)
        let keyCounty = MatchWorker(id: monitored.id, profile: monitored.profile, birthDate: nil, birthYear: 1995, fromKeyAssistanceCounty: true)
        #expect(policy.weight(of: keyCounty) == 1_800)
        #expect(policy.groups(of: keyCounty) == [.monitored, .keyAssistanceCounty])
    }

    @Test("retention is smoothed toward the overall rate while an employer's sample is small")
    func retention() {
        let small = MatchFixtures.uuid(1), large = MatchFixtures.uuid(2), unknown = MatchFixtures.uuid(3)
        let table = RetentionTable(
            overall: RetentionCounts(hires: 1_000, retained: 600),
            byEmployer: [small: RetentionCounts(hires: 1, retained: 0), large: RetentionCounts(hires: 1_000, retained: 900)]
        )
        #expect(table.overallRate == 600)
        // County × industry unknown everywhere: it contributes the overall rate.
        #expect(table.value(employer: unknown, county: "640422", industry: "C") == 600)
        let smallValue = table.value(employer: small, county: "640422", industry: "C")
        #expect(smallValue < 600 && smallValue > 550, "one lost hire moves a small employer only a little")
        let largeValue = table.value(employer: large, county: "640422", industry: "C")
        #expect(largeValue > 740, "a large sample speaks for itself")
        #expect(RetentionTable().value(employer: unknown, county: "640422", industry: "C") == RetentionTable.neutralRate)
    }

    @Test("the explanation adds up: score is the sum of value × weight; weighted score applies priority")
    func explanationAddsUp() throws {
        let employer = MatchFixtures.uuid(77)
        let worker = MatchWorker(
            id: MatchFixtures.uuid(5), profile: MatchFixtures.worker { $0.povertyStatus = .lifted }.profile,
            birthDate: nil, birthYear: 1990, certifiedByEmployers: [employer]
        )
        let vacancy = MatchFixtures.vacancy(employer: employer, paired: ["640400"])
        let explanation = try #require(scorer.evaluate(worker, vacancy).explanation)
        #expect(ScoreComponent.allCases.reduce(0) { $0 + $1.weight } == 100)
        #expect(explanation.score == explanation.parts.reduce(0) { $0 + $1.value * $1.weight })
        #expect(explanation.parts.first { $0.component == .trainingLink }?.value == 1_000)
        #expect(explanation.parts.first { $0.component == .pairingLink }?.value == 1_000, "a prefecture pairing covers its counties")
        #expect(explanation.weightedScore == explanation.score * 1_300 / 1_000)
        #expect(explanation.passedConstraints == HardConstraint.allCases)
        #expect(scorer.evaluate(worker, vacancy) == scorer.evaluate(worker, vacancy))
    }
}
