import Foundation
import MinningTestSupport
import Testing
@testable import MinningDomain

@Suite("Cohort allocation")
struct CohortAllocationTests {
    let scorer = MatchScorer(today: MatchFixtures.today)

    static func randomInstance(_ rng: inout SplitMix64) -> ([MatchWorker], [MatchVacancy]) {
        let occupations = ["7533", "7531", "8153", "7212", "9313"]
        let workers = (0..<Int.random(in: 1...5, using: &rng)).map { n in
            MatchFixtures.worker(n + 1) { profile in
                profile.skills = [Skill(occupationCode: occupations.randomElement(using: &rng)!, certificate: Bool.random(using: &rng) ? "证" : nil, level: nil)]
                profile.expectedMonthlyWageFen = Int.random(in: 40...80, using: &rng) * 10_000
                profile.povertyStatus = [.none, .lifted, .dibao].randomElement(using: &rng)!
                profile.needsHousing = Bool.random(using: &rng)
                profile.education = Bool.random(using: &rng) ? .primary : .seniorSecondary
            }
        }
        let vacancies = (0..<Int.random(in: 1...3, using: &rng)).map { n in
            MatchFixtures.vacancy(1_001 + n, openings: Int.random(in: 1...2, using: &rng)) { terms in
                terms.occupationCode = occupations.randomElement(using: &rng)!
                terms.housingProvided = Bool.random(using: &rng)
                terms.minEducation = Bool.random(using: &rng) ? .primary : .juniorSecondary
                terms.wageMinFen = Int.random(in: 40...60, using: &rng) * 10_000
                terms.wageMaxFen = terms.wageMinFen + 100_000
            }
        }
        return (workers, vacancies)
    }

    /// Every assignment, tried: the best total of (weighted score + 1) over feasible pairs.
    func bruteForce(_ workers: [MatchWorker], _ vacancies: [MatchVacancy]) -> Int {
        var capacity = vacancies.map(\.remainingOpenings)
        func best(_ w: Int) -> Int {
            guard w < workers.count else { return 0 }
            var result = best(w + 1)
            for v in vacancies.indices where capacity[v] > 0 {
                guard let explanation = scorer.evaluate(workers[w], vacancies[v]).explanation else { continue }
                capacity[v] -= 1
                result = max(result, explanation.weightedScore + 1 + best(w + 1))
                capacity[v] += 1
            }
            return result
        }
        return best(0)
    }

    @Test("on 300 random small instances the allocation equals the brute-force optimum and never overbooks")
    func matchesBruteForce() throws {
        var rng = SplitMix64(seed: 2026)
        for _ in 0..<300 {
            let (workers, vacancies) = Self.randomInstance(&rng)
            let outcome = try CohortAllocation(workers: workers, vacancies: vacancies).allocate(scorer: scorer)
            #expect(outcome.solverObjective == bruteForce(workers, vacancies))
            #expect(outcome.solverObjective == outcome.objective + outcome.assignments.count)
            for vacancy in vacancies {
                #expect(outcome.assignments.filter { $0.vacancyId == vacancy.id }.count <= vacancy.remainingOpenings)
            }
            #expect(Set(outcome.assignments.map(\.workerId)).count == outcome.assignments.count)
            #expect(outcome.assignments.count + outcome.unplaced.count == workers.count)
            let shuffled = try CohortAllocation(workers: workers.shuffled(using: &rng), vacancies: vacancies.shuffled(using: &rng)).allocate(scorer: scorer)
            #expect(shuffled.assignments == outcome.assignments, "the order of the input does not change the answer")
        }
    }

    @Test("the worker who adds more gets the last opening; the other is told they were outbid")
    func priorityWinsTheLastOpening() throws {
        let plain = MatchFixtures.worker(1)
        let monitored = MatchFixtures.worker(2) { $0.povertyStatus = .monitored; $0.monitoredKind = .marginal }
        let tooOld = MatchWorker(id: MatchFixtures.uuid(3), profile: plain.profile, birthDate: CalendarDay(year: 1960, month: 1, day: 1)!, birthYear: 1960)
        let outcome = try CohortAllocation(workers: [plain, monitored, tooOld], vacancies: [MatchFixtures.vacancy(openings: 1)]).allocate(scorer: scorer)
        #expect(outcome.assignments.map(\.workerId) == [monitored.id])
        let reasons = Dictionary(uniqueKeysWithValues: outcome.unplaced.map { ($0.workerId, $0) })
        #expect(reasons[plain.id]?.reason == .outbidOnCapacity)
        #expect(reasons[tooOld.id]?.reason == .noFeasibleVacancy)
        #expect(reasons[tooOld.id]?.failedConstraints == [.ageRange: 1])
    }

    @Test("pins are honoured, forbidden pairs avoided, and an impossible pin is refused with its reason")
    func pinsAndVetoes() throws {
        let plain = MatchFixtures.worker(1)
        let monitored = MatchFixtures.worker(2) { $0.povertyStatus = .monitored; $0.monitoredKind = .marginal }
        let vacancy = MatchFixtures.vacancy(openings: 1)
        let allocation = CohortAllocation(workers: [plain, monitored], vacancies: [vacancy])
        let pinned = try allocation.allocate(scorer: scorer, pinned: [.init(workerId: plain.id, vacancyId: vacancy.id)])
        #expect(pinned.assignments.map(\.workerId) == [plain.id])
        #expect(pinned.assignments.first?.pinned == true)
        let vetoed = try allocation.allocate(scorer: scorer, forbidden: [.init(workerId: monitored.id, vacancyId: vacancy.id)])
        #expect(vetoed.assignments.map(\.workerId) == [plain.id])
        #expect(throws: CohortAllocation.PinRefused.self) {
            try allocation.allocate(scorer: scorer, pinned: [.init(workerId: plain.id, vacancyId: vacancy.id), .init(workerId: monitored.id, vacancyId: vacancy.id)])
        }
        let closed = MatchFixtures.vacancy(1002) { $0.maxAge = 20 }
        do {
            _ = try CohortAllocation(workers: [plain], vacancies: [closed]).allocate(scorer: scorer, pinned: [.init(workerId: plain.id, vacancyId: closed.id)])
            Issue.record("an infeasible pin was honoured")
        } catch let refused as CohortAllocation.PinRefused {
            #expect(refused.reason == .failsHardConstraints([.ageRange]))
        }
    }
}
