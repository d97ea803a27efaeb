import Foundation
import HTTPTypes
import Hummingbird
import MinningDomain
import MinningServices
import Mustache
import MinningPersistence
import NIOCore
import Synchronization

/// The console (工作台): server-rendered Chinese pages for the people who do the work, over the
/// same use cases as the API, under a staff account's session instead of a key. Every form
/// carries the session's CSRF token; a form without it changes nothing.
public struct ConsoleController: Sendable {
    let services: Services
    let names: ReferenceNames
    /// Production serves the console over TLS only: its cookies say so.
    let secureCookies: Bool
    let pages: ConsolePages

    /// The console's routes: HTML, not part of the JSON API's document.
    public static let routes: Set<String> = [
        "GET /", "GET /login", "POST /login", "POST /logout", "GET /password", "POST /password", "GET /console.css", "GET /console.js", "GET /workers", "POST /workers",
        "GET /workers/{id}", "GET /workers/new", "POST /workers/new", "GET /workers/{id}/edit", "POST /workers/{id}/edit",
        "GET /workers/{id}/withdraw", "POST /workers/{id}/withdraw", "POST /workers/{id}/propose",
        "GET /placements/{id}", "POST /placements/{id}/step", "POST /placements/{id}/months",
        "GET /allocations/new", "POST /allocations/plan", "POST /allocations/confirm", "POST /alerts/{id}/acknowledge",
        "GET /staff", "POST /staff", "POST /staff/{login}/disable", "GET /reports", "GET /reports/meeting",
        "GET /vacancies", "GET /vacancies/{id}", "POST /vacancies/{id}/propose", "GET /vacancies/new", "POST /vacancies/new",
        "GET /subsidies", "POST /subsidies/evaluate", "POST /subsidies/{id}/decide", "GET /two-factor", "POST /two-factor",
        "POST /staff/{login}/reset-second-factor", "GET /imports/workers", "GET /imports/workers/template.csv", "POST /imports/workers",
        "GET /ledger", "GET /ledger/verify", "POST /ledger/entries", "POST /ledger/entries/{position}/reverse", "POST /ledger/pending/{id}/confirm",
        "POST /placements/{id}/corrections", "POST /placements/{id}/month-corrections", "GET /projects", "POST /projects", "GET /assessment", "GET /assessment/{pairing}/{year}", "POST /assessment/{pairing}/{year}", "GET /training", "GET /training/{id}", "POST /training/{id}/enrol", "POST /training/{id}/enrolments/{enrolment}/outcome",
        "GET /parks", "POST /parks", "GET /parks/{id}", "POST /parks/{id}/enterprises", "POST /parks/{id}/enterprises/{enterprise}/years",
        "GET /employers", "POST /employers", "GET /bureaus", "POST /bureaus", "GET /bureaus/{id}", "POST /bureaus/{id}/keys", "POST /keys/{id}/revoke",
        "GET /reports/funds.csv", "GET /reports/labor.csv", "GET /reports/subsidies.csv", "GET /reports/parks.csv",
        "GET /meetings", "POST /meetings", "POST /meeting-decisions/{id}",
        "GET /cooperation", "GET /cooperation/consumption/template.csv", "POST /cooperation/talent", "POST /cooperation/donations", "POST /cooperation/consumption",
        "POST /parks/{id}/enterprises/{enterprise}/investments", "POST /parks/{id}/enterprises/{enterprise}/headcounts",
    ]

    static let sessionCookie = "minning_session"
    static let loginCookie = "minning_login"

