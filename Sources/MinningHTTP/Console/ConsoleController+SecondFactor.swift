import Foundation
import Hummingbird
import MinningDomain
import MinningServices

/// The code after the password, for the roles that need one: set up at the first login (the key
/// shown for the authenticator app, confirmed by its first code), asked on every login after.
extension ConsoleController {
    func addSecondFactorRoutes(to router: Router<MinningRequestContext>) {
        router.get("/two-factor") { request, _ in
            guard let (session, _) = try await current(request) else { return redirect("/login") }
            guard session.awaitsSecondFactor, !session.account.mustChangePassword else { return redirect("/") }
            return try await secondFactorPage(session, error: nil)
        }
        router.post("/two-factor") { request, context in
            let form = try await ConsoleForm.read(request, context: context)
            guard let (session, token) = try await current(request) else { return redirect("/login") }
            guard let sent = form["csrf"], ConsoleToken(text: session.csrfToken).matches(sent) else { return forbidden(session) }
            guard session.awaitsSecondFactor, !session.account.mustChangePassword else { return redirect("/") }
            do {
                try await staff.giveSecondFactor(form["code"] ?? "", session: session, token: token, requestId: context.requestId)
                return redirect("/")
            } catch DomainError.invalid(let issues) {
                return try await secondFactorPage(session, error: issues.map { $0.message.text(in: .zh) }.joined(separator: "；"), status: .unprocessableContent)
            } catch let error as DomainError {
                // A lock ended the session: the person starts again from the password.
                return try await secondFactorPage(session, error: error.text(in: .zh), status: .forbidden)
            }
        }
    }

    private func secondFactorPage(_ session: ConsoleSession, error: String?, status: HTTPResponse.Status = .ok) async throws -> Response {
        let enrolment = session.account.secondFactorConfirmedAt == nil ? try await staff.secondFactorEnrolment(session) : nil
        let body = pages.secondFactor(session, enrolment: enrolment, error: error)
        return page(body, title: "动态验证码", session: session, status: status)
    }
}
