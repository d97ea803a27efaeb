import Foundation
import MinningDomain
import MinningPersistence

/// The best vacancies for one worker and the best workers for one vacancy: SQL narrows the field
/// on indexes (`MatchingRepository`), the scorer ranks it (`MatchScorer`, `MatchRanking`).
public struct MatchingService: Sendable {
    let database: Database
    let matching: MatchingRepository
    let clock: ChinaClock

    public init(database: Database, matching: MatchingRepository, clock: ChinaClock) {
        self.database = database
        self.matching = matching
        self.clock = clock
    }

    public var today: CalendarDay { clock.today }

    /// For a worker of the caller's scope.
    public func recommendations(for workerId: UUID, limit: Int, by principal: Principal) async throws -> [(vacancy: MatchVacancy, explanation: MatchExplanation)] {
        try Permission.recommendVacancies.check(principal)
        let (matching, today) = (self.matching, clock.today)
        return try await database.transaction { connection in
            guard let worker = try await matching.workers([workerId], in: principal.scope, on: connection).first else {
                throw DomainError.notFound(.noneInScope(.worker))
            }
            let scorer = try await matching.recentScorer(today: today, on: connection)
            let vacancies = try await matching.recommendationCandidates(for: worker, today: today, on: connection)
            return MatchRanking.best(vacancies, id: \.id, limit: limit) { scorer.evaluate(worker, $0).explanation }
                .map { (vacancy: $0, explanation: $1) }
        }
    }

    /// For a vacancy of the caller's own employers.
    public func candidates(for vacancyId: UUID, limit: Int, by principal: Principal) async throws -> [(worker: MatchWorker, explanation: MatchExplanation)] {
        try Permission.listCandidates.check(principal)
        let (matching, today) = (self.matching, clock.today)
        return try await database.transaction { connection in
            guard try await matching.vacancy(vacancyId, isOwnedIn: principal.scope, on: connection),
                  let vacancy = try await matching.vacancies([vacancyId], visibleIn: principal.scope, on: connection).first
            else {
                throw DomainError.notFound(.noneInScope(.vacancy))
            }
            let scorer = try await matching.recentScorer(today: today, on: connection)
            let workers = try await matching.candidates(for: vacancy, on: connection)
            return MatchRanking.best(workers, id: \.id, limit: limit) { scorer.evaluate($0, vacancy).explanation }
                .map { (worker: $0, explanation: $1) }
        }
    }
}
