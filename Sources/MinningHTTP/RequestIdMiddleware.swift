import Foundation
import HTTPTypes
import Hummingbird

/// Gives every request an id, puts it in the logger's metadata and echoes it as `X-Request-Id`.
/// A caller-supplied id is kept when it is short and plain, so that a trace can span systems.
struct RequestIdMiddleware: RouterMiddleware {
    typealias Context = MinningRequestContext
    static let header = HTTPField.Name("X-Request-Id")!

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        let id = request.headers[Self.header].flatMap(Self.acceptable) ?? UUID().uuidString.lowercased()
        context.requestId = id
        context.logger[metadataKey: "request_id"] = .string(id)
        var response = try await next(request, context)
        response.headers[Self.header] = id
        return response
    }

    static func acceptable(_ value: String) -> String? {
        guard (1...128).contains(value.utf8.count),
              value.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") })
        else { return nil }
        return value
    }
}
