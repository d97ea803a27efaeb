import Foundation
import MinningDomain
import MinningPersistence

/// What an allocation names: the cohort (by id or by filter), the vacancies (likewise), and
/// staff's pins and vetoes.
public struct AllocationRequest: Sendable {
    public var workerIds: [UUID]?
    public var workerFilter: MatchingRepository.WorkerFilter?
    public var vacancyIds: [UUID]?
    public var vacancyFilter: MatchingRepository.VacancyFilter?
    public var pinned: [CohortAllocation.Pair] = []
    public var forbidden: [CohortAllocation.Pair] = []

    public init(
        workerIds: [UUID]? = nil, workerFilter: MatchingRepository.WorkerFilter? = nil,
        vacancyIds: [UUID]? = nil, vacancyFilter: MatchingRepository.VacancyFilter? = nil,
        pinned: [CohortAllocation.Pair] = [], forbidden: [CohortAllocation.Pair] = []
    ) {
        self.workerIds = workerIds
        self.workerFilter = workerFilter
        self.vacancyIds = vacancyIds
        self.vacancyFilter = vacancyFilter
        self.pinned = pinned
        self.forbidden = forbidden
    }

    /// How large a run may be: a request solves inside its deadline, the CLI runs as long as it takes.
    public struct Limits: Sendable {
        public let workers: Int
        public let vacancies: Int

        public init(workers: Int, vacancies: Int) {
            self.workers = workers
            self.vacancies = vacancies
        }

        /// An allocation solved inside a request; larger runs belong to `minning match run`.
        public static let request = Limits(workers: 2_000, vacancies: 1_000)
    }

    /// Ids the caller named must all be found: a worker outside the scope, or a vacancy not
    /// visible, is named rather than silently left out.
    func problems(workers: [MatchWorker], vacancies: [MatchVacancy]) -> [FieldIssue] {
        var issues: [FieldIssue] = []
        let workerIds = Set(workers.map(\.id))
        let vacancyIds = Set(vacancies.map(\.id))
        for (index, id) in (self.workerIds ?? []).enumerated() where !workerIds.contains(id) {
            issues.append(FieldIssue(field: "worker_ids[\(index)]", message: .noneInScope(.worker)))
        }
        for (index, id) in (self.vacancyIds ?? []).enumerated() where !vacancyIds.contains(id) {
            issues.append(FieldIssue(field: "vacancy_ids[\(index)]", message: .noneVisible(.vacancy)))
        }
        for (key, pairs) in [("pins", pinned), ("forbidden", forbidden)] {
            for (index, pair) in pairs.enumerated() {
                if !workerIds.contains(pair.workerId) {
                    issues.append(FieldIssue(field: "\(key)[\(index)].worker_id", message: .notInCohort))
                }
                if !vacancyIds.contains(pair.vacancyId) {
                    issues.append(FieldIssue(field: "\(key)[\(index)].vacancy_id", message: .notAmongVacancies))
                }
            }
        }
        if Set(self.workerIds ?? []).count != (self.workerIds ?? []).count {
            issues.append(FieldIssue(field: "worker_ids", message: .repeats(.worker)))
        }
        if Set(self.vacancyIds ?? []).count != (self.vacancyIds ?? []).count {
            issues.append(FieldIssue(field: "vacancy_ids", message: .repeats(.vacancy)))
        }
        return issues
    }
}
