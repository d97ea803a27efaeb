/// An import that went through: how many rows were stored (or checked, in a dry run), and what the
/// clerk should look at although nothing was wrong enough to refuse the file.
public struct ImportOutcome: Sendable, Equatable {
    public let count: Int
    public let warnings: [LineIssue]

    public init(count: Int, warnings: [LineIssue] = []) {
        self.count = count
        self.warnings = warnings.sorted { ($0.line, $0.field) < ($1.line, $1.field) }
    }
}
