import MinningDomain
import MinningPersistence

/// A placement's corrections so far, and whether the reader may make one.
struct PlacementHistory {
    let days: [PlacementCorrectionRecord]
    let months: [MonthCorrectionRecord]
    let correctable: Bool
}

extension ConsolePages {
    static let correctedFacts: [PlacementCorrection.Fact: String] = [.hiredOn: "入职日期", .separatedOn: "离职日期"]

    /// What a month's record said, as the grid says it.
    static func monthText(_ fact: MonthFact) -> String {
        switch fact {
        case .notWorked: "当月未在岗"
        case .worked(let wage): wage.map { "已发工资 \(AmountText.yuan($0)) 元" } ?? "在岗但未发工资"
        }
    }

    /// The correction section's values, merged into the placement page's.
    func correctionValues(_ history: PlacementHistory, placement: PlacementRecord, today: CalendarDay) -> [String: Any] {
        let days = history.days.map { record -> [String: Any] in
            ["what": Self.correctedFacts[record.fact] ?? record.fact.rawValue, "from": record.oldValue.description, "to": record.newValue.description,
             "reason": record.reason, "when": ChinaTime.minute(record.correctedAt)]
        }
        let months = history.months.map { record -> [String: Any] in
            ["what": "\(record.month.monthText) 在岗情况", "from": Self.monthText(record.old), "to": Self.monthText(record.new),
             "reason": record.reason, "when": ChinaTime.minute(record.correctedAt)]
        }
        var values: [String: Any] = ["corrections": days + months, "hasCorrections": !(days.isEmpty && months.isEmpty)]
        if history.correctable {
            values["correctable"] = true
            values["facts"] = PlacementCorrection.Fact.allCases.filter { $0 == .hiredOn || placement.separatedOn != nil }
                .map { ["code": $0.rawValue, "label": Self.correctedFacts[$0] ?? $0.rawValue] }
            values["correctionMonth"] = today.previousMonth.monthText
        }
        return values
    }
}
