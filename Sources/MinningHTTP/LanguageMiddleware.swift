import Hummingbird
import MinningDomain

/// Makes the language the request asks for (`Accept-Language`) the one its response bodies
/// write messages in: an import's or a registration's warnings. Problem documents read the
/// header themselves, since some are written before any middleware runs.
struct LanguageMiddleware: RouterMiddleware {
    typealias Context = MinningRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        try await APIJSON.$language.withValue(Language(acceptLanguage: request.headers[.acceptLanguage])) {
            try await next(request, context)
        }
    }
}
