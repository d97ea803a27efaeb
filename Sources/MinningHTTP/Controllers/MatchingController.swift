import Foundation
import HTTPTypes
import Hummingbird
import MinningDomain
import MinningPersistence
import MinningServices

/// Recommendations for one worker or one vacancy, and cohort allocation, over HTTP.
struct MatchingController {
    let matching: MatchingService
    let allocation: AllocationService

    func addRoutes(to group: RouterGroup<MinningRequestContext>) {
        group.get("/workers/{id}/recommendations") { request, context in try await recommendations(request, context) }
        group.get("/vacancies/{id}/candidates") { request, context in try await candidates(request, context) }
        group.post("/allocations") { request, context in try await allocate(request, context) }
    }

    private func recommendations(_ request: Request, _ context: MinningRequestContext) async throws -> Response {
        let caller = try context.caller(allowedBy: .recommendVacancies)
        let id = try PathParameter.uuid(context, "id")
        var query = QueryReader(request)
        let limit = query.integer("limit", in: 1...100) ?? 20
        try query.finish()
        let ranked = try await matching.recommendations(for: id, limit: limit, by: caller)
        return try APIJSON.response(ItemsResponse(items: ranked.map {
            RecommendationBody(vacancy: VacancySummaryBody($0.vacancy), explanation: $0.explanation)
        }))
    }

    private func candidates(_ request: Request, _ context: MinningRequestContext) async throws -> Response {
        let caller = try context.caller(allowedBy: .listCandidates)
        let id = try PathParameter.uuid(context, "id")
        var query = QueryReader(request)
        let limit = query.integer("limit", in: 1...100) ?? 50
        try query.finish()
        let ranked = try await matching.candidates(for: id, limit: limit, by: caller)
        let today = matching.today
        return try APIJSON.response(ItemsResponse(items: ranked.map {
            CandidateMatchBody(candidate: MatchCandidateBody($0.worker, today: today), explanation: ExplanationBody($0.explanation, for: caller.role))
        }))
    }
}
