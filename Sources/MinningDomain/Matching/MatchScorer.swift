/// Scores worker–vacancy pairs. Pure: the same inputs always give the same explanation, so
/// recommendations, allocations and their tests agree to the point.
public struct MatchScorer: Sendable {
    public let priority: PriorityPolicy
    public let retention: RetentionTable
    /// The day the match is made on: vacancies that closed before it are not open.
    public let today: CalendarDay

    public init(priority: PriorityPolicy = .standard, retention: RetentionTable = RetentionTable(), today: CalendarDay) {
        self.priority = priority
        self.retention = retention
        self.today = today
    }

    public func evaluate(_ worker: MatchWorker, _ vacancy: MatchVacancy) -> MatchEvaluation {
        let failed = HardConstraint.allCases.filter { !$0.isMet(by: worker, for: vacancy, on: today) }
        guard failed.isEmpty else { return .infeasible(failed: failed) }
        let parts = ScoreComponent.allCases.map { component in
            MatchExplanation.Part(component: component, value: value(of: component, worker, vacancy), weight: component.weight)
        }
        let score = parts.reduce(0) { $0 + $1.points }
        let weight = priority.weight(of: worker)
        return .feasible(MatchExplanation(
            parts: parts, score: score, priorityGroups: priority.groups(of: worker), priorityWeight: weight,
            weightedScore: score * weight / PriorityPolicy.neutral, passedConstraints: HardConstraint.allCases
        ))
    }

    private func value(of component: ScoreComponent, _ worker: MatchWorker, _ vacancy: MatchVacancy) -> Int {
        let profile = worker.profile
        let terms = vacancy.terms
        switch component {
        case .occupationFit:
            return OccupationFit.value(of: profile, for: terms.occupationCode)
        case .wage:
            return WageFit.value(expectedFen: profile.expectedMonthlyWageFen, offeredMinFen: terms.wageMinFen, offeredMaxFen: terms.wageMaxFen)
        case .housing:
            return !profile.needsHousing || terms.housingProvided ? ScoreComponent.full : 0
        case .trainingLink:
            return worker.certifiedByEmployers.contains(vacancy.employerId) ? ScoreComponent.full : 0
        case .pairingLink:
            let county = profile.originRegion.rawValue
            let prefecture = String(county.prefix(4)) + "00"
            let paired = vacancy.pairedOriginRegions.contains(county) || vacancy.pairedOriginRegions.contains(prefecture)
            return paired ? ScoreComponent.full : 0
        case .retention:
            return retention.value(employer: vacancy.employerId, county: profile.originRegion.rawValue, industry: vacancy.industryCode)
        }
    }
}
