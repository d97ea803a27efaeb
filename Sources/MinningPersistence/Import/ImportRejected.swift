import MinningDomain

/// A problem with one line of an import file.
public struct LineIssue: Sendable, Equatable, CustomStringConvertible {
    public let line: Int
    public let field: String
    public let message: Message

    public init(line: Int, field: String, message: Message) {
        self.line = line
        self.field = field
        self.message = message
    }

    public func text(in language: Language) -> String {
        switch language {
        case .zh: "第 \(line) 行：\(field) \(message.text(in: .zh))"
        case .en: "line \(line): \(field) \(message.text(in: .en))"
        }
    }

    public var description: String { text(in: .en) }
}

/// An import refused as a whole: nothing was stored, and these are all the reasons, by line.
public struct ImportRejected: Error, Sendable, CustomStringConvertible {
    public let issues: [LineIssue]

    public init(_ issues: [LineIssue]) {
        self.issues = issues.sorted { ($0.line, $0.field) < ($1.line, $1.field) }
    }

    public func summary(in language: Language) -> String {
        let lines = Set(issues.map(\.line)).count
        return switch language {
        case .zh: "\(lines) 行共有 \(issues.count) 处问题，未导入任何数据"
        case .en: "\(issues.count) problem(s) in \(lines) line(s); nothing was imported"
        }
    }

    public var description: String { summary(in: .en) }
}
