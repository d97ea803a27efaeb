import MinningDomain
import Mustache

/// Renders the console's templates; built once, shared by every request.
struct ConsolePages: Sendable {
    private let library: MustacheLibrary

    init() throws {
        var library = MustacheLibrary()
        try library.register(ConsoleTemplates.layout, named: "layout")
        try library.register(ConsoleTemplates.login, named: "login")
        try library.register(ConsoleTemplates.home, named: "home")
        try library.register(ConsoleTemplates.password, named: "password")
        try library.register(ConsoleTemplates.workers, named: "workers")
        try library.register(ConsoleTemplates.worker, named: "worker")
        try library.register("<section class=\"card narrow\"><p class=\"error\" role=\"alert\">{{text}}</p><p><a href=\"/\">返回工作台</a></p></section>", named: "message")
        self.library = library
    }

    func layout(title: String, body: String, session: ConsoleSession?) -> String {
        var values: [String: Any] = ["title": title, "body": body]
        // Absent, not nil: Mustache would take a nil wrapped in Any for a value and print "nil".
        if let session { values["session"] = Self.who(session) }
        return render("layout", values)
    }

    func login(csrf: String, notice: String?, error: String?, login: String) -> String {
        var values: [String: Any] = ["csrf": csrf, "login": login]
        if let notice { values["notice"] = notice }
        if let error { values["error"] = error }
        return render("login", values)
    }

    func home(_ session: ConsoleSession) -> String {
        let tasks: [[String: Any]] = Self.tasks(session.principal.role).map { task in
            var item: [String: Any] = ["name": task.name]
            if let href = task.href { item["href"] = href }
            return item
        }
        return render("home", Self.who(session).merging(["tasks": tasks]) { $1 })
    }

    func password(_ session: ConsoleSession, errors: [String]) -> String {
        render("password", ["csrf": session.csrfToken, "mustChange": session.account.mustChangePassword, "hasErrors": !errors.isEmpty, "errors": errors])
    }

    func workers(query: String, table: ConsoleWorkerTable?, rows: [WorkerRecord], error: String?, searchable: Bool) -> String {
        var values: [String: Any] = ["query": query, "hasRows": !rows.isEmpty, "count": rows.count, "searchable": searchable]
        if let table {
            values["headings"] = table.headings
            values["rows"] = rows.map { ["cells": table.cells($0), "id": $0.id.uuidString.lowercased()] as [String: Any] }
            if rows.isEmpty { values["empty"] = true }
        }
        if WorkersController.searchableIdNumber(query.uppercased()) != nil { values["searched"] = true }
        if let error { values["error"] = error }
        return render("workers", values)
    }

    func worker(table: ConsoleWorkerTable, worker: WorkerRecord, recommended: [(vacancy: MatchVacancy, explanation: MatchExplanation)]?, regionNames: [String: String]) -> String {
        let facts = zip(table.headings, table.cells(worker)).map { ["name": $0, "value": $1] }
        // The heading names the person only for a reader the visibility table lets read the name.
        let named = WorkerVisibility.fields(for: table.reader).contains(.name)
        var values: [String: Any] = ["title": named ? worker.name ?? "劳动者" : "候选劳动者", "facts": facts]
        if let recommended {
            values["hasRecommendations"] = !recommended.isEmpty
            values["noRecommendations"] = recommended.isEmpty
            values["recommendations"] = recommended.map { vacancy, explanation -> [String: Any] in
                let terms = vacancy.terms
                let code = terms.workRegion.rawValue
                return [
                    "title": terms.title, "region": regionNames[code].map { "\($0)（\(code)）" } ?? code,
                    "wage": "\(AmountText.yuan(terms.wageMinFen))–\(AmountText.yuan(terms.wageMaxFen))",
                    "housing": terms.housingProvided ? "包住" : "不包住", "openings": vacancy.remainingOpenings,
                    "why": ConsoleExplanation.text(explanation),
                ]
            }
        }
        return render("worker", values)
    }

    func message(_ text: String) -> String { render("message", ["text": text]) }

    private func render(_ template: String, _ values: [String: Any]) -> String {
        library.render(values, withTemplate: template) ?? ""
    }

    private static func who(_ session: ConsoleSession) -> [String: Any] {
        let role = Vocabulary.label("role", session.principal.role.rawValue, in: .zh) ?? session.principal.role.rawValue
        let name = session.account.displayName.isEmpty ? session.account.login : session.account.displayName
        return ["name": name, "bureau": session.bureauName, "role": role, "csrf": session.csrfToken]
    }

    /// What each role does here, as a clerk names it.
    /// What each role does here, as a clerk names it, with the page where one is built.
    static func tasks(_ role: Role) -> [(name: String, href: String?)] {
        switch role {
        case .originBureau:
            [("查找劳动者", "/workers"), ("劳动者登记与撤回同意", nil), ("批量导入劳动者名单", nil), ("为劳动者推荐岗位", nil), ("批次分配", nil), ("回复安置与培训报名", nil)]
        case .destinationBureau: [("用人单位与岗位", nil), ("查看候选人", nil), ("录用与稳岗月报", nil), ("离职与更正", nil)]
        case .cooperationOffice: [("资金台账", nil), ("帮扶项目", nil), ("就业补贴审核与发放", nil), ("产业园", nil), ("报表与联席会议材料", nil)]
        case .observer: [("报表", nil), ("联席会议材料", nil)]
        case .admin: [("查找劳动者", "/workers"), ("单位管理", nil), ("工作台账号", nil), ("API 密钥", nil)]
        }
    }
}
