import Foundation
import Hummingbird
import MinningDomain
import MinningServices

/// The admin's bureaus (单位) and their API keys: register a bureau, issue a key (its secret shown
/// once), revoke one. Each change is audited under the admin.
extension ConsoleController {
    func addBureauRoutes(to router: Router<MinningRequestContext>) {
        router.get("/bureaus", use: signedIn(title: "单位管理") { request, _, session in
            let notice = request.uri.queryParameters["created"].map { "已登记单位“\($0)”。" }
            return try await bureausPage(session, notice: notice, problems: [], typed: [:])
        })
        router.post("/bureaus", use: submitted(title: "单位管理") { _, context, session, form in
            try Permission.manageBureaus.check(session.principal)
            var problems: [String] = []
            let name = text(form["name"], maxLength: 200)
            if name == nil { problems.append("请填写单位名称（200 字以内）。") }
            let kind = form["kind"].flatMap(BureauKind.init(rawValue:))
            if kind == nil { problems.append("请选择单位类别。") }
            let typedRegion = (form["region_code"] ?? "").trimmingCharacters(in: .whitespaces)
            let region = RegionCode(typedRegion)
            if region == nil { problems.append("区划代码须为 6 位数字（GB/T 2260），如 640422。") }
            guard problems.isEmpty, let name, let kind, let region else {
                return try await bureausPage(session, notice: nil, problems: problems, typed: form, status: .unprocessableContent)
            }
            do {
                let bureau = try await services.bureaus.register(
                    try NewBureau.validated(name: name, kind: kind, region: region), for: .caller(session.principal), requestId: context.requestId
                )
                return redirect("/bureaus?created=\(bureau.name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")")
            } catch DomainError.invalid(let issues) {
                return try await bureausPage(session, notice: nil, problems: issues.map { $0.message.text(in: .zh) }, typed: form, status: .unprocessableContent)
            } catch DomainError.conflict {
                return try await bureausPage(session, notice: nil, problems: ["该区划内已有同名单位。"], typed: form, status: .conflict)
            }
        })
        router.get("/bureaus/{id}", use: signedIn(title: "单位管理") { request, _, session in
            let id = try pathId(request, .bureau)
            let notice = request.uri.queryParameters["revoked"].map { "已吊销密钥 \($0)…，持有它的系统从现在起无法调用接口。" }
            return try await bureauPage(id, session, notice: notice, issued: nil, problems: [])
        })
        router.post("/bureaus/{id}/keys", use: submitted(title: "单位管理") { request, context, session, form in
            try Permission.manageBureaus.check(session.principal)
            let id = try pathId(request, .bureau)
            guard let role = form["role"].flatMap(Role.init(rawValue:)) else {
                return try await bureauPage(id, session, problems: ["请选择密钥的角色。"], status: .unprocessableContent)
            }
            let label = text(form["label"], maxLength: 200) ?? ""
            do {
                let (key, secret) = try await services.bureaus.issueKey(bureauId: id, role: role, label: label, for: .caller(session.principal), requestId: context.requestId)
                return try await bureauPage(id, session, issued: (key, secret.text))
            } catch DomainError.invalid(let issues) {
                return try await bureauPage(id, session, problems: issues.map { $0.message.text(in: .zh) }, status: .unprocessableContent)
            } catch DomainError.conflict(let message) {
                return try await bureauPage(id, session, problems: [message.text(in: .zh)], status: .conflict)
            }
        })
        router.post("/keys/{id}/revoke", use: submitted(title: "单位管理") { request, context, session, form in
            try Permission.manageBureaus.check(session.principal)
            let id = try pathId(request, .apiKey)
            guard form["confirm"] == "yes" else {
                let bureau = form["bureau"].flatMap(UUID.init(uuidString:))
                guard let bureau else { throw DomainError.notFound(.noSuchId(.apiKey)) }
                return try await bureauPage(bureau, session, problems: ["请勾选确认后再吊销密钥。"], status: .unprocessableContent)
            }
            let key = try await services.bureaus.revokeKey(id, for: .caller(session.principal), requestId: context.requestId)
            return redirect("/bureaus/\(key.bureauId.wireString)?revoked=\(key.displayPrefix)")
        })
    }

    private func bureausPage(
        _ session: ConsoleSession, notice: String?, problems: [String], typed: [String: String], status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        try Permission.manageBureaus.check(session.principal)
        let bureaus = try await services.bureaus.list(kind: nil, limit: 1000, offset: 0, for: .caller(session.principal))
        let body = pages.bureaus(bureaus, regionNames: try await names.regions(), csrf: session.csrfToken, notice: notice, problems: problems, typed: typed)
        return page(body, title: "单位管理", session: session, status: status)
    }

    private func bureauPage(
        _ id: UUID, _ session: ConsoleSession, notice: String? = nil, issued: (ApiKey, String)? = nil, problems: [String] = [],
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        try Permission.manageBureaus.check(session.principal)
        let bureau = try await services.bureaus.show(id, for: .caller(session.principal))
        let keys = try await services.bureaus.keys(ofBureau: id, for: .caller(session.principal))
        let body = pages.bureau(
            bureau, keys: keys, regionNames: try await names.regions(), csrf: session.csrfToken, notice: notice, issued: issued, problems: problems
        )
        return page(body, title: "单位管理", session: session, status: status)
    }
}
