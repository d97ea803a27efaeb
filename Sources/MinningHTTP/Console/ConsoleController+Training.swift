import Foundation
import Hummingbird
import MinningDomain
import MinningPersistence
import MinningServices

/// Training enrolments (培训报名) for origin bureaus: the training bases, a base's enrolments of the
/// bureau's workers, enrolling a worker found by 身份证号, and how each training ended.
extension ConsoleController {
    func addTrainingRoutes(to router: Router<MinningRequestContext>) {
        router.get("/training", use: signedIn(title: "培训") { _, _, session in
            try Permission.enrolWorkers.check(session.principal)
            let bases = try await services.training.bases(region: nil, occupation: nil, limit: 500)
            let body = pages.trainingBases(bases, regionNames: try await names.regions(), occupationNames: try await names.occupations())
            return page(body, title: "培训", session: session)
        })
        router.get("/training/{id}", use: signedIn(title: "培训") { request, _, session in
            let id = try pathId(request, .trainingBase)
            let notice = request.uri.queryParameters["saved"].flatMap { Self.trainingNotices[String($0)] }
            return try await trainingPage(id, session, notice: notice)
        })
        router.post("/training/{id}/enrol", use: submitted(title: "培训") { request, context, session, form in
            try Permission.enrolWorkers.check(session.principal)
            let id = try pathId(request, .trainingBase)
            var problems: [String] = []
            let typed = (form["id_number"] ?? "").trimmingCharacters(in: .whitespaces).uppercased()
            let idNumber = WorkersController.searchableIdNumber(typed)
            if idNumber == nil { problems.append("请填写劳动者的 18 位身份证号。") }
            let occupation = (form["occupation_code"] ?? "").trimmingCharacters(in: .whitespaces)
            if occupation.isEmpty { problems.append("请选择培训工种。") }
            let startsOn = try day(form["starts_on"], required: true, problems: &problems)
            let endsOn = try day(form["ends_on"], required: true, problems: &problems)
            guard problems.isEmpty, let idNumber, let startsOn, let endsOn else { return try await trainingPage(id, session, problems: problems, typed: form) }
            // Found as the clerk finds the person in front of her, and audited as any search by 身份证号.
            var filter = WorkerRepository.Filter()
            filter.idNumber = idNumber
            guard let worker = try await services.workers.list(filter: filter, after: nil, limit: 1, by: audited(session, context)).first?.worker else {
                return try await trainingPage(id, session, problems: ["本辖区没有身份证号为 \(Masking.idNumber(typed)) 的劳动者，请先登记。"], typed: form)
            }
            let once = OnceOnly<EnrolmentRecord>(apiKeyId: session.principal.keyId, key: onceKey(form), requestBody: Array("\(id)|\(worker.id)|\(occupation)".utf8)) { _ in
                StoredResponse(status: 201, body: [], location: "/training/\(id.wireString)?saved=enrolled")
            }
            do {
                let outcome = try await services.training.enrol(
                    baseId: id, workerId: worker.id, occupation: occupation, startsOn: startsOn, endsOn: endsOn, by: audited(session, context), once: once
                )
                return redirect(outcome.response.location ?? "/training/\(id.wireString)")
            } catch DomainError.invalid(let issues) {
                return try await trainingPage(id, session, problems: issues.map { $0.message.text(in: .zh) }, typed: form)
            } catch DomainError.conflict(let message) {
                return try await trainingPage(id, session, problems: [message.text(in: .zh)], typed: form, status: .conflict)
            }
        })
        router.post("/training/{id}/enrolments/{enrolment}/outcome", use: submitted(title: "培训") { request, context, session, form in
            try Permission.enrolWorkers.check(session.principal)
            let id = try pathId(request, .trainingBase)
            guard let enrolment = request.uri.path.split(separator: "/").dropFirst(3).first.flatMap({ UUID(uuidString: String($0)) }) else {
                throw DomainError.notFound(.noneInScope(.enrolment))
            }
            guard let outcome = form["outcome"].flatMap(EnrolmentOutcome.init(rawValue:)) else {
                return try await trainingPage(id, session, problems: ["请选择培训结果。"])
            }
            let certificate = text(form["certificate"], maxLength: 100)
            let typedLevel = (form["level"] ?? "").trimmingCharacters(in: .whitespaces)
            let level = typedLevel.isEmpty ? nil : Int(typedLevel).flatMap { (1...5).contains($0) ? $0 : nil }
            if !typedLevel.isEmpty, level == nil { return try await trainingPage(id, session, problems: ["职业技能等级须为 1–5 级（5 级为初级工，1 级为高级技师）。"]) }
            do {
                _ = try await services.training.recordOutcome(
                    baseId: id, enrolmentId: enrolment, expectedVersion: nil, outcome: outcome, certificate: certificate, level: level, by: audited(session, context)
                )
            } catch DomainError.invalid(let issues) {
                return try await trainingPage(id, session, problems: issues.map { $0.message.text(in: .zh) })
            } catch DomainError.conflict(let message) {
                return try await trainingPage(id, session, problems: [message.text(in: .zh)], status: .conflict)
            }
            return redirect("/training/\(id.wireString)?saved=outcome")
        })
    }

    static let trainingNotices = ["enrolled": "已报名，劳动者现为“培训中”。", "outcome": "已登记培训结果；取得证书的，技能已记入劳动者信息。"]

    private func trainingPage(
        _ id: UUID, _ session: ConsoleSession, notice: String? = nil, problems: [String] = [], typed: [String: String] = [:], status: HTTPResponse.Status? = nil
    ) async throws -> Response {
        let principal = session.principal
        try Permission.enrolWorkers.check(principal)
        let base = try await services.training.base(id)
        let enrolments = try await services.training.enrolments(baseId: id, by: principal)
        let workerNames = try await services.workers.names(of: enrolments.map(\.workerId), by: principal)
        let body = pages.trainingBase(
            base, enrolments: enrolments, workerNames: workerNames, regionNames: try await names.regions(), occupationNames: try await names.occupations(),
            csrf: session.csrfToken, today: services.workers.today, notice: notice, problems: problems, typed: typed
        )
        return page(body, title: "培训", session: session, status: status ?? (problems.isEmpty ? .ok : .unprocessableContent))
    }
}