    func addRoutes(to router: Router<MinningRequestContext>) {
        router.get("/console.js") { _, _ in
            var response = Response(status: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "max-age=300"],
                                    body: .init(byteBuffer: ByteBuffer(string: ConsoleTemplates.script)))
            response.headers[.xContentTypeOptions] = "nosniff"
            return response
        }
        router.get("/console.css") { _, _ in
            var response = Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "max-age=300"],
                                    body: .init(byteBuffer: ByteBuffer(string: ConsoleTemplates.stylesheet)))
            response.headers[.xContentTypeOptions] = "nosniff"
            return response
        }
        router.get("/login") { request, _ in
            if try await current(request) != nil { return redirect("/") }
            let ended = request.uri.queryParameters["ended"] != nil
            return loginPage(notice: ended ? "您已退出登录。" : nil, error: nil, login: "", status: .ok)
        }
        router.post("/login") { request, context in
            let form = try await ConsoleForm.read(request, context: context)
            guard let expected = request.cookies[Self.loginCookie]?.value, let sent = form["csrf"], ConsoleToken(text: expected).matches(sent) else {
                return loginPage(notice: nil, error: Message.formExpired.text(in: .zh), login: form["login"] ?? "", status: .forbidden)
            }
            do {
                let loggedIn = try await staff.logIn(login: form["login"] ?? "", password: form["password"] ?? "", requestId: context.requestId)
                var response = redirect(Self.nextStep(after: loggedIn.session) ?? "/")
                response.setCookie(sessionCookie(loggedIn.token.text))
                response.setCookie(expired(Self.loginCookie))
                return response
            } catch let error as DomainError {
                return loginPage(notice: nil, error: error.text(in: .zh), login: form["login"] ?? "", status: .forbidden)
            }
        }
        router.post("/logout") { request, context in
            let form = try await ConsoleForm.read(request, context: context)
            guard let (session, token) = try await current(request) else { return redirect("/login") }
            guard let sent = form["csrf"], ConsoleToken(text: session.csrfToken).matches(sent) else { return forbidden(session) }
            try await staff.logOut(token: token, session: session, requestId: context.requestId)
            var response = redirect("/login?ended=1")
            response.setCookie(expired(Self.sessionCookie))
            return response
        }
        addHomeRoutes(to: router)
        addWorkerRoutes(to: router)
        addPlacementRoutes(to: router)
        addAllocationRoutes(to: router)
        addStaffRoutes(to: router)
        addReportRoutes(to: router)
        addVacancyPostingRoutes(to: router)
        addVacancyRoutes(to: router)
        addSecondFactorRoutes(to: router)
        addImportRoutes(to: router)
        addLedgerRoutes(to: router)
        addBureauRoutes(to: router)
        addEmployerRoutes(to: router)
        addParkRoutes(to: router)
        addTrainingRoutes(to: router)
        addProjectRoutes(to: router)
        addMeetingRoutes(to: router)
        addCooperationRoutes(to: router)
        addParkFactRoutes(to: router)
        addCorrectionRoutes(to: router)
        addAssessmentRoutes(to: router)
        addSubsidyRoutes(to: router)
        router.get("/password") { request, _ in
            guard let (session, _) = try await current(request) else { return redirect("/login") }
            if !session.account.mustChangePassword, let next = Self.nextStep(after: session) { return redirect(next) }
            return page(pages.password(session, errors: []), title: "修改密码", session: session)
        }
        router.post("/password") { request, context in
            let form = try await ConsoleForm.read(request, context: context)
            guard let (session, token) = try await current(request) else { return redirect("/login") }
            guard let sent = form["csrf"], ConsoleToken(text: session.csrfToken).matches(sent) else { return forbidden(session) }
            if !session.account.mustChangePassword, let next = Self.nextStep(after: session) { return redirect(next) }
            do {
                try await staff.changePassword(
                    session: session, token: token, current: form["current_password"] ?? "", new: form["new_password"] ?? "",
                    repeated: form["repeat_password"] ?? "", requestId: context.requestId
                )
                return redirect(Self.nextStep(after: session, passwordChanged: true) ?? "/")
            } catch let error as DomainError {
                let errors: [String] = switch error {
                case .invalid(let issues): issues.map { $0.message.text(in: .zh) }
                default: [error.text(in: .zh)]
                }
                return page(pages.password(session, errors: errors), title: "修改密码", session: session, status: .unprocessableContent)
            }
        }
    }

    var staff: StaffService { services.staff }

    typealias SignedInHandler = @Sendable (Request, MinningRequestContext, ConsoleSession) async throws -> Response
    typealias FormHandler = @Sendable (Request, MinningRequestContext, ConsoleSession, [String: String]) async throws -> Response

    /// A page for someone logged in whose password is settled; anyone else goes to log in. A use
    /// case's refusal becomes a page that says why in Chinese, with the status the API would give.
    func signedIn(title: String, _ handle: @escaping SignedInHandler) -> @Sendable (Request, MinningRequestContext) async throws -> Response {
        { request, context in
            guard let (session, _) = try await current(request) else { return redirect("/login") }
            if let next = Self.nextStep(after: session) { return redirect(next) }
            do {
                return try await handle(request, context, session)
            } catch let error as DomainError {
                return refusal(error, title: title, session: session)
            }
        }
    }

    /// A form sent by someone logged in, with the token of the session's own pages; a form without
    /// it (another site's, or an old page's) changes nothing.
    func submitted(title: String, _ handle: @escaping FormHandler) -> @Sendable (Request, MinningRequestContext) async throws -> Response {
        signedIn(title: title) { request, context, session in
            let form = try await ConsoleForm.read(request, context: context)
            guard let sent = form["csrf"], ConsoleToken(text: session.csrfToken).matches(sent) else { return forbidden(session) }
            return try await handle(request, context, session, form)
        }
    }

    func refusal(_ error: DomainError, title: String, session: ConsoleSession) -> Response {
        let status: HTTPResponse.Status = switch error {
        case .notFound: .notFound
        case .conflict: .conflict
        case .invalid: .unprocessableContent
        case .forbidden: .forbidden
        }
        let text: String = if case .invalid(let issues) = error { issues.map { $0.message.text(in: .zh) }.joined(separator: "；") } else { error.text(in: .zh) }
        return page(pages.message(text), title: title, session: session, status: status)
    }

    func audited(_ session: ConsoleSession, _ context: MinningRequestContext) -> AuditActor {
        AuditActor(principal: session.principal, requestId: context.requestId)
    }

    /// What a session must do before its pages open: change a one-time password first, then give
    /// (or set up) the second factor its role needs.
    static func nextStep(after session: ConsoleSession, passwordChanged: Bool = false) -> String? {
        if session.account.mustChangePassword, !passwordChanged { return "/password" }
        return session.awaitsSecondFactor ? "/two-factor" : nil
    }

    /// The session behind the request's cookie and the cookie's token, or nil.
    func current(_ request: Request) async throws -> (ConsoleSession, ConsoleToken)? {
        guard let value = request.cookies[Self.sessionCookie]?.value, ConsoleToken.isWellFormed(value) else { return nil }
        let token = ConsoleToken(text: value)
        return try await staff.session(token: token).map { ($0, token) }
    }

    private func loginPage(notice: String?, error: String?, login: String, status: HTTPResponse.Status) -> Response {
        let csrf = ConsoleToken.generate()
        var response = page(pages.login(csrf: csrf.text, notice: notice, error: error, login: login), title: "登录", session: nil, status: status)
        response.setCookie(cookie(Self.loginCookie, csrf.text, maxAge: 3600))
        return response
    }

    func forbidden(_ session: ConsoleSession) -> Response {
        page(pages.message(Message.formExpired.text(in: .zh)), title: "无法完成", session: session, status: .forbidden)
    }

    func page(_ body: String, title: String, session: ConsoleSession?, status: HTTPResponse.Status = .ok) -> Response {
        var response = Response(status: status, headers: Self.pageHeaders, body: .init(byteBuffer: ByteBuffer(string: pages.layout(title: title, body: body, session: session))))
        response.headers[.contentType] = "text/html; charset=utf-8"
        return response
    }

    func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: Self.pageHeaders.merging([.location: location]))
    }

    private func sessionCookie(_ value: String) -> Cookie { cookie(Self.sessionCookie, value, maxAge: nil) }

    private func cookie(_ name: String, _ value: String, maxAge: Int?) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: "/", secure: secureCookies, httpOnly: true, sameSite: .strict)
    }

    private func expired(_ name: String) -> Cookie {
        Cookie(name: name, value: "", maxAge: 0, path: "/", secure: secureCookies, httpOnly: true, sameSite: .strict)
    }

    /// No page may be framed, cached, or run a script that is not ours (there are none).
    static let pageHeaders: HTTPFields = [
        .contentSecurityPolicy: "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        .xContentTypeOptions: "nosniff",
        HTTPField.Name("Referrer-Policy")!: "same-origin",
        .cacheControl: "no-store",
        HTTPField.Name("X-Frame-Options")!: "DENY",
    ]
}

