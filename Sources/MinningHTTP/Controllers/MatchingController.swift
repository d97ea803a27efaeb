import Foundation
import HTTPTypes
import Hummingbird
import MinningDomain
import MinningPersistence

/// Recommendations for one worker or one vacancy, and cohort allocation.
struct MatchingController {
    let database: Database
    let matching: MatchingRepository
    let placements: PlacementRepository
    let idempotency: IdempotencyStore

    /// An allocation is solved inside a request; these bound its time and memory. Larger runs
    /// belong to `minning match run`.
    static let maximumCohort = 2_000
    static let maximumVacancies = 1_000

    func addRoutes(to group: RouterGroup<MinningRequestContext>) {
        group.get("/workers/{id}/recommendations") { request, context in try await recommendations(request, context) }
        group.get("/vacancies/{id}/candidates") { request, context in try await candidates(request, context) }
        group.post("/allocations") { request, context in try await allocate(request, context) }
    }

    private func recommendations(_ request: Request, _ context: MinningRequestContext) async throws -> Response {
        let caller = try context.caller(withRole: .admin, .originBureau)
        let id = try BureausController.uuid(context, "id")
        var query = QueryReader(request)
        let limit = query.integer("limit", in: 1...100) ?? 20
        try query.finish()
        let today = CalendarDay.today()
        let matching = self.matching
        let ranked = try await database.transaction { connection -> [RecommendationBody] in
            guard let worker = try await matching.workers([id], in: caller.scope, on: connection).first else {
                throw Problem.notFound("no worker with this id is in your scope")
            }
            let scorer = try await matching.scorer(today: today, on: connection)
            let vacancies = try await matching.recommendationCandidates(for: worker, today: today, on: connection)
            return Self.best(vacancies.compactMap { vacancy in
                scorer.evaluate(worker, vacancy).explanation.map { (vacancy.id, $0, RecommendationBody(vacancy: VacancySummaryBody(vacancy), explanation: $0)) }
            }, limit: limit)
        }
        return try APIJSON.response(ItemsResponse(items: ranked))
    }

    private func candidates(_ request: Request, _ context: MinningRequestContext) async throws -> Response {
        let caller = try context.caller(withRole: .admin, .destinationBureau)
        let id = try BureausController.uuid(context, "id")
        var query = QueryReader(request)
        let limit = query.integer("limit", in: 1...100) ?? 50
        try query.finish()
        let today = CalendarDay.today()
        let matching = self.matching
        let ranked = try await database.transaction { connection -> [CandidateMatchBody] in
            // A destination bureau asks for its own vacancies' candidates: the employer is in its scope.
            let owned = try await connection.query(
                """
                SELECT v.id FROM vacancies v JOIN employers e ON e.id = v.employer_id
                WHERE v.id = \(id) AND e.region_code LIKE \(caller.scope.codePrefix) || '%'
                """,
                logger: database.logger
            ).collect()
            guard !owned.isEmpty, let vacancy = try await matching.vacancies([id], visibleIn: caller.scope, on: connection).first else {
                throw Problem.notFound("no vacancy with this id is in your scope")
            }
            let scorer = try await matching.scorer(today: today, on: connection)
            let workers = try await matching.candidates(for: vacancy, on: connection)
            return Self.best(workers.compactMap { worker in
                scorer.evaluate(worker, vacancy).explanation.map { (worker.id, $0, CandidateMatchBody(candidate: MatchCandidateBody(worker, today: today), explanation: $0)) }
            }, limit: limit)
        }
        return try APIJSON.response(ItemsResponse(items: ranked))
    }

    /// Best first by weighted score, then score, then id: the same data always lists the same way.
    static func best<Item>(_ scored: [(UUID, MatchExplanation, Item)], limit: Int) -> [Item] {
        scored.sorted { lhs, rhs in
            if lhs.1.weightedScore != rhs.1.weightedScore { return lhs.1.weightedScore > rhs.1.weightedScore }
            if lhs.1.score != rhs.1.score { return lhs.1.score > rhs.1.score }
            return lhs.0.uuidString < rhs.0.uuidString
        }.prefix(limit).map(\.2)
    }
}
