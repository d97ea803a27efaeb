import Foundation
import MinningDomain
import MinningServices

extension ConsolePages {
    func allocationFilters(_ form: ConsoleAllocationForm, csrf: String, general: [String]) -> String {
        let poverty = form.values["poverty_status"] ?? ""
        let options = [["code": "", "label": "（不限）"]] + PovertyStatus.allCases.map { status -> [String: Any] in
            var option: [String: Any] = ["code": status.rawValue, "label": Vocabulary.label("poverty_status", status.rawValue, in: .zh) ?? status.rawValue]
            if status.rawValue == poverty { option["selected"] = true }
            return option
        }
        var fields: [String: Any] = [:]
        for column in ConsoleAllocationForm.columns {
            fields[column] = form.values[column] ?? ""
            if let problems = form.problems[column] { fields["\(column)_problems"] = problems.joined(separator: "；") }
        }
        return render("allocationFilters", [
            "csrf": csrf, "fields": fields, "povertyOptions": options, "hasGeneral": !general.isEmpty, "general": general,
            "hidden": form.hiddenFields.filter { ["pins", "forbidden"].contains($0["name"]) },
        ])
    }

    func allocationReview(_ plan: AllocationService.Plan, form: ConsoleAllocationForm, names: [UUID: String], regionNames: [String: String], csrf: String) -> String {
        let vacancies = Dictionary(plan.vacancies.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func who(_ id: UUID) -> String { names[id] ?? "劳动者 \(id.uuidString.prefix(8).lowercased())" }
        let pinned = Set((form.values["pins"] ?? "").split(separator: ",").map(String.init))
        let assignments = plan.outcome.assignments.map { assignment -> [String: Any] in
            let vacancy = vacancies[assignment.vacancyId]
            let code = vacancy?.terms.workRegion.rawValue ?? ""
            let pair = CohortAllocation.Pair(workerId: assignment.workerId, vacancyId: assignment.vacancyId)
            var row: [String: Any] = [
                "worker": who(assignment.workerId), "workerId": assignment.workerId.uuidString.lowercased(),
                "job": vacancy?.terms.title ?? "", "region": regionNames[code].map { "\($0)（\(code)）" } ?? code,
                "why": ConsoleExplanation.text(assignment.explanation), "csrf": csrf,
                "pinFields": form.adding(pair, to: "pins"), "forbidFields": form.adding(pair, to: "forbidden"),
            ]
            if assignment.pinned || pinned.contains("\(pair.workerId.uuidString.lowercased()):\(pair.vacancyId.uuidString.lowercased())") { row["pinned"] = true }
            return row
        }
        let unplaced = plan.outcome.unplaced.map { item -> [String: Any] in
            let failed = item.failedConstraints.sorted { $0.value > $1.value }.map { constraint, count in
                "\(Vocabulary.label("hard_constraint", constraint.rawValue, in: .zh) ?? constraint.rawValue)不满足 \(count) 个"
            }
            return [
                "worker": who(item.workerId), "workerId": item.workerId.uuidString.lowercased(),
                "reason": Vocabulary.label("unplaced_reason", item.reason.rawValue, in: .zh) ?? item.reason.rawValue,
                "feasible": item.feasibleVacancies, "failed": failed.isEmpty ? "—" : failed.joined(separator: "；"),
            ]
        }
        let forbiddenCount = (form.values["forbidden"] ?? "").split(separator: ",").count
        let milliseconds = Int(plan.solveTime.components.seconds * 1000 + plan.solveTime.components.attoseconds / 1_000_000_000_000_000)
        return render("allocationReview", [
            "csrf": csrf, "hidden": form.hiddenFields, "once": ConsoleToken.generate().text,
            "workers": plan.workers.count, "vacancies": plan.vacancies.count, "placed": assignments.count, "unplacedCount": unplaced.count,
            "assignments": assignments, "hasAssignments": !assignments.isEmpty, "unplaced": unplaced, "hasUnplaced": !unplaced.isEmpty,
            "pinnedCount": pinned.count, "forbiddenCount": forbiddenCount, "hasPairs": !pinned.isEmpty || forbiddenCount > 0,
            "filters": form.hiddenFields.filter { !["pins", "forbidden"].contains($0["name"]) }, "milliseconds": milliseconds,
        ])
    }
}
