/// The conditions a pair must meet before it is scored at all. A failed one is reported by name,
/// so a clerk sees why a worker and a vacancy were never matched.
public enum HardConstraint: String, CaseIterable, Sendable, Codable {
    /// The vacancy is open, has openings left and has not closed.
    case vacancyOpen = "vacancy_open"
    /// The worker is available (not placed, in training or inactive) by the start date.
    case availableByStart = "available_by_start"
    case ageRange = "age_range"
    case minimumEducation = "minimum_education"
    /// The worker holds a certificate for every occupation the vacancy requires one for.
    case requiredCertificates = "required_certificates"
    /// The work region is one the worker named, when they named any.
    case preferredDestination = "preferred_destination"

    func isMet(by worker: MatchWorker, for vacancy: MatchVacancy, on day: CalendarDay) -> Bool {
        let terms = vacancy.terms
        let profile = worker.profile
        switch self {
        case .vacancyOpen:
            return terms.status == .open && vacancy.remainingOpenings > 0 && day <= terms.closesOn
        case .availableByStart:
            return profile.status == .available && profile.availableFrom <= terms.startsOn
        case .ageRange:
            return (terms.minAge...terms.maxAge).contains(worker.age(on: terms.startsOn))
        case .minimumEducation:
            return profile.education >= terms.minEducation
        case .requiredCertificates:
            let certified = Set(profile.skills.filter { $0.certificate != nil }.map(\.occupationCode))
            return terms.requiredCertificates.allSatisfy(certified.contains)
        case .preferredDestination:
            return profile.preferredDestinations.isEmpty
                || profile.preferredDestinations.contains { $0.contains(terms.workRegion) }
        }
    }
}
