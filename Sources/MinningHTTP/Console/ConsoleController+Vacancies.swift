import Foundation
import Hummingbird
import MinningDomain
import MinningPersistence
import MinningServices

/// Vacancies: a destination bureau's own, with the best candidates for each and a button to
/// propose one; for the origin side, the open vacancies its workers may be proposed to.
extension ConsoleController {
    func addVacancyRoutes(to router: Router<MinningRequestContext>) {
        router.get("/vacancies", use: signedIn(title: "岗位") { _, _, session in
            let principal = session.principal
            try Permission.readVacancies.check(principal)
            // A destination bureau's list is its own county's or city's; the others see the open ones.
            let filter = principal.role == .destinationBureau
                ? VacancyRepository.Filter(workRegion: principal.bureauRegion) : VacancyRepository.Filter(status: .open)
            let vacancies = try await services.vacancies.list(filter: filter, after: nil, limit: 100, by: principal)
            let body = pages.vacancies(
                vacancies, regionNames: try await names.regions(), occupationNames: try await names.occupations(),
                postable: Permission.postVacancies.allows(principal.role)
            )
            return page(body, title: "岗位", session: session)
        })
        router.get("/vacancies/{id}", use: signedIn(title: "岗位") { request, _, session in
            let id = try pathId(request, .vacancy)
            let principal = session.principal
            try Permission.readVacancies.check(principal)
            let vacancy = try await services.vacancies.show(id, by: principal)
            let owned = Permission.listCandidates.allows(principal.role) && principal.scope.contains(vacancy.employerRegion)
            let candidates = owned ? try await services.matching.candidates(for: id, limit: 20, by: principal) : nil
            let body = pages.vacancy(vacancy, candidates: candidates, role: principal.role, today: services.workers.today,
                                     regionNames: try await names.regions(), occupationNames: try await names.occupations(), csrf: session.csrfToken,
                                     notice: request.uri.queryParameters["saved"] == "posted" ? "已发布岗位，正在招聘。" : nil)
            return page(body, title: "岗位", session: session)
        })
        router.post("/vacancies/{id}/propose", use: submitted(title: "推荐候选人") { request, context, session, form in
            let vacancyId = try pathId(request, .vacancy)
            guard let workerId = form["worker_id"].flatMap(UUID.init(uuidString:)) else { throw DomainError.notFound(.noSuchId(.candidate)) }
            let onceKey = self.onceKey(form)
            let once = OnceOnly<PlacementRecord>(apiKeyId: session.principal.keyId, key: onceKey, requestBody: Array("\(workerId)|\(vacancyId)".utf8)) { placement in
                StoredResponse(status: 201, body: [], location: "/placements/\(placement.id.wireString)?saved=proposed")
            }
            let outcome = try await services.placements.propose(worker: workerId, vacancy: vacancyId, by: audited(session, context), once: once)
            return redirect(outcome.response.location ?? "/vacancies/\(vacancyId.wireString)")
        })
    }
}
