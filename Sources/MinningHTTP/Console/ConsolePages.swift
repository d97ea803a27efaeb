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
        render("home", Self.who(session).merging(["tasks": Self.tasks(session.principal.role)]) { $1 })
    }

    func password(_ session: ConsoleSession, errors: [String]) -> String {
        render("password", ["csrf": session.csrfToken, "mustChange": session.account.mustChangePassword, "hasErrors": !errors.isEmpty, "errors": errors])
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
    static func tasks(_ role: Role) -> [String] {
        switch role {
        case .originBureau: ["劳动者登记、查询与撤回同意", "批量导入劳动者名单", "为劳动者推荐岗位", "批次分配", "回复安置与培训报名"]
        case .destinationBureau: ["用人单位与岗位", "查看候选人", "录用与稳岗月报", "离职与更正"]
        case .cooperationOffice: ["资金台账", "帮扶项目", "就业补贴审核与发放", "产业园", "报表与联席会议材料"]
        case .observer: ["报表", "联席会议材料"]
        case .admin: ["单位管理", "工作台账号", "API 密钥"]
        }
    }
}
