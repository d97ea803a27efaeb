import Hummingbird
import Logging

/// One log line per request: method, route pattern, status, duration, key id.
///
/// The route pattern (`/v1/bureaus/{id}`) is logged rather than the path and query, which may carry
/// personal data; headers are never logged, so neither is the API key.
struct AccessLogMiddleware: RouterMiddleware {
    typealias Context = MinningRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        let response = try await next(request, context)
        let elapsed = ContinuousClock.now - started
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        var metadata: Logger.Metadata = [
            "method": .string(request.method.rawValue),
            "route": .string(context.endpointPath ?? "unmatched"),
            "status": .stringConvertible(response.status.code),
            "duration_ms": .stringConvertible((milliseconds * 100).rounded() / 100),
        ]
        if let keyId = context.authenticatedKeyId.id {
            metadata["key_id"] = .string(keyId.uuidString.lowercased())
        }
        context.logger.info("request", metadata: metadata)
        return response
    }
}
