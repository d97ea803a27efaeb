import MinningDomain
import MinningPersistence

extension ConsolePages {
    func projects(
        _ projects: [ProjectRecord], pairings: [FundsReport.PairingLine], keeps: Bool, csrf: String, notice: String?, problems: [String],
        typed: [String: String]
    ) -> String {
        func label(_ term: String, _ code: String) -> String { Vocabulary.label(term, code, in: .zh) ?? code }
        let pairingNames = Self.pairingNames(pairings)
        func options<T: RawRepresentable & CaseIterable>(_ term: String, _ type: T.Type, selected: String?) -> [[String: Any]] where T.RawValue == String {
            T.allCases.map { value -> [String: Any] in
                var option: [String: Any] = ["code": value.rawValue, "label": label(term, value.rawValue)]
                if value.rawValue == selected { option["selected"] = true }
                return option
            }
        }
        let rows = projects.map { project -> [String: Any] in
            [
                "title": project.title, "pairing": pairingNames[project.pairingId] ?? "结对 \(project.pairingId)",
                "category": label("project_category", project.category.rawValue), "budget": AmountText.yuan(project.budgetFen),
                "status": label("project_status", project.status.rawValue),
            ]
        }
        var values: [String: Any] = [
            "rows": rows, "hasRows": !rows.isEmpty, "keeps": keeps, "csrf": csrf, "once": ConsoleToken.generate().text,
            "hasProblems": !problems.isEmpty, "problems": problems, "title": typed["title"] ?? "", "budget": typed["budget_yuan"] ?? "",
            "pairings": pairings.map { line -> [String: Any] in
                var option: [String: Any] = ["id": line.pairingId, "name": pairingNames[line.pairingId] ?? "\(line.pairingId)"]
                if "\(line.pairingId)" == typed["pairing_id"] { option["selected"] = true }
                return option
            },
            "categories": options("project_category", ProjectCategory.self, selected: typed["category"]),
            "statuses": options("project_status", ProjectStatus.self, selected: typed["status"] ?? ProjectStatus.planned.rawValue),
        ]
        if let notice { values["notice"] = notice }
        return render("projects", values)
    }
}
