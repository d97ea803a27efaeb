import MinningDomain
import MinningPersistence

extension ConsolePages {
    func importWorkers(_ content: ImportPageContent, csrf: String) -> String {
        func lines(_ issues: [LineIssue]) -> [[String: Any]] {
            issues.prefix(Self.importLinesShown).map { ["line": $0.line, "field": $0.field, "problem": $0.message.text(in: .zh)] }
        }
        var values: [String: Any] = ["csrf": csrf, "shown": Self.importLinesShown]
        switch content {
        case .empty: break
        case .refused(let text): values["refused"] = text
        case .badLines(let issues):
            values["bad"] = lines(issues)
            values["badSummary"] = "\(Set(issues.map(\.line)).count) 行共有 \(issues.count) 处问题，未导入任何数据。请在 Excel 中改正后重新上传整个文件。"
            values["more"] = issues.count > Self.importLinesShown
        case .checked(let count, let warnings, let file, let name):
            values["checked"] = ["count": count, "file": file, "name": name]
            values["warnings"] = lines(warnings)
            values["hasWarnings"] = !warnings.isEmpty
        case .stored(let count, let warnings):
            values["stored"] = count
            values["warnings"] = lines(warnings)
            values["hasWarnings"] = !warnings.isEmpty
        }
        return render("importWorkers", values)
    }

    static let importLinesShown = 500
}
