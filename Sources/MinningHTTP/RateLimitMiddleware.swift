import Hummingbird
import MinningServices

/// Answers 429 with `Retry-After` when a key exceeds its rate. Runs after authentication, so the
/// limit is per key, and unauthenticated requests are refused before they cost anything.
struct RateLimitMiddleware: RouterMiddleware {
    typealias Context = MinningRequestContext
    let limiter: RateLimiter

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let principal = context.principal, let seconds = limiter.wait(for: principal.keyId) {
            var problem = Problem(.rateLimited, status: .tooManyRequests, detail: .rateLimited(perMinute: limiter.perMinute, retryAfterSeconds: seconds))
            problem.headers["Retry-After"] = String(seconds)
            ServiceMetrics.rateLimited.increment()
            throw problem
        }
        return try await next(request, context)
    }
}
