/// Reads the fields of one CSV record by column name and collects every problem, so a clerk sees
/// all the bad fields of a line at once, as the API does for a JSON body.
///
/// Cells are text: an empty cell is an absent value. Lists are written `a|b|c`, because commas
/// separate columns and Excel users type `|` without quoting.
public struct CSVRecordReader: Sendable {
    private let values: [String: String]
    public private(set) var issues: [FieldIssue] = []

    public init(header: [String], record: [String]) {
        var values: [String: String] = [:]
        for (column, value) in zip(header, record) { values[column] = value.trimmingSpaces }
        self.values = values
    }

    public mutating func add(_ issue: FieldIssue) { issues.append(issue) }

    public func isBlank(_ column: String) -> Bool { values[column]?.isEmpty ?? true }

    public mutating func string(_ column: String, required: Bool = true, maxLength: Int) -> String? {
        guard let value = values[column], !value.isEmpty else {
            if required { issues.append(FieldIssue(field: column, message: "is required")) }
            return nil
        }
        guard value.count <= maxLength else {
            issues.append(FieldIssue(field: column, message: "must be at most \(maxLength) characters"))
            return nil
        }
        guard !value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            issues.append(FieldIssue(field: column, message: "must not contain control characters"))
            return nil
        }
        return value
    }

    public mutating func integer(_ column: String, required: Bool = true, in range: ClosedRange<Int>) -> Int? {
        guard let text = string(column, required: required, maxLength: 20) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            issues.append(FieldIssue(field: column, message: "must be a whole number from \(range.lowerBound) to \(range.upperBound)"))
            return nil
        }
        return value
    }

    /// `true`/`false`, and the 是/否 a Chinese spreadsheet is likely to hold.
    public mutating func boolean(_ column: String, required: Bool = true) -> Bool? {
        guard let text = string(column, required: required, maxLength: 5) else { return nil }
        switch text.lowercased() {
        case "true", "是": return true
        case "false", "否": return false
        default:
            issues.append(FieldIssue(field: column, message: "must be true or false"))
            return nil
        }
    }

    public mutating func date(_ column: String, required: Bool = true) -> CalendarDay? {
        guard let text = string(column, required: required, maxLength: 10) else { return nil }
        guard let day = CalendarDay(iso: text) else {
            issues.append(FieldIssue(field: column, message: "must be a date written YYYY-MM-DD"))
            return nil
        }
        return day
    }

    public mutating func oneOf<Value: RawRepresentable & CaseIterable>(
        _ column: String, _ type: Value.Type, required: Bool = true
    ) -> Value? where Value.RawValue == String {
        guard let text = string(column, required: required, maxLength: 40) else { return nil }
        guard let value = Value(rawValue: text) else {
            let allowed = Value.allCases.map(\.rawValue).joined(separator: ", ")
            issues.append(FieldIssue(field: column, message: "must be one of: \(allowed)"))
            return nil
        }
        return value
    }

    public mutating func regionCode(_ column: String, required: Bool = true) -> RegionCode? {
        guard let text = string(column, required: required, maxLength: 6) else { return nil }
        guard let code = RegionCode(text) else {
            issues.append(FieldIssue(field: column, message: "must be a six-digit GB/T 2260 region code"))
            return nil
        }
        return code
    }

    /// The items of a `|`-separated cell; an empty cell is an empty list.
    public mutating func list(_ column: String, maxCount: Int) -> [String] {
        guard let text = values[column], !text.isEmpty else { return [] }
        let items = text.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
        guard items.count <= maxCount else {
            issues.append(FieldIssue(field: column, message: "must list at most \(maxCount) items"))
            return []
        }
        if items.contains(where: \.isEmpty) {
            issues.append(FieldIssue(field: column, message: "has an empty item between | separators"))
            return []
        }
        return items
    }
}

extension String {
    /// Spreadsheets pad cells; Chinese input methods add full-width spaces (U+3000).
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }
}
