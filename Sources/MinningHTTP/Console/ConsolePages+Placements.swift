import MinningDomain
import MinningPersistence
import MinningServices

extension ConsolePages {
    /// Steps as the buttons name them, from the side that takes them.
    static let stepNames: [PlacementStatus: String] = [
        .accepted: "劳动者接受", .declined: "劳动者拒绝", .withdrawn: "撤回推荐", .hired: "登记入职", .separated: "登记离职",
    ]

    func placement(
        _ sheet: PlacementSheet, history: PlacementHistory? = nil, workerName: String?, role: Role, today: CalendarDay, regionNames: [String: String], csrf: String,
        notice: String?, problems: [String]
    ) -> String {
        let placement = sheet.placement
        let region = sheet.job.workRegion.rawValue
        var facts: [[String: String]] = [
            ["name": "劳动者", "value": workerName ?? "（不显示姓名）"],
            ["name": "岗位", "value": sheet.job.vacancyTitle],
            ["name": "用人单位", "value": sheet.job.employerName],
            ["name": "工作地", "value": regionNames[region].map { "\($0)（\(region)）" } ?? region],
            ["name": "状态", "value": Vocabulary.label("placement_status", placement.status.rawValue, in: .zh) ?? placement.status.rawValue],
            ["name": "推荐日期", "value": placement.proposedOn.description],
        ]
        if let day = placement.acceptedOn { facts.append(["name": "接受日期", "value": day.description]) }
        if let day = placement.closedOn { facts.append(["name": "结束日期", "value": day.description]) }
        if let day = placement.hiredOn { facts.append(["name": "入职日期", "value": day.description]) }
        if let day = placement.separatedOn { facts.append(["name": "离职日期", "value": day.description]) }
        if let reason = placement.separationReason { facts.append(["name": "离职原因", "value": reason]) }
        if placement.hiredOn != nil { facts.append(["name": "连续核实在岗月数", "value": "\(placement.consecutiveVerifiedMonths)"]) }
        facts.append(["name": "推荐理由", "value": ConsoleExplanation.text(placement.explanation, for: role)])

        var values: [String: Any] = [
            "id": placement.id.uuidString.lowercased(), "workerId": placement.workerId.uuidString.lowercased(), "title": sheet.job.vacancyTitle,
            "facts": facts, "csrf": csrf, "today": today.description, "hasProblems": !problems.isEmpty, "problems": problems,
        ]
        if let notice { values["notice"] = notice }
        let simple = sheet.steps.filter { ![.hired, .separated].contains($0) }
        values["simpleSteps"] = simple.map { ["to": $0.rawValue, "name": Self.stepNames[$0] ?? $0.rawValue, "quiet": $0 != .accepted] as [String: Any] }
        if sheet.steps.contains(.hired) { values["hire"] = true }
        if sheet.steps.contains(.separated) { values["separate"] = true }
        if sheet.recordsMonths {
            values["recordMonth"] = true
            values["lastMonth"] = today.previousMonth.monthText
        }
        if sheet.mayBackdate { values["mayBackdate"] = true }
        if let hired = placement.hiredOn {
            values["hasGrid"] = true
            values["grid"] = Self.grid(from: hired, to: placement.separatedOn ?? today, months: sheet.months, today: today)
        }
        if let history { values.merge(correctionValues(history, placement: placement, today: today)) { $1 } }
        return render("placement", values)
    }

    /// One row a month from the hire to the separation (or today): what was recorded, or that
    /// nothing was — the 稳岗 grid a clerk checks against the payroll.
    static func grid(from first: CalendarDay, to last: CalendarDay, months: [MonthRecord], today: CalendarDay) -> [[String: Any]] {
        let recorded = Dictionary(months.map { ($0.month, $0) }, uniquingKeysWith: { $1 })
        var rows: [[String: Any]] = []
        var month = first.firstOfMonth
        while month <= last.firstOfMonth, rows.count < 240 {
            var row: [String: Any] = ["month": month.monthText]
            if let record = recorded[month] {
                row["state"] = !record.worked ? "未在岗（已划去）" : record.wagePaidFen.map { "已发工资 \(AmountText.yuan($0)) 元" } ?? "在岗但未发工资"
                row["verifiedBy"] = record.verifiedBy
                if !record.worked || record.wagePaidFen == nil { row["warn"] = true }
            } else {
                row["state"] = month < today.firstOfMonth ? "未登记（已逾期）" : "未登记"
                row["verifiedBy"] = "—"
                if month < today.firstOfMonth { row["warn"] = true }
            }
            rows.append(row)
            month = month.nextMonth
        }
        return rows
    }
}
