import Foundation

/// What matching knows about a worker: the profile, and the facts about them that come from
/// elsewhere in the database (training certificates, the county's assistance status).
public struct MatchWorker: Sendable, Equatable {
    public let id: UUID
    public let profile: WorkerProfile
    public let birthDate: CalendarDay?
    public let birthYear: Int
    /// Employers whose training bases certified this worker.
    public let certifiedByEmployers: Set<UUID>
    /// The origin county is a national key assistance county (国家乡村振兴重点帮扶县).
    public let fromKeyAssistanceCounty: Bool

    public init(
        id: UUID, profile: WorkerProfile, birthDate: CalendarDay?, birthYear: Int,
        certifiedByEmployers: Set<UUID> = [], fromKeyAssistanceCounty: Bool = false
    ) {
        self.id = id
        self.profile = profile
        self.birthDate = birthDate
        self.birthYear = birthYear
        self.certifiedByEmployers = certifiedByEmployers
        self.fromKeyAssistanceCounty = fromKeyAssistanceCounty
    }

    public func age(on day: CalendarDay) -> Int {
        if let birthDate { return birthDate.years(until: day) }
        return day.year - birthYear
    }
}

/// What matching knows about a vacancy: its terms, what is left of it, and its employer.
public struct MatchVacancy: Sendable, Equatable {
    public let id: UUID
    public let employerId: UUID
    public let industryCode: String
    public let terms: VacancyTerms
    /// Openings minus live placements (proposed, accepted, hired).
    public let remainingOpenings: Int
    /// Origin regions (counties, or whole prefectures) paired (结对帮扶) with the work county or its
    /// city in the vacancy's start year.
    public let pairedOriginRegions: Set<String>

    public init(
        id: UUID, employerId: UUID, industryCode: String, terms: VacancyTerms, remainingOpenings: Int,
        pairedOriginRegions: Set<String> = []
    ) {
        self.id = id
        self.employerId = employerId
        self.industryCode = industryCode
        self.terms = terms
        self.remainingOpenings = remainingOpenings
        self.pairedOriginRegions = pairedOriginRegions
    }
}
