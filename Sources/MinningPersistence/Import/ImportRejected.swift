/// A problem with one line of an import file.
public struct LineIssue: Sendable, Equatable, CustomStringConvertible {
    public let line: Int
    public let field: String
    public let message: String

    public init(line: Int, field: String, message: String) {
        self.line = line
        self.field = field
        self.message = message
    }

    public var description: String { "line \(line): \(field) \(message)" }
}

/// An import refused as a whole: nothing was stored, and these are all the reasons, by line.
public struct ImportRejected: Error, Sendable, CustomStringConvertible {
    public let issues: [LineIssue]

    public init(_ issues: [LineIssue]) {
        self.issues = issues.sorted { ($0.line, $0.field) < ($1.line, $1.field) }
    }

    public var description: String {
        "\(issues.count) problem(s) in \(Set(issues.map(\.line)).count) line(s); nothing was imported"
    }
}
