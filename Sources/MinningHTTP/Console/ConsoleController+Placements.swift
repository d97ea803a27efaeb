import Foundation
import Hummingbird
import MinningDomain
import MinningPersistence
import MinningServices

/// A placement's page: the job, its steps and its months (稳岗), with the forms its reader's side
/// may use — the worker's answer on the origin side; hire, months and separation on the employer's.
extension ConsoleController {
    func addPlacementRoutes(to router: Router<MinningRequestContext>) {
        router.get("/placements/{id}", use: signedIn(title: "安置") { request, _, session in
            let id = try pathId(request, .placement)
            let notice = request.uri.queryParameters["saved"].flatMap { Self.placementNotices[String($0)] }
            return try await placementPage(id, session, notice: notice, problems: [])
        })
        router.post("/placements/{id}/step", use: submitted(title: "安置") { request, context, session, form in
            let id = try pathId(request, .placement)
            guard let to = form["to"].flatMap(PlacementStatus.init(rawValue:)) else {
                return try await placementPage(id, session, problems: [Message.notOneOf(PlacementStatus.allCases.map(\.rawValue), term: "placement_status").text(in: .zh)])
            }
            var problems: [String] = []
            let on = try day(form["on"], required: [.hired, .separated].contains(to), problems: &problems)
            let reason = text(form["reason"], maxLength: 200)
            if to == .separated, reason == nil { problems.append("请填写离职原因。") }
            guard problems.isEmpty else { return try await placementPage(id, session, problems: problems) }
            do {
                _ = try await services.placements.transition(
                    id, PlacementStep(to: to, on: on, reason: to == .separated ? reason : nil),
                    backdatingReason: text(form["backdating_reason"], maxLength: 200), by: audited(session, context)
                )
            } catch DomainError.invalid(let issues) {
                return try await placementPage(id, session, problems: issues.map { $0.message.text(in: .zh) })
            } catch DomainError.conflict(let message) {
                return try await placementPage(id, session, problems: [message.text(in: .zh)], status: .conflict)
            }
            return redirect("/placements/\(id.wireString)?saved=\(to.rawValue)")
        })
        router.post("/placements/{id}/months", use: submitted(title: "安置") { request, context, session, form in
            let id = try pathId(request, .placement)
            var problems: [String] = []
            let typedMonth = (form["month"] ?? "").trimmingCharacters(in: .whitespaces)
            let month = CalendarDay(spreadsheetMonth: typedMonth)
            if month == nil { problems.append(typedMonth.isEmpty ? "请填写月份（如 2026-10）。" : "月份“\(typedMonth)”无法识别，请写成 2026-10 或 2026年10月。") }
            let unpaid = form["unpaid"] == "yes"
            let typedWage = (form["wage_yuan"] ?? "").trimmingCharacters(in: .whitespaces)
            var wage: Int?
            if unpaid {
                if !typedWage.isEmpty { problems.append("勾选了“在岗但未发工资”，就不要再填实发工资。") }
            } else if typedWage.isEmpty {
                problems.append("请填写实发工资（元），或勾选“在岗但未发工资”。")
            } else if let fen = CSVRecordReader.fen(fromYuan: typedWage), fen <= 10_000_000 {
                wage = fen
            } else {
                problems.append(Message.yuanAmountOutOfRange(min: "0.00", max: "100000.00").text(in: .zh))
            }
            let verifiedBy = text(form["verified_by"], maxLength: 50)
            if verifiedBy == nil { problems.append("请填写核实人。") }
            guard problems.isEmpty, let month, let verifiedBy else { return try await placementPage(id, session, problems: problems) }
            do {
                _ = try await services.placements.recordMonth(
                    id, MonthWorked(month: month, wagePaidFen: wage, verifiedBy: verifiedBy),
                    backdatingReason: text(form["backdating_reason"], maxLength: 200), by: audited(session, context)
                )
            } catch DomainError.invalid(let issues) {
                return try await placementPage(id, session, problems: issues.map { $0.message.text(in: .zh) })
            } catch DomainError.conflict(let message) {
                return try await placementPage(id, session, problems: [message.text(in: .zh)], status: .conflict)
            }
            return redirect("/placements/\(id.wireString)?saved=month")
        })
    }

    static let placementNotices = [
        "accepted": "已登记：劳动者接受此岗位。", "declined": "已登记：劳动者拒绝此岗位。", "withdrawn": "已撤回此推荐。",
        "hired": "已登记入职。", "separated": "已登记离职。", "corrected": "已更正，原值与原因已记录；据此发放的补贴已重新核定。", "month": "已登记该月在岗情况。", "proposed": "已推荐此岗位，等待劳动者答复。",
    ]

    func placementPage(_ id: UUID, _ session: ConsoleSession, notice: String? = nil, problems: [String], status: HTTPResponse.Status? = nil) async throws -> Response {
        let sheet: PlacementSheet
        do {
            sheet = try await services.placements.sheet(id, by: session.principal)
        } catch is DomainError where !problems.isEmpty {
            // A role that takes a step without following placements (an office recording a month)
            // still hears why its step was refused, on a page of its own.
            return page(pages.message(problems.joined(separator: "；")), title: "安置", session: session, status: status ?? .unprocessableContent)
        }
        // The worker's name only as far as the visibility table lets this reader know it.
        var workerName: String?
        if let view = try? await services.workers.show(sheet.placement.workerId, by: session.principal),
           WorkerVisibility.fields(for: view.reader).contains(.name) {
            workerName = view.worker.name
        }
        // The corrections made so far, for the sides that may read them; the forms for those that may correct.
        let principal = session.principal
        var history: PlacementHistory?
        if Permission.readPlacementCorrections.allows(principal.role) {
            history = PlacementHistory(
                days: try await services.placements.corrections(of: id, by: principal), months: try await services.placements.monthCorrections(of: id, by: principal),
                correctable: Permission.correctPlacementFacts.allows(principal.role) && sheet.placement.hiredOn != nil
            )
        }
        let body = pages.placement(
            sheet, history: history, workerName: workerName, role: session.principal.role, today: services.workers.today, regionNames: try await names.regions(),
            csrf: session.csrfToken, notice: notice, problems: problems
        )
        return page(body, title: "安置", session: session, status: status ?? (problems.isEmpty ? .ok : .unprocessableContent))
    }
}
