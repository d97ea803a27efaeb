/// Which header a file is written under: Chinese for people (labels, 是/否, 元), the API's names
/// and codes for integrations. An import reads either.
public enum CSVHeaderLanguage: String, CaseIterable, Sendable {
    case zh, en
}

extension WorkerCSVFormat {
    /// Coded columns and the vocabulary term that labels them.
    static let labelledColumns = ["education": "education", "poverty_status": "poverty_status", "monitored_kind": "monitored_kind", "consent_method": "consent_method"]

    /// A cell of the export as a Chinese-headed file carries it: a label for a code, 是/否 for a
    /// flag, yuan with two decimals under the 元 header; anything else as it is.
    public static func chineseCell(_ column: String, _ value: String) -> String {
        if let term = labelledColumns[column], !value.isEmpty { return Vocabulary.label(term, value, in: .zh) ?? value }
        if column == "needs_housing" { return value == "true" ? "是" : value == "false" ? "否" : value }
        if column.hasSuffix("_fen"), let fen = Int(value) { return FundsReport.yuan(fen) }
        return value
    }
}
