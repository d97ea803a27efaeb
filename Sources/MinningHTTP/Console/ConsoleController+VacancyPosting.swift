import Foundation
import Hummingbird
import MinningDomain
import MinningPersistence
import MinningServices

/// Posting a vacancy for one of the bureau's employers: the import file's columns and rules, the
/// minimum wages of the bureau's counties beside the wage, saved once per form.
extension ConsoleController {
    func addVacancyPostingRoutes(to router: Router<MinningRequestContext>) {
        router.get("/vacancies/new", use: signedIn(title: "发布岗位") { _, _, session in
            try Permission.postVacancies.check(session.principal)
            let (layout, _) = try await vacancyLayout(session)
            let today = services.workers.today
            let defaults = [
                "housing_provided": "true", "meals_provided": "false", "min_age": "16", "max_age": "65",
                "work_region_code": session.principal.bureauRegion.rawValue.hasSuffix("00") ? "" : session.principal.bureauRegion.rawValue,
                "starts_on": today.adding(days: 30).description, "closes_on": today.adding(days: 20).description,
            ]
            return vacancyFormPage(ConsoleColumnsForm(layout, values: defaults), session: session)
        })
        router.post("/vacancies/new", use: submitted(title: "发布岗位") { _, context, session, form in
            try Permission.postVacancies.check(session.principal)
            let (layout, employers) = try await vacancyLayout(session)
            var filled = ConsoleColumnsForm(layout, values: form.filter { layout.columns.contains($0.key) })
            var record = filled.record(columns: layout.columns)
            guard let row = VacancyCSVFormat.parse(&record) else {
                filled.add(record.issues)
                return vacancyFormPage(filled, session: session, status: .unprocessableContent)
            }
            guard let employer = employers.first(where: { $0.creditCode == row.employerCreditCode }) else {
                filled.add("请从列表中选择本单位辖区内的用人单位。", about: "employer_credit_code")
                return vacancyFormPage(filled, session: session, status: .unprocessableContent)
            }
            let onceKey = self.onceKey(form)
            let sent = Array(layout.columns.map { "\($0)=\(form[$0] ?? "")" }.joined(separator: "\n").utf8)
            let once = OnceOnly<VacancyRecord>(apiKeyId: session.principal.keyId, key: onceKey, requestBody: sent) { posted in
                StoredResponse(status: 201, body: [], location: "/vacancies/\(posted.id.wireString)?saved=posted")
            }
            do {
                let outcome = try await services.vacancies.post(row.terms, forEmployer: employer.id, by: audited(session, context), once: once)
                return redirect(outcome.response.location ?? "/vacancies")
            } catch DomainError.invalid(let issues) {
                filled.add(issues)
            }
            return vacancyFormPage(filled, session: session, status: .unprocessableContent)
        })
    }

    /// The form's columns with the bureau's employers to choose from, and the employers themselves.
    private func vacancyLayout(_ session: ConsoleSession) async throws -> (ConsoleColumnsForm.Layout, [EmployerRecord]) {
        let principal = session.principal
        let region: RegionCode? = principal.scope == .everywhere ? nil : principal.bureauRegion
        let employers = try await services.employers.list(filter: EmployerRepository.Filter(region: region), after: nil, limit: Self.employersOffered)
        let wages = try await services.reference.minimumWages(in: principal.scope, on: services.workers.today)
        let hint = Self.minimumWageHint(wages, names: try await names.regions())
        // For the script: the county's own figure, or its prefecture's, as the service judges them.
        let table = "{" + wages.map { "\"\($0.regionCode)\":\($0.monthlyFen)" }.joined(separator: ",") + "}"
        let layout = ConsoleColumnsForm.Layout.vacancy(
            employers: employers.map { (code: $0.creditCode, label: "\($0.name)（\($0.creditCode)）") }, wageHint: hint, minimumWages: table
        )
        return (layout, employers)
    }

    /// "最低工资标准：2,030 元（鼓楼区、台江区）；1,960 元（闽侯县）" — each amount once, with its places.
    static func minimumWageHint(_ wages: [(regionCode: String, monthlyFen: Int)], names: [String: String]) -> String {
        guard !wages.isEmpty else { return "不得低于工作地的最低工资标准。" }
        let tiers = Dictionary(grouping: wages, by: \.monthlyFen).sorted { $0.key > $1.key }
        let text = tiers.map { fen, places in
            "\(AmountText.yuan(fen)) 元（\(places.map { names[$0.regionCode] ?? $0.regionCode }.joined(separator: "、"))）"
        }.joined(separator: "；")
        return "不得低于工作地的最低工资标准：\(text)。"
    }

    private func vacancyFormPage(_ form: ConsoleColumnsForm, session: ConsoleSession, status: HTTPResponse.Status = .ok) -> Response {
        let body = pages.columnsForm(
            form, columns: form.layout.columns, optional: [], action: "/vacancies/new", title: "发布岗位", csrf: session.csrfToken,
            hidden: ["once": ConsoleToken.generate().text], back: ("/vacancies", "岗位")
        )
        return page(body, title: "发布岗位", session: session, status: status)
    }

    static let employersOffered = 500
}
