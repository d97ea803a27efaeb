import Foundation
import HTTPTypes
import Hummingbird
import MinningDomain
import MinningPersistence
import MinningServices

/// Resolves `Authorization: Bearer KEY` to the calling bureau's principal, or answers 401.
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = MinningRequestContext
    let bureaus: BureauService

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let header = request.headers[.authorization] else {
            throw Problem.unauthorized()
        }
        let parts = header.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else {
            throw Problem.unauthorized(.authorizationNotBearer)
        }
        // The parser has trimmed the field value; a key holds no space, so none is trimmed here.
        guard let secret = ApiKeySecret(text: String(parts[1])),
              let principal = try await bureaus.authenticate(secret)
        else {
            throw Problem.unauthorized(.apiKeyUnknown)
        }
        var context = context
        context.principal = principal
        context.authenticatedKeyId.id = principal.keyId
        context.logger[metadataKey: "key_id"] = .string(principal.keyId.uuidString.lowercased())
        return try await next(request, context)
    }
}
