import Foundation
import Hummingbird
import MinningDomain
import MinningPersistence
import MinningServices

/// Employment subsidies granted from facts (免申即享), for a cooperation office: evaluate the
/// placements of its scope, then approve or reject each claim, and pay an approved one — paying
/// is left to a colleague, never to the person who approved it.
extension ConsoleController {
    func addSubsidyRoutes(to router: Router<MinningRequestContext>) {
        router.get("/subsidies", use: signedIn(title: "就业补贴") { request, _, session in
            let status = request.uri.queryParameters["status"].flatMap { SubsidyClaimStatus(rawValue: String($0)) } ?? .pending
            let notice = Self.subsidyNotice(request)
            return try await subsidyPage(status: status, session: session, notice: notice, problems: [])
        })
        router.post("/subsidies/evaluate", use: submitted(title: "就业补贴") { _, context, session, form in
            // A role that may not decide is refused before its form is read, as the API does.
            try Permission.decideSubsidies.check(session.principal)
            var problems: [String] = []
            let asOf = try day(form["as_of"], required: true, problems: &problems)
            guard problems.isEmpty, let asOf else { return try await subsidyPage(status: .pending, session: session, problems: problems) }
            do {
                let evaluation = try await services.subsidies.evaluate(asOf: asOf, by: audited(session, context))
                return redirect("/subsidies?evaluated=\(evaluation.createdTotal)&examined=\(evaluation.placementsExamined)")
            } catch DomainError.invalid(let issues) {
                return try await subsidyPage(status: .pending, session: session, problems: issues.map { $0.message.text(in: .zh) })
            }
        })
        router.post("/subsidies/{id}/decide", use: submitted(title: "就业补贴") { request, context, session, form in
            try Permission.decideSubsidies.check(session.principal)
            let id = try pathId(request, .subsidyClaim)
            guard let to = form["to"].flatMap(SubsidyClaimStatus.init(rawValue:)), SubsidyClaimStatus.decisions.contains(to) else {
                return try await subsidyPage(status: .pending, session: session, problems: ["请选择审核通过、驳回或发放。"])
            }
            let back: SubsidyClaimStatus = to == .paid ? .approved : (form["from"].flatMap(SubsidyClaimStatus.init(rawValue:)) ?? .pending)
            var problems: [String] = []
            let reason = text(form["reason"], maxLength: 200)
            if to == .rejected, reason == nil { problems.append("驳回须填写原因（200 字以内）。") }
            var payment: SubsidyPayment?
            if to == .paid {
                let pairing = form["pairing_id"].flatMap { Int($0) }
                if pairing == nil { problems.append("请选择从哪个结对的资金中发放。") }
                let entryDate = try day(form["entry_date"], required: true, problems: &problems)
                let document = text(form["document_number"], maxLength: 100)
                if document == nil { problems.append("请填写发放凭证的文号（100 字以内），如“宁闽协〔2026〕15号”。") }
                if let pairing, let entryDate, let document { payment = SubsidyPayment(pairingId: pairing, entryDate: entryDate, documentNumber: document) }
            }
            guard problems.isEmpty else { return try await subsidyPage(status: back, session: session, problems: problems) }
            do {
                _ = try await services.subsidies.decide(id, to: to, reason: to == .rejected ? reason : nil, payment: payment, by: audited(session, context))
            } catch DomainError.invalid(let issues) {
                return try await subsidyPage(status: back, session: session, problems: issues.map { $0.message.text(in: .zh) })
            } catch DomainError.conflict(let message) {
                return try await subsidyPage(status: back, session: session, problems: [message.text(in: .zh)], code: .conflict)
            } catch DomainError.forbidden(.approverCannotPay) {
                return try await subsidyPage(status: back, session: session, problems: [Self.approverMayNotPay], code: .forbidden)
            }
            return redirect("/subsidies?status=\(to.rawValue)&decided=\(to.rawValue)")
        })
    }

    /// The page's own words: the API's message speaks of keys, a person here is not one.
    static let approverMayNotPay = "此申领由您审核通过，不能再由您发放：须由协作办的另一位工作人员发放。"

    static func subsidyNotice(_ request: Request) -> String? {
        let query = request.uri.queryParameters
        if let created = query["evaluated"].flatMap({ Int($0) }) {
            let examined = query["examined"].flatMap { Int($0) } ?? 0
            return created == 0 ? "已核定 \(examined) 个安置，没有新的补贴申领。" : "已核定 \(examined) 个安置，新生成 \(created) 条待审核的补贴申领。"
        }
        return switch query["decided"].map(String.init) {
        case "approved": "已审核通过，等待另一位工作人员发放。"
        case "rejected": "已驳回，原因已记录。"
        case "paid": "已发放，支出已记入资金台账。"
        default: nil
        }
    }

    private func subsidyPage(
        status: SubsidyClaimStatus, session: ConsoleSession, notice: String? = nil, problems: [String], code: HTTPResponse.Status? = nil
    ) async throws -> Response {
        let principal = session.principal
        let claims = try await services.subsidies.claims(status: status, policyCode: nil, limit: Self.claimsShown, by: principal)
        let policies = try await services.subsidies.policies()
        // The pairings an approved claim may be paid from, with what is left of this year's transfers.
        let pairings = status == .approved
            ? try await services.reports.funds(year: services.workers.today.year, for: .caller(principal)).pairings : []
        let body = pages.subsidies(
            SubsidyPageContent(status: status, claims: claims, policies: policies, pairings: pairings, limit: Self.claimsShown),
            reader: principal.keyId, today: services.workers.today, regionNames: try await names.regions(), csrf: session.csrfToken,
            notice: notice, problems: problems
        )
        return page(body, title: "就业补贴", session: session, status: code ?? (problems.isEmpty ? .ok : .unprocessableContent))
    }

    static let claimsShown = 200
}
