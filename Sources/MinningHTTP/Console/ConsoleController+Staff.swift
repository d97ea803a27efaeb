import Foundation
import Hummingbird
import MinningDomain
import MinningServices

/// The admin's page of console accounts: who may log in for which bureau and role, a new account
/// with a one-time password shown once, and disabling one (its sessions end at once).
extension ConsoleController {
    func addStaffRoutes(to router: Router<MinningRequestContext>) {
        router.get("/staff", use: signedIn(title: "工作台账号") { request, _, session in
            let notice = request.uri.queryParameters["disabled"].map { "已停用账号 \($0)，其登录已全部结束。" }
                ?? request.uri.queryParameters["reset"].map { "已重置账号 \($0) 的动态验证码，其登录已全部结束；本人下次登录时重新设置。" }
            return try await staffPage(session, notice: notice, problems: [], typed: [:])
        })
        router.post("/staff", use: submitted(title: "工作台账号") { _, context, session, form in
            let requester = Requester.caller(session.principal)
            var problems: [String] = []
            let bureauId = form["bureau_id"].flatMap(UUID.init(uuidString:))
            if bureauId == nil { problems.append("请选择单位。") }
            let role = form["role"].flatMap(Role.init(rawValue:))
            if role == nil { problems.append("请选择角色。") }
            guard let bureauId, let role else { return try await staffPage(session, notice: nil, problems: problems, typed: form, status: .unprocessableContent) }
            do {
                let (account, oneTime) = try await staff.create(
                    bureauId: bureauId, role: role, login: form["login"] ?? "", displayName: form["display_name"] ?? "", password: nil,
                    for: requester, requestId: context.requestId
                )
                // Shown on this answer only: it is stored nowhere but as a hash.
                let notice = "已开设账号 \(account.login)。一次性密码：\(oneTime ?? "")——只显示这一次，请当面交给本人；首次登录须修改。"
                return try await staffPage(session, notice: notice, problems: [], typed: [:])
            } catch let error as DomainError {
                let texts: [String] = if case .invalid(let issues) = error { issues.map { $0.message.text(in: .zh) } } else { [error.text(in: .zh)] }
                return try await staffPage(session, notice: nil, problems: texts, typed: form, status: .unprocessableContent)
            }
        })
        router.post("/staff/{login}/disable", use: submitted(title: "工作台账号") { request, context, session, form in
            let login = String(request.uri.path.split(separator: "/").dropFirst().first ?? "")
            guard form["confirm"] == "yes" else {
                return try await staffPage(session, notice: nil, problems: ["请勾选确认后再停用账号。"], typed: [:], status: .unprocessableContent)
            }
            let account = try await staff.disable(login: login, for: .caller(session.principal), requestId: context.requestId)
            return redirect("/staff?disabled=\(account.login)")
        })
        addSecondFactorResetRoute(to: router)
    }

    func addSecondFactorResetRoute(to router: Router<MinningRequestContext>) {
        router.post("/staff/{login}/reset-second-factor", use: submitted(title: "工作台账号") { request, context, session, form in
            let login = String(request.uri.path.split(separator: "/").dropFirst().first ?? "")
            guard form["confirm"] == "yes" else {
                return try await staffPage(session, notice: nil, problems: ["请勾选确认后再重置动态验证码。"], typed: [:], status: .unprocessableContent)
            }
            let account = try await staff.resetSecondFactor(login: login, for: .caller(session.principal), requestId: context.requestId)
            return redirect("/staff?reset=\(account.login)")
        })
    }

    private func staffPage(_ session: ConsoleSession, notice: String?, problems: [String], typed: [String: String], status: HTTPResponse.Status = .ok) async throws -> Response {
        let requester = Requester.caller(session.principal)
        let accounts = try await staff.list(bureauId: nil, for: requester)
        let bureaus = try await services.bureaus.list(kind: nil, limit: 1000, offset: 0, for: requester)
        let body = pages.staff(accounts: accounts, bureaus: bureaus, now: services.clock.now, csrf: session.csrfToken, notice: notice, problems: problems, typed: typed)
        return page(body, title: "工作台账号", session: session, status: status)
    }
}