/// Region and occupation names by code, each read once: the tables change only with a new edition
/// of GB/T 2260 or of the occupation classification.
final class ReferenceNames: Sendable {
    private struct Read { var regions: [String: String]?; var occupations: [String: String]? }
    private let reference: ReferenceService
    private let read = Mutex(Read())

    init(reference: ReferenceService) { self.reference = reference }

    func regions() async throws -> [String: String] {
        try await cached(\.regions) { try await $0.regions(parent: nil, level: nil).map { ($0.code, $0.nameZh) } }
    }

    func occupations() async throws -> [String: String] {
        try await cached(\.occupations) { try await $0.occupations(parent: nil, level: nil).map { ($0.code, $0.nameZh) } }
    }

    private func cached(
        _ table: WritableKeyPath<Read, [String: String]?>, _ load: @Sendable (ReferenceService) async throws -> [(String, String)]
    ) async throws -> [String: String] {
        if let names = read.withLock({ $0[keyPath: table] }) { return names }
        let names = Dictionary(try await load(reference), uniquingKeysWith: { first, _ in first })
        read.withLock { $0[keyPath: table] = names }
        return names
    }
}

extension HTTPFields {
    func merging(_ other: HTTPFields) -> HTTPFields {
        var merged = self
        for field in other { merged[field.name] = field.value }
        return merged
    }
}

extension ConsoleToken {
    /// 43 characters of URL-safe base64: anything else is not a token this service made.
    static func isWellFormed(_ text: String) -> Bool {
        text.utf8.count == 43 && text.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x2D || byte == 0x5F
        }
    }
}
