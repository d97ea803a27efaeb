import Foundation
import Hummingbird
import MinningDomain
import MinningServices

/// Facts entered wrong, set right from the placement's page: a hire or separation day, or a
/// month's record — always with a reason, the old value kept beside the new.
extension ConsoleController {
    func addCorrectionRoutes(to router: Router<MinningRequestContext>) {
        router.post("/placements/{id}/corrections", use: submitted(title: "安置") { request, context, session, form in
            try Permission.correctPlacementFacts.check(session.principal)
            let id = try pathId(request, .placement)
            var problems: [String] = []
            let fact = form["fact"].flatMap(PlacementCorrection.Fact.init(rawValue:))
            if fact == nil { problems.append("请选择要更正的日期：入职日期或离职日期。") }
            let to = try day(form["to"], required: true, problems: &problems)
            let reason = text(form["reason"], maxLength: 200)
            if reason == nil { problems.append("更正须写明原因（200 字以内），如“合同签订日期录入有误”。") }
            guard problems.isEmpty, let fact, let to, let reason else { return try await correctionRefused(id, session, problems) }
            do {
                _ = try await services.placements.correct(id, PlacementCorrection(fact: fact, to: to, reason: reason), by: audited(session, context))
            } catch DomainError.invalid(let issues) {
                return try await correctionRefused(id, session, issues.map { $0.message.text(in: .zh) })
            }
            return redirect("/placements/\(id.wireString)?saved=corrected")
        })
        router.post("/placements/{id}/month-corrections", use: submitted(title: "安置") { request, context, session, form in
            try Permission.correctPlacementFacts.check(session.principal)
            let id = try pathId(request, .placement)
            var problems: [String] = []
            let typedMonth = (form["month"] ?? "").trimmingCharacters(in: .whitespaces)
            let month = CalendarDay(spreadsheetMonth: typedMonth)
            if month == nil { problems.append("月份“\(typedMonth)”无法识别，请写成 2026-10 或 2026年10月。") }
            var fact: MonthFact?
            switch form["state"] {
            case "not_worked": fact = .notWorked
            case "unpaid": fact = .worked(wagePaidFen: nil)
            case "paid":
                let typedWage = (form["wage_yuan"] ?? "").trimmingCharacters(in: .whitespaces)
                if let fen = CSVRecordReader.fen(fromYuan: typedWage), (0...10_000_000).contains(fen) {
                    fact = .worked(wagePaidFen: fen)
                } else {
                    problems.append(Message.yuanAmountOutOfRange(min: "0.00", max: "100000.00").text(in: .zh))
                }
            default: problems.append("请选择更正后的情况：已发工资、在岗但未发工资，或当月未在岗。")
            }
            let reason = text(form["reason"], maxLength: 200)
            if reason == nil { problems.append("更正须写明原因（200 字以内），如“工资单核对后更正”。") }
            guard problems.isEmpty, let month, let fact, let reason else { return try await correctionRefused(id, session, problems) }
            do {
                _ = try await services.placements.correctMonth(id, MonthCorrection(month: month, to: fact, reason: reason), by: audited(session, context))
            } catch DomainError.invalid(let issues) {
                return try await correctionRefused(id, session, issues.map { $0.message.text(in: .zh) })
            }
            return redirect("/placements/\(id.wireString)?saved=corrected")
        })
    }

    private func correctionRefused(_ id: UUID, _ session: ConsoleSession, _ problems: [String]) async throws -> Response {
        try await placementPage(id, session, problems: problems, status: .unprocessableContent)
    }
}
