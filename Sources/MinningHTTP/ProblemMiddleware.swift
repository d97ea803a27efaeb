import Hummingbird
import Logging
import MinningDomain
import MinningPersistence

/// Turns every error a handler throws into a problem+json response, so that no request ends in a
/// framework-specific body, an HTML page or a dropped connection.
struct ProblemMiddleware: RouterMiddleware {
    typealias Context = MinningRequestContext
    let routes: RouteTable

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            var problem = Self.problem(for: error, logger: context.logger)
            if problem.statusCode == 404, context.endpointPath == "NotFound",
               let allowed = routes.allowedMethods(for: request.uri.path) {
                problem = .methodNotAllowed(allowed)
            }
            problem.requestId = context.requestId
            return try problem.response(from: request, context: context)
        }
    }

    static func problem(for error: any Error, logger: Logger) -> Problem {
        switch error {
        case let problem as Problem:
            return problem
        case let domain as DomainError:
            switch domain {
            case .invalid(let issues): return .validation(issues)
            case .notFound(let detail): return .notFound(detail)
            case .conflict(let detail): return .conflict(detail)
            case .forbidden(let detail): return .forbidden(detail)
            }
        case let http as HTTPError:
            switch http.status {
            case .notFound: return .notFound(.noRoute)
            case .contentTooLarge: return .tooLarge()
            case .unsupportedMediaType: return .unsupportedMediaType()
            default:
                return Problem(.http, status: http.status, detail: .httpError(status: http.status.code))
            }
        case let framework as any HTTPResponseError:
            // Hummingbird and NIO errors that carry a status, e.g. a body over the upload limit.
            switch framework.status {
            case .contentTooLarge: return .tooLarge()
            case .notFound: return .notFound(.noRoute)
            default:
                return Problem(.http, status: framework.status, detail: .httpError(status: framework.status.code))
            }
        case let stale as StaleVersion:
            var problem = Problem.preconditionFailed(.changedSinceRead(currentVersion: stale.current))
            problem.headers["ETag"] = ConditionalRequest.eTag(version: stale.current)
            return problem
        case is DatabaseUnavailable:
            logger.warning("database unavailable", metadata: ["error": "\(error)"])
            return .unavailable()
        default:
            // The error text may hold SQL or values; it goes to the log, never to the caller.
            logger.error("unhandled error", metadata: ["error": "\(String(reflecting: error))"])
            return .internalError()
        }
    }
}
