import Foundation
import Hummingbird
import MinningDomain

/// What every page reads from a path or a form: an id, free text, a day as people type it.
extension ConsoleController {
    func pathId(_ request: Request, _ kind: ObjectKind) throws -> UUID {
        guard let text = request.uri.path.split(separator: "/").dropFirst().first, let id = UUID(uuidString: String(text)) else {
            throw DomainError.notFound(.noneInScope(kind))
        }
        return id
    }

    /// Free text a person typed, trimmed; nil when blank. Longer or control-character text is cut
    /// to nothing rather than stored half.
    func text(_ typed: String?, maxLength: Int) -> String? {
        guard let typed = typed?.trimmingCharacters(in: .whitespacesAndNewlines), !typed.isEmpty, typed.unicodeScalars.count <= maxLength,
              !typed.containsControlCharacter
        else { return nil }
        return typed
    }

    func day(_ typed: String?, required: Bool, problems: inout [String]) throws -> CalendarDay? {
        let typed = (typed ?? "").trimmingCharacters(in: .whitespaces)
        guard !typed.isEmpty else {
            if required { problems.append("请填写日期。") }
            return nil
        }
        guard let day = CalendarDay(spreadsheet: typed) else {
            problems.append("日期“\(typed)”" + Message.notSpreadsheetDate.text(in: .zh))
            return nil
        }
        return day
    }

    /// A count of people as typed (thousands separators allowed), 0 to 1,000,000.
    func peopleCount(_ typed: String?, _ label: String, problems: inout [String]) -> Int? {
        let value = (typed ?? "").trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "")
        guard let number = Int(value), (0...1_000_000).contains(number) else {
            problems.append("\(label)须为 0–1,000,000 的整数。")
            return nil
        }
        return number
    }

    /// The form's one-time token, used as the create's Idempotency-Key: a second press of the
    /// button is answered from the first.
    func onceKey(_ form: [String: String]) -> String? { form["once"].flatMap { ConsoleToken.isWellFormed($0) ? $0 : nil } }

    /// A year the records and reports cover.
    static func reportYear(_ year: Int) -> Int? { (1996...2100).contains(year) ? year : nil }
}
