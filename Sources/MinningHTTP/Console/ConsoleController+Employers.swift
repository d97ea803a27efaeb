import Foundation
import Hummingbird
import MinningDomain
import MinningPersistence
import MinningServices

/// A destination bureau's employers (用人单位): the list of its region's, and registering one with
/// the import file's columns and rules, once per form.
extension ConsoleController {
    func addEmployerRoutes(to router: Router<MinningRequestContext>) {
        router.get("/employers", use: signedIn(title: "用人单位") { request, _, session in
            try Permission.keepEmployers.check(session.principal)
            let notice = request.uri.queryParameters["saved"] != nil ? "已登记用人单位，可以为其发布岗位。" : nil
            return try await employersPage(session, form: ConsoleColumnsForm(try await employerLayout(), values: ["size": "medium"]), notice: notice)
        })
        router.post("/employers", use: submitted(title: "用人单位") { _, context, session, form in
            try Permission.keepEmployers.check(session.principal)
            let layout = try await employerLayout()
            var filled = ConsoleColumnsForm(layout, values: form.filter { layout.columns.contains($0.key) })
            var record = filled.record(columns: layout.columns)
            guard let employer = EmployerCSVFormat.parse(&record) else {
                filled.add(record.issues)
                return try await employersPage(session, form: filled, status: .unprocessableContent)
            }
            let onceKey = self.onceKey(form)
            let sent = Array(layout.columns.map { "\($0)=\(form[$0] ?? "")" }.joined(separator: "\n").utf8)
            let once = OnceOnly<EmployerRecord>(apiKeyId: session.principal.keyId, key: onceKey, requestBody: sent) { _ in
                StoredResponse(status: 201, body: [], location: "/employers?saved=1")
            }
            do {
                let outcome = try await services.employers.register(employer, by: audited(session, context), once: once)
                return redirect(outcome.response.location ?? "/employers")
            } catch DomainError.invalid(let issues) {
                filled.add(issues)
            } catch DomainError.conflict(let message) {
                filled.add(message.text(in: .zh), about: "credit_code")
            }
            return try await employersPage(session, form: filled, status: .unprocessableContent)
        })
    }

    private func employerLayout() async throws -> ConsoleColumnsForm.Layout {
        let industries = try await services.reference.industries().filter { $0.code.count == 1 }
        return .employer(industries: industries.map { (code: $0.code, label: "\($0.code) \($0.nameZh)") })
    }

    private func employersPage(
        _ session: ConsoleSession, form: ConsoleColumnsForm, notice: String? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let principal = session.principal
        let region: RegionCode? = principal.scope == .everywhere ? nil : principal.bureauRegion
        let employers = try await services.employers.list(filter: EmployerRepository.Filter(region: region), after: nil, limit: Self.employersOffered)
        let industries = Dictionary(try await services.reference.industries().map { ($0.code, $0.nameZh) }, uniquingKeysWith: { first, _ in first })
        let list = pages.employers(employers, regionNames: try await names.regions(), industryNames: industries, notice: notice)
        let registration = pages.columnsForm(
            form, columns: form.layout.columns, optional: [], action: "/employers", title: "登记用人单位", csrf: session.csrfToken,
            hidden: ["once": ConsoleToken.generate().text], back: nil
        )
        return page(list + registration, title: "用人单位", session: session, status: status)
    }
}
