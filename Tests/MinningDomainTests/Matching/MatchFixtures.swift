import Foundation
@testable import MinningDomain

/// Workers and vacancies for matching tests: valid by default, changed by closures.
enum MatchFixtures {
    static let today = CalendarDay(year: 2026, month: 11, day: 29)!

    static func uuid(_ n: Int) -> UUID {
        UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))!
    }

    static func worker(_ n: Int = 1, _ change: (inout WorkerProfile) -> Void = { _ in }) -> MatchWorker {
        var profile = WorkerProfile(
            originRegion: RegionCode("640422")!, education: .juniorSecondary, povertyStatus: .none, monitoredKind: nil,
            skills: [Skill(occupationCode: "7533", certificate: "缝纫工", level: 4)], preferredDestinations: [],
            preferredOccupations: [], expectedMonthlyWageFen: 500_000, needsHousing: true,
            availableFrom: CalendarDay(year: 2026, month: 12, day: 1)!, status: .available
        )
        change(&profile)
        return MatchWorker(id: uuid(n), profile: profile, birthDate: CalendarDay(year: 1995, month: 6, day: 1)!, birthYear: 1995)
    }

    static func vacancy(
        _ n: Int = 1001, openings: Int = 5, employer: UUID = uuid(9001), paired: Set<String> = [],
        _ change: (inout VacancyTerms) -> Void = { _ in }
    ) -> MatchVacancy {
        var terms = VacancyTerms(
            title: "平车工", occupationCode: "7533", openings: openings, wageMinFen: 450_000, wageMaxFen: 650_000,
            housingProvided: true, mealsProvided: true, workRegion: RegionCode("350102")!, minAge: 18, maxAge: 50,
            minEducation: .primary, requiredCertificates: [], startsOn: CalendarDay(year: 2027, month: 1, day: 5)!,
            closesOn: CalendarDay(year: 2026, month: 12, day: 31)!, status: .open
        )
        change(&terms)
        return MatchVacancy(id: uuid(n), employerId: employer, industryCode: "C", terms: terms, remainingOpenings: openings, pairedOriginRegions: paired)
    }
}
