import Foundation
import Hummingbird
import MinningDomain
import MinningPersistence
import MinningServices

/// The assessment (自评) of each pairing of the scope against its yearly agreement, aspect by
/// aspect, and the offices' form that sets the targets (a change kept as a new version, with why).
extension ConsoleController {
    func addAssessmentRoutes(to router: Router<MinningRequestContext>) {
        router.get("/assessment", use: signedIn(title: "协议指标与自评") { request, _, session in
            let year = request.uri.queryParameters["year"].flatMap { Int(String($0)) }.flatMap(Self.reportYear) ?? services.workers.today.year
            let assessments = try await services.assessment.assessments(year: year, for: .caller(session.principal))
            let body = pages.assessments(
                assessments, year: year, regionNames: try await names.regions(), keeps: Permission.keepLedger.allows(session.principal.role),
                notice: request.uri.queryParameters["saved"].map { "已保存 \($0) 项指标；原值与原因已留存。" }
            )
            return page(body, title: "协议指标与自评", session: session)
        })
        router.get("/assessment/{pairing}/{year}", use: signedIn(title: "协议指标与自评") { request, _, session in
            let (pairing, year) = try targetPath(request)
            return try await targetsPage(pairing, year, session, problems: [], typed: [:])
        })
        router.post("/assessment/{pairing}/{year}", use: submitted(title: "协议指标与自评") { request, context, session, form in
            try Permission.keepLedger.check(session.principal)
            let (pairing, year) = try targetPath(request)
            var problems: [String] = [], values: [TargetMetric: Int] = [:]
            for metric in TargetMetric.allCases {
                let typed = (form[metric.rawValue] ?? "").trimmingCharacters(in: .whitespaces)
                guard !typed.isEmpty else { continue }
                let value = metric.isMoney ? CSVRecordReader.fen(fromYuan: typed) : Int(typed.replacingOccurrences(of: ",", with: ""))
                guard let value, (0...metric.maximum).contains(value) else {
                    problems.append("“\(metric.nameZh)”须为不小于 0 的\(metric.isMoney ? "金额（元）" : "整数")，不超过 \(metric.isMoney ? AmountText.yuan(metric.maximum) : AmountText.grouped(metric.maximum))。")
                    continue
                }
                values[metric] = value
            }
            let reason = text(form["reason"], maxLength: 200)
            if reason == nil { problems.append("请写明设定或调整指标的依据（200 字以内），如“2026 年东西部协作协议”。") }
            guard problems.isEmpty, let reason else { return try await targetsPage(pairing, year, session, problems: problems, typed: form) }
            do {
                let changed = try await services.assessment.setTargets(
                    pairingId: pairing, year: year, values: values, reason: reason, expectedRevision: form["revision"].flatMap { Int($0) },
                    by: audited(session, context)
                )
                return redirect("/assessment?year=\(year)&saved=\(changed.count)")
            } catch is StaleVersion {
                var typed = form
                typed["revision"] = nil
                return try await targetsPage(pairing, year, session, problems: ["在您打开此页之后，他人已修改了本结对的指标。请核对下方的调整记录，确认后再保存。"], typed: typed)
            } catch DomainError.invalid(let issues) {
                return try await targetsPage(pairing, year, session, problems: issues.map { $0.message.text(in: .zh) }, typed: form)
            }
        })
    }

    private func targetPath(_ request: Request) throws -> (Int, Int) {
        let parts = request.uri.path.split(separator: "/").dropFirst()
        guard let pairing = parts.first.flatMap({ Int($0) }), let year = parts.dropFirst().first.flatMap({ Int($0) }).flatMap(Self.reportYear) else {
            throw DomainError.notFound(.noneInScope(.pairing))
        }
        return (pairing, year)
    }

    private func targetsPage(_ pairingId: Int, _ year: Int, _ session: ConsoleSession, problems: [String], typed: [String: String]) async throws -> Response {
        let reader = Requester.caller(session.principal)
        guard let (pairing, assessment) = try await services.assessment.assessments(year: year, pairingId: pairingId, for: reader).first else {
            throw DomainError.notFound(.noneInScope(.pairing))
        }
        let history = try await services.assessment.history(pairingId: pairingId, year: year, for: reader)
        let body = pages.targets(
            pairing, assessment: assessment, history: history, regionNames: try await names.regions(),
            keeps: Permission.keepLedger.allows(session.principal.role), csrf: session.csrfToken, problems: problems, typed: typed
        )
        return page(body, title: "协议指标与自评", session: session, status: problems.isEmpty ? .ok : .unprocessableContent)
    }
}
