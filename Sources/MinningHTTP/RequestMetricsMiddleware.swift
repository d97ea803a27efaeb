import Dispatch
import HTTPTypes
import Hummingbird
import Metrics
import Synchronization

/// Requests by route, method and status, their durations, and errors by status class, under the
/// names docs/operations.md lists (a test scrapes /metrics for each). Placed outside
/// `ProblemMiddleware`, so it counts the status the client got: a refused request is an answer,
/// not a thrown error, by the time it gets here.
struct RequestMetricsMiddleware: RouterMiddleware {
    typealias Context = MinningRequestContext
    private let series = RequestSeries()

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = DispatchTime.now().uptimeNanoseconds
        let active = series.active
        active.increment()
        do {
            // Counted when the response is handed to the server, before its body is written:
            // Hummingbird keeps the hook after the write to itself, and Minning's bodies are
            // complete buffers, so the difference is the socket's, not the service's.
            let response = try await next(request, context)
            series.record(route: context.endpointPath, method: request.method, status: response.status, since: started)
            active.decrement()
            return response
        } catch {
            let status = (error as? any HTTPResponseError)?.status ?? .internalServerError
            series.record(route: context.endpointPath, method: request.method, status: status, since: started)
            active.decrement()
            throw error
        }
    }
}

/// The metric objects of each (route, method, status), made once: a factory lookup per request
/// would take the registry's lock every time.
final class RequestSeries: Sendable {
    static let requests = "minning_http_requests_total"
    static let duration = "minning_http_request_duration_seconds"
    static let errors = "minning_http_request_errors_total"
    static let activeRequests = "minning_http_active_requests"

    private struct Key: Hashable {
        let route: String
        let method: HTTPRequest.Method
        let status: Int
    }

    private struct Series: Sendable {
        let requests: Counter
        let duration: Metrics.Timer
        /// Set for 4xx and 5xx only.
        let errors: Counter?
    }

    private let cache = Mutex<[Key: Series]>([:])
    let active = Meter(label: RequestSeries.activeRequests)

    init() {
        active.increment(by: 0)
    }

    func record(route: String?, method: HTTPRequest.Method, status: HTTPResponse.Status, since started: UInt64) {
        // Unmatched paths share one label: a scanner's random URLs must not grow the registry.
        let key = Key(route: route ?? "unmatched", method: method, status: status.code)
        let series = cache.withLock { cache in
            if let known = cache[key] { return known }
            let dimensions = [("http_route", key.route), ("http_request_method", method.rawValue), ("http_response_status_code", String(status.code))]
            let statusClass = status.code >= 500 ? "5xx" : status.code >= 400 ? "4xx" : nil
            let made = Series(
                requests: Counter(label: Self.requests, dimensions: dimensions),
                duration: Metrics.Timer(label: Self.duration, dimensions: dimensions, preferredDisplayUnit: .seconds),
                errors: statusClass.map { Counter(label: Self.errors, dimensions: [("http_route", key.route), ("status_class", $0)]) }
            )
            cache[key] = made
            return made
        }
        series.requests.increment()
        series.duration.recordNanoseconds(Int64(DispatchTime.now().uptimeNanoseconds - started))
        series.errors?.increment()
    }
}
