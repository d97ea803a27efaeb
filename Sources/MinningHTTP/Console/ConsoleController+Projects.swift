import Foundation
import Hummingbird
import MinningDomain
import MinningPersistence
import MinningServices

/// Assistance projects (帮扶项目) of the pairings in scope: the list, and a new project that
/// expenditures in the ledger can then name.
extension ConsoleController {
    func addProjectRoutes(to router: Router<MinningRequestContext>) {
        router.get("/projects", use: signedIn(title: "帮扶项目") { request, _, session in
            let notice = request.uri.queryParameters["saved"] != nil ? "已登记项目；记支出时可选择它。" : nil
            return try await projectsPage(session, notice: notice, problems: [], typed: [:])
        })
        router.post("/projects", use: submitted(title: "帮扶项目") { _, context, session, form in
            try Permission.keepLedger.check(session.principal)
            var problems: [String] = []
            let pairing = form["pairing_id"].flatMap { Int($0) }
            if pairing == nil { problems.append("请选择结对。") }
            let category = form["category"].flatMap(ProjectCategory.init(rawValue:))
            if category == nil { problems.append("请选择项目类别。") }
            let title = text(form["title"], maxLength: 200)
            if title == nil { problems.append("请填写项目名称（200 字以内）。") }
            let budget = CSVRecordReader.fen(fromYuan: (form["budget_yuan"] ?? "").trimmingCharacters(in: .whitespaces))
                .flatMap { (1...100_000_000_000).contains($0) ? $0 : nil }
            if budget == nil { problems.append("请填写预算（元），如 5,000,000。") }
            let status = form["status"].flatMap(ProjectStatus.init(rawValue:)) ?? .planned
            guard problems.isEmpty, let pairing, let category, let title, let budget else {
                return try await projectsPage(session, notice: nil, problems: problems, typed: form, status: .unprocessableContent)
            }
            let once = OnceOnly<ProjectRecord>(apiKeyId: session.principal.keyId, key: onceKey(form), requestBody: Array("\(pairing)|\(title)|\(budget)".utf8)) { _ in
                StoredResponse(status: 201, body: [], location: "/projects?saved=1")
            }
            do {
                let outcome = try await services.funds.createProject(
                    pairingId: pairing, category: category, title: title, budgetFen: budget, status: status, by: audited(session, context), once: once
                )
                return redirect(outcome.response.location ?? "/projects")
            } catch DomainError.invalid(let issues) {
                return try await projectsPage(session, notice: nil, problems: issues.map { $0.message.text(in: .zh) }, typed: form, status: .unprocessableContent)
            }
        })
    }

    private func projectsPage(
        _ session: ConsoleSession, notice: String?, problems: [String], typed: [String: String], status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let principal = session.principal
        let projects = try await services.funds.projects(pairingId: nil, limit: 500, by: principal)
        let report = try await services.reports.funds(year: services.workers.today.year, for: .caller(principal))
        let body = pages.projects(
            projects, pairings: report.pairings, keeps: Permission.keepLedger.allows(principal.role), csrf: session.csrfToken,
            notice: notice, problems: problems, typed: typed
        )
        return page(body, title: "帮扶项目", session: session, status: status)
    }
}
