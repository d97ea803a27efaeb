import Foundation
import Hummingbird
import MinningDomain
import MinningPersistence
import MinningServices

/// Cohort allocation in the console: filters → a dry run → a review table (each pair with its
/// reason, each unplaced worker with why) where pairs are pinned or forbidden → confirm, which
/// proposes every pair. The same use case as `POST /v1/allocations` and `minning match run`.
extension ConsoleController {
    func addAllocationRoutes(to router: Router<MinningRequestContext>) {
        router.get("/allocations/new", use: signedIn(title: "批次分配") { _, _, session in
            try Permission.allocateCohort.check(session.principal)
            return page(pages.allocationFilters(ConsoleAllocationForm([:]), csrf: session.csrfToken, general: []), title: "批次分配", session: session)
        })
        router.post("/allocations/plan", use: submitted(title: "批次分配") { _, _, session, form in
            try Permission.allocateCohort.check(session.principal)
            var filled = ConsoleAllocationForm(form)
            guard let request = filled.request() else { return filtersPage(filled, session, general: []) }
            let plan: AllocationService.Plan
            do {
                plan = try await services.allocation.plan(request, limits: .request, by: session.principal)
            } catch DomainError.invalid(let issues) {
                return filtersPage(filled, session, general: issues.map { $0.message.text(in: .zh) })
            }
            let workerNames = try await services.workers.names(of: plan.workers.map(\.id), by: session.principal)
            let body = pages.allocationReview(plan, form: filled, names: workerNames, regionNames: try await self.names.regions(), csrf: session.csrfToken)
            return page(body, title: "批次分配", session: session)
        })
        router.post("/allocations/confirm", use: submitted(title: "批次分配") { _, context, session, form in
            try Permission.allocateCohort.check(session.principal)
            var filled = ConsoleAllocationForm(form)
            guard let request = filled.request() else { return filtersPage(filled, session, general: []) }
            do {
                // Solved again at confirmation: what is proposed is what is true now, as the API does.
                let onceKey = self.onceKey(form)
                let sent = Array(ConsoleAllocationForm.columns.map { "\($0)=\(filled.values[$0] ?? "")" }.joined(separator: "\n").utf8)
                let once = OnceOnly<AllocationService.Proposed>(apiKeyId: session.principal.keyId, key: onceKey, requestBody: sent) { proposed in
                    StoredResponse(status: 201, body: [], location: "/?allocated=\(proposed.placementIds.count)")
                }
                let outcome = try await services.allocation.planAndPropose(request, limits: .request, by: audited(session, context), once: once)
                return redirect(outcome.response.location ?? "/")
            } catch DomainError.invalid(let issues) {
                return filtersPage(filled, session, general: issues.map { $0.message.text(in: .zh) })
            }
        })
    }

    private func filtersPage(_ form: ConsoleAllocationForm, _ session: ConsoleSession, general: [String]) -> Response {
        page(pages.allocationFilters(form, csrf: session.csrfToken, general: general), title: "批次分配", session: session, status: .unprocessableContent)
    }
}
