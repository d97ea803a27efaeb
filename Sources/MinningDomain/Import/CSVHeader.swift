/// The columns a kind of import file must and may have. A missing or unknown column is refused
/// before any row is read: a misspelt optional column would otherwise import blanks silently.
public struct CSVHeader: Sendable {
    public let required: [String]
    public let optional: [String]
    /// Columns an export writes that an import does not read (the stored id, timestamps), so an
    /// exported file can be imported again without editing its header.
    public let ignored: [String]

    public init(required: [String], optional: [String], ignored: [String] = []) {
        self.required = required
        self.optional = optional
        self.ignored = ignored
    }

    public func problems(_ header: [String]) -> [FieldIssue] {
        var issues: [FieldIssue] = []
        let known = Set(required + optional + ignored)
        for column in required where !header.contains(column) {
            issues.append(FieldIssue(field: column, message: "column is missing from the header"))
        }
        for column in header where !known.contains(column) {
            issues.append(FieldIssue(field: column, message: "is not a known column (expected: \((required + optional).joined(separator: ", ")))"))
        }
        var seen = Set<String>()
        for column in header where !seen.insert(column).inserted {
            issues.append(FieldIssue(field: column, message: "appears twice in the header"))
        }
        return issues
    }
}
