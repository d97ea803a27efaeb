import MinningDomain
import MinningServices

/// Workers as a table a clerk reads: the columns the field-visibility table gives the reader, in
/// Chinese, with labels for codes, 元 for money and names for regions. A field the reader may not
/// see has no column, so the page cannot show more than the API would.
struct ConsoleWorkerTable {
    /// The columns a list shows, in order, with their headings.
    static let columns: [(WorkerField, String)] = [
        (.name, "姓名"), (.idNumberMasked, "身份证号"), (.sex, "性别"), (.age, "年龄"), (.originRegionCode, "户籍地"),
        (.education, "学历"), (.povertyStatus, "帮扶身份"), (.expectedMonthlyWageFen, "期望月薪（元）"), (.availableFrom, "可到岗日期"),
        (.status, "状态"),
    ]

    let reader: WorkerReader
    let today: CalendarDay
    let regionNames: [String: String]

    var headings: [String] {
        let visible = Set(WorkerVisibility.fields(for: reader))
        return Self.columns.filter { visible.contains($0.0) }.map(\.1)
    }

    func cells(_ worker: WorkerRecord) -> [String] {
        let visible = Set(WorkerVisibility.fields(for: reader))
        return Self.columns.filter { visible.contains($0.0) }.map { field, _ in value(field, of: worker) }
    }

    private func value(_ field: WorkerField, of worker: WorkerRecord) -> String {
        let profile = worker.profile
        func label(_ term: String, _ code: String) -> String { Vocabulary.label(term, code, in: .zh) ?? code }
        switch field {
        case .name: return worker.name ?? "—"
        case .idNumberMasked: return worker.idNumberMasked ?? "—"
        case .sex: return label("sex", worker.isMale ? "male" : "female")
        case .age: return "\(worker.age(on: today))"
        case .originRegionCode:
            let code = profile.originRegion.rawValue
            return regionNames[code].map { "\($0)（\(code)）" } ?? code
        case .education: return label("education", profile.education.rawValue)
        case .povertyStatus: return label("poverty_status", profile.povertyStatus.rawValue)
        case .expectedMonthlyWageFen: return AmountText.yuan(profile.expectedMonthlyWageFen)
        case .availableFrom: return profile.availableFrom.description
        case .status: return label("worker_status", profile.status.rawValue)
        default: return ""
        }
    }
}
