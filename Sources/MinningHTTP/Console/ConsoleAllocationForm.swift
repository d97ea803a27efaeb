import Foundation
import MinningDomain
import MinningPersistence
import MinningServices

/// A cohort allocation as the console's forms carry it from the filters to the review and the
/// confirmation: the filters, and the pairs staff pinned or forbade, all in plain form fields so
/// that every step works without JavaScript and can be sent again.
struct ConsoleAllocationForm {
    static let columns = ["worker_region", "poverty_status", "worker_occupation", "work_region", "vacancy_occupation", "pins", "forbidden"]
    /// At most this many pinned or forbidden pairs: a review of a cohort, not a list of its own.
    static let maximumPairs = 200

    var values: [String: String]
    private(set) var problems: [String: [String]] = [:]

    init(_ form: [String: String]) {
        values = form.filter { Self.columns.contains($0.key) }.mapValues { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// The request the filters and pairs describe, or nil with `problems` filled in.
    mutating func request() -> AllocationRequest? {
        var reader = CSVRecordReader(header: Self.columns, record: Self.columns.map { values[$0] ?? "" })
        let workerRegion = reader.regionCode("worker_region", required: false)
        let poverty = reader.oneOf("poverty_status", PovertyStatus.self, term: "poverty_status", required: false)
        let workerOccupation = occupationPrefix("worker_occupation", &reader)
        let workRegion = reader.regionCode("work_region", required: false)
        let vacancyOccupation = occupationPrefix("vacancy_occupation", &reader)
        for issue in reader.issues { problems[issue.field, default: []].append(issue.message.text(in: .zh)) }
        let pinned = pairs("pins")
        let forbidden = pairs("forbidden")
        guard problems.isEmpty, let pinned, let forbidden else { return nil }
        return AllocationRequest(
            workerFilter: .init(region: workerRegion, povertyStatus: poverty, occupation: workerOccupation),
            vacancyFilter: .init(workRegion: workRegion, occupation: vacancyOccupation), pinned: pinned, forbidden: forbidden
        )
    }

    private func occupationPrefix(_ column: String, _ reader: inout CSVRecordReader) -> String? {
        guard let text = reader.string(column, required: false, maxLength: 4) else { return nil }
        guard text.allSatisfy(\.isASCIIDigit) else {
            reader.add(FieldIssue(field: column, message: .mustBeISCOPrefix(maxDigits: 4)))
            return nil
        }
        return text
    }

    /// `worker:vacancy` pairs separated by commas, as the review page's buttons write them.
    private mutating func pairs(_ column: String) -> [CohortAllocation.Pair]? {
        let text = values[column] ?? ""
        guard !text.isEmpty else { return [] }
        let items = text.split(separator: ",")
        guard items.count <= Self.maximumPairs else {
            problems[column, default: []].append(Message.tooManyItems(Self.maximumPairs).text(in: .zh))
            return nil
        }
        var found: [CohortAllocation.Pair] = []
        for item in items {
            let ids = item.split(separator: ":").compactMap { UUID(uuidString: String($0)) }
            guard ids.count == 2 else {
                problems[column, default: []].append("无法识别的人岗配对：\(item.prefix(80))")
                return nil
            }
            found.append(CohortAllocation.Pair(workerId: ids[0], vacancyId: ids[1]))
        }
        return found
    }

    /// The form's fields with `pair` added to `column` (and taken out of the other list), for a
    /// review button that pins or forbids one pair.
    func adding(_ pair: CohortAllocation.Pair, to column: String) -> [[String: String]] {
        var changed = values
        let text = "\(pair.workerId.uuidString.lowercased()):\(pair.vacancyId.uuidString.lowercased())"
        for list in ["pins", "forbidden"] {
            var items = (changed[list] ?? "").split(separator: ",").map(String.init).filter { $0 != text }
            if list == column { items.append(text) }
            changed[list] = items.joined(separator: ",")
        }
        return Self.hidden(changed)
    }

    var hiddenFields: [[String: String]] { Self.hidden(values) }

    private static func hidden(_ values: [String: String]) -> [[String: String]] {
        columns.compactMap { column in values[column].flatMap { $0.isEmpty ? nil : ["name": column, "value": $0] } }
    }
}
