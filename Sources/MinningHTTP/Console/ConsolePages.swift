import MinningDomain
import MinningPersistence
import MinningServices
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
        for (name, template) in ConsoleTemplates.workerPages + ConsoleTemplates.allocationPages + ConsoleTemplates.vacancyPages + ConsoleTemplates.ledgerPages + ConsoleTemplates.bureauPages + ConsoleTemplates.parkPages + ConsoleTemplates.trainingPages + ConsoleTemplates.assessmentPages + [("staff", ConsoleTemplates.staff), ("reports", ConsoleTemplates.reports), ("subsidies", ConsoleTemplates.subsidies), ("secondFactor", ConsoleTemplates.secondFactor), ("employers", ConsoleTemplates.employers), ("projects", ConsoleTemplates.projects), ("meetings", ConsoleTemplates.meetings), ("cooperation", ConsoleTemplates.cooperation), ("importWorkers", ConsoleTemplates.importWorkers)] { try library.register(template, named: name) }
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

    func home(_ session: ConsoleSession, worklist: WorklistService.Worklist, notice: String? = nil, problem: String? = nil) -> String {
        let tasks: [[String: Any]] = Self.tasks(session.principal.role).map { task in
            var item: [String: Any] = ["name": task.name]
            if let href = task.href { item["href"] = href }
            return item
        }
        func items(_ waiting: [WaitingPlacement]) -> [[String: Any]] {
            waiting.map { item in
                ["worker": item.workerName ?? "（不显示姓名）", "workerId": item.workerId.uuidString.lowercased(), "placementId": item.placementId.uuidString.lowercased(), "job": item.vacancyTitle,
                 "employer": item.employerName, "since": item.since.description]
            }
        }
        var values = Self.who(session).merging(["tasks": tasks]) { $1 }
        let sections: [[String: Any]] = [
            ["title": "等待劳动者答复的岗位", "since": "推荐日期", "items": items(worklist.awaitingAnswer),
             "full": worklist.awaitingAnswer.count >= worklist.limit],
            ["title": "已接受、等待登记入职", "since": "接受日期", "items": items(worklist.awaitingHire),
             "full": worklist.awaitingHire.count >= worklist.limit],
            ["title": "\(worklist.overdueMonth.monthText) 在岗情况未登记", "since": "入职日期", "items": items(worklist.monthMissing),
             "full": worklist.monthMissing.count >= worklist.limit],
        ].filter { !($0["items"] as! [[String: Any]]).isEmpty }
        values["sections"] = sections
        values["alerts"] = worklist.unacknowledgedAlerts.map { alert -> [String: Any] in
            let text = alert.notice.map { Message.alert($0).text(in: .zh) } ?? alert.details
            return ["text": text, "raised": CalendarDay(date: alert.raisedAt).description, "workerId": alert.workerId.uuidString.lowercased(),
                    "id": alert.id.uuidString.lowercased(), "csrf": session.csrfToken]
        }
        values["hasAlerts"] = !worklist.unacknowledgedAlerts.isEmpty
        values["decisions"] = worklist.openDecisions.map { decision -> [String: Any] in
            ["task": decision.task, "due": decision.dueOn.description, "overdue": decision.isOverdue(today: worklist.today),
             "progress": decision.progress, "id": decision.id.uuidString.lowercased(), "csrf": session.csrfToken, "today": worklist.today.description]
        }
        values["hasDecisions"] = !worklist.openDecisions.isEmpty
        values["nothingWaiting"] = sections.isEmpty && worklist.unacknowledgedAlerts.isEmpty && worklist.openDecisions.isEmpty
        values["alertsFull"] = worklist.unacknowledgedAlerts.count >= worklist.limit
        values["limit"] = worklist.limit
        if let notice { values["notice"] = notice }
        if let problem { values["problem"] = problem }
        return render("home", values)
    }

    func password(_ session: ConsoleSession, errors: [String]) -> String {
        render("password", ["csrf": session.csrfToken, "mustChange": session.account.mustChangePassword, "hasErrors": !errors.isEmpty, "errors": errors])
    }

    func message(_ text: String) -> String { render("message", ["text": text]) }

    func reports(year: Int, typed: String?) -> String {
        var values: [String: Any] = ["year": year]
        if let typed { values["problem"] = "“\(typed)”不是可查询的年度（1996–2100）。" }
        return render("reports", values)
    }

    func render(_ template: String, _ values: [String: Any]) -> String {
        library.render(values, withTemplate: template) ?? ""
    }

    static func who(_ session: ConsoleSession) -> [String: Any] {
        let role = Vocabulary.label("role", session.principal.role.rawValue, in: .zh) ?? session.principal.role.rawValue
        let name = session.account.displayName.isEmpty ? session.account.login : session.account.displayName
        return ["name": name, "bureau": session.bureauName, "role": role, "csrf": session.csrfToken]
    }

    /// What each role does here, as a clerk names it, with the page where one is built.
    static func tasks(_ role: Role) -> [(name: String, href: String?)] {
        switch role {
        case .originBureau:
            [("查找劳动者", "/workers"), ("登记劳动者", "/workers/new"), ("批量导入劳动者名单", "/imports/workers"), ("为劳动者推荐岗位", "/workers"), ("在招岗位", "/vacancies"), ("批次分配", "/allocations/new"), ("培训报名", "/training")]
        case .destinationBureau: [("岗位与候选人", "/vacancies"), ("用人单位", "/employers"), ("发布岗位", "/vacancies/new"), ("可到岗的劳动者", "/workers"), ("录用与稳岗月报", nil), ("离职与更正", nil)]
        case .cooperationOffice: [("资金台账", "/ledger"), ("帮扶项目", "/projects"), ("就业补贴审核与发放", "/subsidies"), ("产业园", "/parks"), ("协议指标与自评", "/assessment"), ("联席会议与督办", "/meetings"), ("人才·消费·捐赠", "/cooperation"), ("报表与联席会议材料", "/reports")]
        case .observer: [("协议指标与自评", "/assessment"), ("联席会议与督办", "/meetings"), ("人才·消费·捐赠", "/cooperation"), ("报表与联席会议材料", "/reports"), ("资金台账", "/ledger"), ("产业园", "/parks")]
        case .admin: [("查找劳动者", "/workers"), ("批次分配", "/allocations/new"), ("单位管理", "/bureaus"), ("工作台账号", "/staff"), ("资金台账", "/ledger"), ("协议指标与自评", "/assessment"), ("联席会议与督办", "/meetings"), ("报表与联席会议材料", "/reports")]
        }
    }
}
