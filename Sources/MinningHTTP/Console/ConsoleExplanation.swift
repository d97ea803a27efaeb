import MinningDomain

/// Why a job is recommended, in the words a clerk reads to a worker: the score, each part with
/// its points out of its weight (largest first), and the priority that lifts the pair in a cohort.
enum ConsoleExplanation {
    /// The employer's side never reads the household's priority (as in the API's explanations).
    static func text(_ explanation: MatchExplanation, for role: Role = .originBureau) -> String {
        let parts = explanation.parts.sorted { $0.points > $1.points }.map { part in
            let name = Vocabulary.label("score_component", part.component.rawValue, in: .zh) ?? part.component.rawValue
            return "\(name) \(points(part.points)) 分（满分 \(part.weight)）"
        }
        var text = "得分 \(points(explanation.score))：" + parts.joined(separator: "，")
        if !explanation.priorityGroups.isEmpty, role != .destinationBureau {
            let groups = explanation.priorityGroups.map { Vocabulary.label("priority_group", $0.rawValue, in: .zh) ?? $0.rawValue }
            text += "；优先：" + groups.joined(separator: "、") + "（批次分配时得分 ×\(decimal(explanation.priorityWeight, places: 3))）"
        }
        return text
    }

    /// Points are stored ×1000 (per-mille values times weights): one decimal is what a person reads.
    private static func points(_ thousandths: Int) -> String { decimal((thousandths + 50) / 100, places: 1) }

    private static func decimal(_ value: Int, places: Int) -> String {
        var divisor = 1
        for _ in 0..<places { divisor *= 10 }
        var fraction = String(value % divisor)
        while fraction.count < places { fraction = "0" + fraction }
        let trimmed = places == 3 ? String(fraction.reversed().drop { $0 == "0" }.reversed()) : fraction
        return "\(value / divisor)" + (trimmed.isEmpty ? "" : "." + trimmed)
    }
}
