import MinningDomain

/// The worker form as a clerk fills it in: the import file's columns, under the same Chinese
/// headings, read by the same rules (`WorkerCSVFormat`), so a form and a file can never disagree
/// about what a registration needs. Each problem is shown beside the field it is about.
struct ConsoleWorkerForm {
    enum Input {
        case text(placeholder: String)
        case choice(term: String)
        case date
        case yesNo
    }

    struct Field {
        let column: String
        let input: Input
        let hint: String?
    }

    static let fields: [Field] = [
        Field(column: "name", input: .text(placeholder: ""), hint: nil),
        Field(column: "id_number", input: .text(placeholder: "18 位，末位可为 X"), hint: nil),
        Field(column: "phone", input: .text(placeholder: "11 位手机号"), hint: nil),
        Field(column: "origin_region_code", input: .text(placeholder: "如 640422"), hint: "县级行政区划代码（GB/T 2260）"),
        Field(column: "education", input: .choice(term: "education"), hint: nil),
        Field(column: "poverty_status", input: .choice(term: "poverty_status"), hint: nil),
        Field(column: "monitored_kind", input: .choice(term: "monitored_kind"), hint: "仅防返贫监测对象填写"),
        Field(column: "skills", input: .text(placeholder: "如 7533:缝纫工:4|8153"), hint: "职业代码:证书:等级，多项用 | 分隔"),
        Field(column: "preferred_destinations", input: .text(placeholder: "如 350181|350102"), hint: "福建省内的区划代码，多项用 | 分隔"),
        Field(column: "preferred_occupations", input: .text(placeholder: "如 7533|8153"), hint: "ISCO-08 细类代码，多项用 | 分隔"),
        Field(column: "expected_monthly_wage_fen", input: .text(placeholder: "如 5000"), hint: "单位：元"),
        Field(column: "needs_housing", input: .yesNo, hint: nil),
        Field(column: "available_from", input: .date, hint: nil),
        Field(column: "consent_given_on", input: .date, hint: nil),
        Field(column: "consent_method", input: .choice(term: "consent_method"), hint: nil),
        Field(column: "consent_recorded_by", input: .text(placeholder: "经办人姓名"), hint: nil),
        Field(column: "consent_scope", input: .text(placeholder: WorkerCSVFormat.defaultConsentScope), hint: "不填则为默认范围"),
    ]

    /// What the clerk typed (or the stored record, for an edit), by column.
    var values: [String: String]
    /// Problems by the column they are about; those about no column go above the form.
    private(set) var problems: [String: [String]] = [:]
    private(set) var general: [String] = []

    init(values: [String: String]) { self.values = values }

    /// A blank registration: consent recorded today by default, housing not needed.
    static func blank(today: CalendarDay) -> ConsoleWorkerForm {
        ConsoleWorkerForm(values: ["consent_given_on": today.description, "needs_housing": "false", "available_from": today.description])
    }

    /// The record the rules read: the form's cells, with the wage in 元 as the Chinese file has it.
    func record(columns: [String]) -> CSVRecordReader {
        CSVRecordReader(header: columns, record: columns.map { values[$0] ?? "" }, inYuan: ["expected_monthly_wage_fen"])
    }

    mutating func add(_ issues: [FieldIssue]) {
        for issue in issues { add(issue.message.text(in: .zh), about: issue.field) }
    }

    mutating func add(_ text: String, about field: String?) {
        guard let field, let column = Self.column(of: field) else {
            general.append(text)
            return
        }
        problems[column, default: []].append(text)
    }

    var hasProblems: Bool { !problems.isEmpty || !general.isEmpty }

    /// `skills[2].level` is about `skills`; the API's `consent.given_on` is the form's `consent_given_on`.
    static func column(of field: String) -> String? {
        var name = field
        if name.hasPrefix("consent.") { name = "consent_" + name.dropFirst("consent.".count) }
        if let cut = name.firstIndex(where: { $0 == "[" || $0 == "." }) { name = String(name[..<cut]) }
        return fields.contains { $0.column == name } ? name : nil
    }

    /// The fields of `columns` as the template draws them. Required fields are marked, not left to
    /// the browser's own check, so that every problem comes back at once, in Chinese, beside its field.
    func rendered(_ columns: [String], optional: Set<String> = []) -> [[String: Any]] {
        Self.fields.filter { columns.contains($0.column) }.map { field in
            let value = values[field.column] ?? ""
            var item: [String: Any] = [
                "name": field.column, "label": WorkerCSVFormat.header.chinese[field.column] ?? field.column, "value": value,
                "required": WorkerCSVFormat.header.required.contains(field.column) && !optional.contains(field.column),
            ]
            if let hint = field.hint { item["hint"] = hint }
            if let problems = problems[field.column] {
                item["problems"] = problems
                item["bad"] = true
            }
            switch field.input {
            case .text(let placeholder):
                item["text"] = true
                if !placeholder.isEmpty { item["placeholder"] = placeholder }
            case .date: item["date"] = true
            case .yesNo:
                item["choice"] = true
                item["options"] = [("true", "是"), ("false", "否")].map { option(code: $0.0, label: $0.1, selected: value) }
            case .choice(let term):
                item["choice"] = true
                let codes = Vocabulary.terms.first { $0.name == term }?.values ?? []
                let blank = WorkerCSVFormat.header.required.contains(field.column) ? "请选择" : "（无）"
                item["options"] = [option(code: "", label: blank, selected: value)]
                    + codes.map { option(code: $0, label: Vocabulary.label(term, $0, in: .zh) ?? $0, selected: value) }
            }
            return item
        }
    }

    private func option(code: String, label: String, selected: String) -> [String: Any] {
        var option: [String: Any] = ["code": code, "label": label]
        if code == selected || (!selected.isEmpty && label == selected) { option["selected"] = true }
        return option
    }
}
