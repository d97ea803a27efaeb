/// The columns a kind of import file must and may have, each by its API name and by the Chinese
/// header a clerk's spreadsheet carries (`姓名`, `期望月薪（元）`). A missing or unknown column is
/// refused before any row is read: a misspelt optional column would otherwise import blanks.
public struct CSVHeader: Sendable {
    public let required: [String]
    public let optional: [String]
    /// Columns an export writes that an import does not read (the stored id, timestamps), so an
    /// exported file can be imported again without editing its header.
    public let ignored: [String]
    /// The Chinese header of every column. A money column (`…_fen`) headed in Chinese holds yuan
    /// with up to two decimals, as the header says; under its API name it holds fen.
    public let chinese: [String: String]
    /// Required and optional columns in the order a template lists them: the order a clerk fills a
    /// line in, not the order of the rules.
    public let templateOrder: [String]

    public init(required: [String], optional: [String], ignored: [String] = [], chinese: [String: String] = [:], templateOrder: [String]? = nil) {
        self.required = required
        self.optional = optional
        self.ignored = ignored
        self.chinese = chinese
        self.templateOrder = templateOrder ?? (required + optional)
    }

    /// A file's header read as API column names, and the money columns it gives in yuan.
    public struct Columns: Sendable, Equatable {
        public let names: [String]
        public let inYuan: Set<String>
    }

    public func columns(_ header: [String]) -> Columns {
        var byChinese: [String: String] = [:]
        for (name, label) in chinese { byChinese[Self.comparable(label)] = name }
        var names: [String] = []
        var inYuan: Set<String> = []
        for cell in header {
            let trimmed = cell.trimmingSpaces
            if let name = byChinese[Self.comparable(trimmed)] {
                names.append(name)
                if name.hasSuffix("_fen") { inYuan.insert(name) }
            } else {
                names.append(trimmed)
            }
        }
        return Columns(names: names, inYuan: inYuan)
    }

    /// Every column in the Chinese a template carries, in template order.
    public var chineseHeader: [String] { templateOrder.map { chinese[$0] ?? $0 } }

    /// One problem for the missing columns and one for the unknown ones, each naming what is
    /// expected once, not a list repeated per column.
    public func problems(_ header: [String]) -> [FieldIssue] {
        var issues: [FieldIssue] = []
        let known = Set(required + optional + ignored)
        let missing = required.filter { !header.contains($0) }
        if !missing.isEmpty {
            issues.append(FieldIssue(field: "header", message: .headerLacks(missing.map(describe))))
        }
        let unknown = header.filter { !known.contains($0) }
        if !unknown.isEmpty {
            issues.append(FieldIssue(
                field: "header",
                message: .headerUnknown(unknown, expected: chineseHeader, apiNames: templateOrder)
            ))
        }
        var seen = Set<String>()
        let repeated = header.filter { !seen.insert($0).inserted }
        if !repeated.isEmpty {
            issues.append(FieldIssue(field: "header", message: .headerTwice(Set(repeated).sorted().map(describe))))
        }
        return issues
    }

    private func describe(_ name: String) -> String {
        chinese[name].map { "\($0) (\(name))" } ?? name
    }

    /// Headers as typed: half- or full-width parentheses and stray spaces alike.
    static func comparable(_ text: String) -> String {
        String(text.unicodeScalars.compactMap { scalar -> Character? in
            switch scalar {
            case "（": "("
            case "）": ")"
            case _ where scalar.properties.isWhitespace: nil
            default: Character(scalar)
            }
        })
    }
}
