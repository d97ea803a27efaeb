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
            let scorer = try await matching.recentScorer(today: today, on: connection)
            let vacancies = try await matching.recommendationCandidates(for: worker, today: today, on: connection)
            return Self.best(vacancies, id: \.id, limit: limit) { scorer.evaluate(worker, $0).explanation }.map { vacancy, explanation in
                RecommendationBody(vacancy: VacancySummaryBody(vacancy), explanation: explanation)
            }
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
            let scorer = try await matching.recentScorer(today: today, on: connection)
            let workers = try await matching.candidates(for: vacancy, on: connection)
            return Self.best(workers, id: \.id, limit: limit) { scorer.evaluate($0, vacancy).explanation }.map { worker, explanation in
                CandidateMatchBody(candidate: MatchCandidateBody(worker, today: today), explanation: ExplanationBody(explanation, for: caller.role))
            }
        }
        return try APIJSON.response(ItemsResponse(items: ranked))
    }

    /// Best first by weighted score, then score, then id: the same data always lists the same way.
    /// Sorts plain keys and builds nothing for the candidates that do not make the list: the
    /// pool is hundreds, the list tens.
    static func best<Candidate>(
        _ candidates: [Candidate], id: (Candidate) -> UUID, limit: Int, explain: (Candidate) -> MatchExplanation?
    ) -> [(Candidate, MatchExplanation)] {
        var explanations: [MatchExplanation?] = []
        var keys: [(weighted: Int, score: Int, id: UUID, index: Int)] = []
        explanations.reserveCapacity(candidates.count)
        keys.reserveCapacity(candidates.count)
        for (index, candidate) in candidates.enumerated() {
            let explanation = explain(candidate)
            explanations.append(explanation)
            if let explanation { keys.append((explanation.weightedScore, explanation.score, id(candidate), index)) }
        }
        keys.sort { lhs, rhs in
            if lhs.weighted != rhs.weighted { return lhs.weighted > rhs.weighted }
            if lhs.score != rhs.score { return lhs.score > rhs.score }
            return lhs.id.precedes(rhs.id)
        }
        return keys.prefix(limit).map { (candidates[$0.index], explanations[$0.index]!) }
    }
}

extension UUID {
    /// The order of `uuidString`, without making the strings.
    func precedes(_ other: UUID) -> Bool {
        withUnsafeBytes(of: uuid) { lhs in withUnsafeBytes(of: other.uuid) { rhs in lhs.lexicographicallyPrecedes(rhs) } }
    }
}
