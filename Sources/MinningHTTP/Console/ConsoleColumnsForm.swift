import MinningDomain

/// A form as a clerk fills it in: an import file's columns, under the same Chinese headings, read
/// by the same rules (`WorkerCSVFormat`, `VacancyCSVFormat`), so a form and a file can never
/// disagree about what a record needs. Each problem is shown beside the field it is about.
struct ConsoleColumnsForm {
    enum Input {
        case text(placeholder: String)
        case choice(term: String)
        /// A choice among records of the reader's scope (an employer), by the code the file names it with.
        case options([(code: String, label: String)])
        case date
        case yesNo
    }

    struct Field {
        let column: String
        let input: Input
        let hint: String?
        /// What the console's script reads to help while typing: the minimum wages, as JSON.
        var minimumWages: String?
    }

    /// Which columns a form has, in what order, and which of them a clerk types in 元.
    struct Layout {
        typealias Field = ConsoleColumnsForm.Field
        let fields: [Field]
        let header: CSVHeader
        let inYuan: Set<String>

        var columns: [String] { fields.map(\.column) }
    }

    let layout: Layout
    /// What the clerk typed (or the stored record, for an edit), by column.
    var values: [String: String]
    /// Problems by the column they are about; those about no column go above the form.
    private(set) var problems: [String: [String]] = [:]
    private(set) var general: [String] = []

    init(_ layout: Layout, values: [String: String]) {
        self.layout = layout
        self.values = values
    }

    /// A blank registration: consent recorded today by default, housing not needed.
    static func blankWorker(today: CalendarDay) -> ConsoleColumnsForm {
        ConsoleColumnsForm(.worker, values: ["consent_given_on": today.description, "needs_housing": "false", "available_from": today.description])
    }

    /// The record the rules read: the form's cells, with money in 元 as the Chinese file has it.
    func record(columns: [String]) -> CSVRecordReader {
        CSVRecordReader(header: columns, record: columns.map { values[$0] ?? "" }, inYuan: layout.inYuan)
    }

    mutating func add(_ issues: [FieldIssue]) {
        for issue in issues { add(issue.message.text(in: .zh), about: issue.field) }
    }

    mutating func add(_ text: String, about field: String?) {
        guard let field, let column = column(of: field) else {
            general.append(text)
            return
        }
        problems[column, default: []].append(text)
    }

    var hasProblems: Bool { !problems.isEmpty || !general.isEmpty }

    /// `skills[2].level` is about `skills`; the API's `consent.given_on` is the form's `consent_given_on`.
    func column(of field: String) -> String? {
        var name = field
        if name.hasPrefix("consent.") { name = "consent_" + name.dropFirst("consent.".count) }
        if let cut = name.firstIndex(where: { $0 == "[" || $0 == "." }) { name = String(name[..<cut]) }
        return layout.fields.contains { $0.column == name } ? name : nil
    }

    /// The fields of `columns` as the template draws them. Required fields are marked, not left to
    /// the browser's own check, so that every problem comes back at once, in Chinese, beside its field.
    func rendered(_ columns: [String], optional: Set<String> = []) -> [[String: Any]] {
        layout.fields.filter { columns.contains($0.column) }.map { field in
            let value = values[field.column] ?? ""
            var item: [String: Any] = [
                "name": field.column, "label": layout.header.chinese[field.column] ?? field.column, "value": value,
                "required": layout.header.required.contains(field.column) && !optional.contains(field.column),
            ]
            if let hint = field.hint { item["hint"] = hint }
            if let wages = field.minimumWages { item["minimumWages"] = wages }
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
            case .options(let choices):
                item["choice"] = true
                item["options"] = [option(code: "", label: "请选择", selected: value)] + choices.map { option(code: $0.code, label: $0.label, selected: value) }
            case .choice(let term):
                item["choice"] = true
                let codes = Vocabulary.terms.first { $0.name == term }?.values ?? []
                let blank = layout.header.required.contains(field.column) ? "请选择" : "（无）"
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

extension ConsoleColumnsForm.Layout {
    static let worker = Self(fields: [
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
    ], header: WorkerCSVFormat.header, inYuan: ["expected_monthly_wage_fen"])

    /// A vacancy: its employer chosen among the bureau's, by the credit code the file names it with.
    static func vacancy(employers: [(code: String, label: String)], wageHint: String, minimumWages: String) -> Self {
        Self(fields: [
            Field(column: "employer_credit_code", input: .options(employers), hint: nil),
            Field(column: "title", input: .text(placeholder: "如 平车缝纫工"), hint: nil),
            Field(column: "occupation_code", input: .text(placeholder: "如 7533"), hint: "ISCO-08 细类代码"),
            Field(column: "openings", input: .text(placeholder: "如 30"), hint: nil),
            Field(column: "wage_min_fen", input: .text(placeholder: "如 4500"), hint: "单位：元。" + wageHint, minimumWages: minimumWages),
            Field(column: "wage_max_fen", input: .text(placeholder: "如 6500"), hint: "单位：元"),
            Field(column: "housing_provided", input: .yesNo, hint: nil),
            Field(column: "meals_provided", input: .yesNo, hint: nil),
            Field(column: "work_region_code", input: .text(placeholder: "如 350102"), hint: "县级行政区划代码（GB/T 2260）"),
            Field(column: "min_age", input: .text(placeholder: "16"), hint: nil),
            Field(column: "max_age", input: .text(placeholder: "65"), hint: nil),
            Field(column: "min_education", input: .choice(term: "education"), hint: nil),
            Field(column: "required_certificates", input: .text(placeholder: "如 7533"), hint: "职业代码，多项用 | 分隔"),
            Field(column: "starts_on", input: .date, hint: nil),
            Field(column: "closes_on", input: .date, hint: "须早于到岗日期"),
        ], header: VacancyCSVFormat.header, inYuan: ["wage_min_fen", "wage_max_fen"])
    }
}

extension ConsoleColumnsForm.Layout {
    /// An employer, with its industry chosen among the national classification's sections (门类).
    static func employer(industries: [(code: String, label: String)]) -> Self {
        Self(fields: [
            Field(column: "name", input: .text(placeholder: "如 福州闽宁服装有限公司"), hint: nil),
            Field(column: "credit_code", input: .text(placeholder: "18 位"), hint: "营业执照上的统一社会信用代码"),
            Field(column: "region_code", input: .text(placeholder: "如 350102"), hint: "县级行政区划代码（GB/T 2260）"),
            Field(column: "industry_code", input: .options(industries), hint: nil),
            Field(column: "size", input: .choice(term: "employer_size"), hint: nil),
            Field(column: "contact_name", input: .text(placeholder: "如 陈明"), hint: nil),
            Field(column: "contact_phone", input: .text(placeholder: "11 位手机号"), hint: "只显示后四位"),
        ], header: EmployerCSVFormat.header, inYuan: [])
    }
}
