/// Reads the fields of one CSV record by column name and collects every problem, so a clerk sees
/// all the bad fields of a line at once, as the API does for a JSON body.
///
/// Cells are text: an empty cell is an absent value. Lists are written `a|b|c`, because commas
/// separate columns and Excel users type `|` without quoting.
public struct CSVRecordReader: Sendable {
    private let values: [String: String]
    /// Money columns headed in Chinese (`期望月薪（元）`): their cells are yuan, not fen.
    private let inYuan: Set<String>
    public private(set) var issues: [FieldIssue] = []

    public init(header: [String], record: [String], inYuan: Set<String> = []) {
        var values: [String: String] = [:]
        for (column, value) in zip(header, record) { values[column] = value.trimmingSpaces }
        self.values = values
        self.inYuan = inYuan
    }

    public init(columns: CSVHeader.Columns, record: [String]) {
        self.init(header: columns.names, record: record, inYuan: columns.inYuan)
    }

    public mutating func add(_ issue: FieldIssue) { issues.append(issue) }

    public func isBlank(_ column: String) -> Bool { values[column]?.isEmpty ?? true }

    public mutating func string(_ column: String, required: Bool = true, maxLength: Int) -> String? {
        guard let value = values[column], !value.isEmpty else {
            if required { issues.append(FieldIssue(field: column, message: .required)) }
            return nil
        }
        guard value.hasAtMost(characters: maxLength) else {
            issues.append(FieldIssue(field: column, message: .tooLong(max: maxLength)))
            return nil
        }
        guard !value.containsControlCharacter else {
            issues.append(FieldIssue(field: column, message: .controlCharacters))
            return nil
        }
        return value
    }

    public mutating func integer(_ column: String, required: Bool = true, in range: ClosedRange<Int>) -> Int? {
        guard let text = string(column, required: required, maxLength: 20) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            issues.append(FieldIssue(field: column, message: .wholeNumberOutOfRange(range.lowerBound, range.upperBound)))
            return nil
        }
        return value
    }

    /// An amount of money in fen: whole fen under the API's column name, yuan with at most two
    /// decimals (`5,000.00`, `¥5000`) under the Chinese header, which says 元. Read as text, never
    /// through floating point.
    public mutating func money(_ column: String, required: Bool = true, in range: ClosedRange<Int>) -> Int? {
        guard let text = string(column, required: required, maxLength: 24) else { return nil }
        let fen: Int?
        if inYuan.contains(column) {
            fen = Self.fen(fromYuan: text)
            guard let fen, range.contains(fen) else {
                issues.append(FieldIssue(field: column, message: .yuanAmountOutOfRange(min: FundsReport.yuan(range.lowerBound), max: FundsReport.yuan(range.upperBound))))
                return nil
            }
        } else {
            fen = Int(text)
            guard let fen, range.contains(fen) else {
                let asYuan = Self.fen(fromYuan: text)
                issues.append(FieldIssue(field: column, message: .fenOutOfRange(
                    range.lowerBound, range.upperBound, yuanTyped: asYuan == nil ? nil : text, fen: asYuan.map(String.init)
                )))
                return nil
            }
        }
        return fen
    }

    /// `5,000.5` → 500050; nil for anything that is not a plain decimal with at most two places.
    public static func fen(fromYuan text: String) -> Int? {
        var digits = text.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "，", with: "")
        for prefix in ["¥", "￥"] where digits.hasPrefix(prefix) { digits.removeFirst() }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty, whole.count <= 12, whole.allSatisfy(\.isASCIIDigit) else { return nil }
        let cents = parts.count == 2 ? String(parts[1]) : ""
        guard cents.count <= 2, cents.allSatisfy(\.isASCIIDigit), parts.count == 1 || !cents.isEmpty else { return nil }
        guard let yuan = Int(whole) else { return nil }
        return yuan * 100 + (Int(cents.padding(toLength: 2, withPad: "0", startingAt: 0)) ?? 0)
    }

    /// `true`/`false`, and the 是/否 a Chinese spreadsheet is likely to hold.
    public mutating func boolean(_ column: String, required: Bool = true) -> Bool? {
        guard let text = string(column, required: required, maxLength: 5) else { return nil }
        switch text.lowercased() {
        case "true", "是": return true
        case "false", "否": return false
        default:
            issues.append(FieldIssue(field: column, message: .notBoolean))
            return nil
        }
    }

    public mutating func date(_ column: String, required: Bool = true) -> CalendarDay? {
        guard let text = string(column, required: required, maxLength: 12) else { return nil }
        guard let day = CalendarDay(spreadsheet: text) else {
            issues.append(FieldIssue(field: column, message: .notSpreadsheetDate))
            return nil
        }
        return day
    }

    /// A coded value by its code or by its label in `Vocabulary` (`初中` for `junior_secondary`).
    public mutating func oneOf<Value: RawRepresentable & CaseIterable>(
        _ column: String, _ type: Value.Type, term: String? = nil, required: Bool = true
    ) -> Value? where Value.RawValue == String {
        guard let text = string(column, required: required, maxLength: 40) else { return nil }
        if let value = Value(rawValue: text) { return value }
        if let term, let code = Vocabulary.value(labelled: text, term: term), let value = Value(rawValue: code) { return value }
        let codes = Value.allCases.map(\.rawValue)
        let labels = term.map { term in codes.compactMap { Vocabulary.label(term, $0, in: .zh) } } ?? []
        issues.append(FieldIssue(field: column, message: .notOneOfLabelled(labels: labels, codes: codes)))
        return nil
    }

    public mutating func regionCode(_ column: String, required: Bool = true) -> RegionCode? {
        guard let text = string(column, required: required, maxLength: 6) else { return nil }
        guard let code = RegionCode(text) else {
            issues.append(FieldIssue(field: column, message: .notRegionCode))
            return nil
        }
        return code
    }

    /// The items of a `|`-separated cell; an empty cell is an empty list.
    public mutating func list(_ column: String, maxCount: Int) -> [String] {
        guard let text = values[column], !text.isEmpty else { return [] }
        let items = text.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
        guard items.count <= maxCount else {
            issues.append(FieldIssue(field: column, message: .tooManyItems(maxCount)))
            return []
        }
        if items.contains(where: \.isEmpty) {
            issues.append(FieldIssue(field: column, message: .emptyListItem))
            return []
        }
        return items
    }
}

extension String {
    /// Spreadsheets pad cells; Chinese input methods add full-width spaces (U+3000).
    var trimmingSpaces: String {
        // Most cells start and end with a visible ASCII character: nothing to trim, and nothing
        // to ask of each scalar's properties.
        if let first = utf8.first, let last = utf8.last, (0x21..<0x7F).contains(first), (0x21..<0x7F).contains(last) { return self }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }
}
