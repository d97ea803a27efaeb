import Foundation
import HTTPTypes
import Hummingbird
import MinningDomain

/// An RFC 9457 problem document: every error the API returns has this shape and
/// `Content-Type: application/problem+json`.
public struct Problem: Error, HTTPResponseError, Encodable, Sendable {
    /// A URN per kind of problem, stable so that clients can branch on it.
    public let type: String
    public let title: String
    public let statusCode: Int
    public let detail: String
    /// For validation problems: every bad field, named as the caller wrote it.
    public let errors: [FieldIssue]?
    public var requestId: String?
    /// Extra headers, e.g. `WWW-Authenticate` on 401 or `Retry-After` on 503.
    public var headers: [String: String] = [:]

    public var status: HTTPResponse.Status { .init(code: statusCode) }

    enum CodingKeys: String, CodingKey {
        case type, title, detail, errors
        case statusCode = "status"
        case requestId = "request_id"
    }

    public init(type: String, title: String, status: HTTPResponse.Status, detail: String, errors: [FieldIssue]? = nil) {
        self.type = "urn:minning:problem:" + type
        self.title = title
        self.statusCode = status.code
        self.detail = detail
        self.errors = errors
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var fields = HTTPFields()
        fields[.contentType] = "application/problem+json"
        for (name, value) in headers {
            if let field = HTTPField.Name(name) { fields[field] = value }
        }
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(data: try encoder.encode(self))))
    }
}

extension Problem {
    public static func validation(_ issues: [FieldIssue]) -> Problem {
        Problem(
            type: "validation", title: "Invalid input", status: .unprocessableContent,
            detail: issues.count == 1 ? "1 field is invalid" : "\(issues.count) fields are invalid", errors: issues
        )
    }

    public static func malformed(_ detail: String) -> Problem {
        Problem(type: "malformed-request", title: "Malformed request", status: .badRequest, detail: detail)
    }

    public static func unauthorized(_ detail: String = "send an API key as Authorization: Bearer KEY") -> Problem {
        var problem = Problem(type: "unauthorized", title: "Authentication required", status: .unauthorized, detail: detail)
        problem.headers["WWW-Authenticate"] = "Bearer realm=\"minning\""
        return problem
    }

    public static func forbidden(_ detail: String) -> Problem {
        Problem(type: "forbidden", title: "Not allowed", status: .forbidden, detail: detail)
    }

    public static func notFound(_ detail: String) -> Problem {
        Problem(type: "not-found", title: "Not found", status: .notFound, detail: detail)
    }

    public static func methodNotAllowed(_ allowed: [String]) -> Problem {
        var problem = Problem(type: "method-not-allowed", title: "Method not allowed", status: .methodNotAllowed,
                              detail: "this path accepts: " + allowed.joined(separator: ", "))
        problem.headers["Allow"] = allowed.joined(separator: ", ")
        return problem
    }

    public static func preconditionFailed(_ detail: String) -> Problem {
        Problem(type: "precondition-failed", title: "Precondition failed", status: .preconditionFailed, detail: detail)
    }

    public static func conflict(_ detail: String) -> Problem {
        Problem(type: "conflict", title: "Conflict", status: .conflict, detail: detail)
    }

    public static func tooLarge() -> Problem {
        Problem(type: "body-too-large", title: "Request body too large", status: .contentTooLarge, detail: "the body must not exceed 1 MiB")
    }

    public static func unsupportedMediaType() -> Problem {
        Problem(type: "unsupported-media-type", title: "Unsupported media type", status: .unsupportedMediaType, detail: "send the body as application/json")
    }

    public static func unavailable() -> Problem {
        var problem = Problem(type: "unavailable", title: "Service unavailable", status: .serviceUnavailable, detail: "the database cannot be reached; retry later")
        problem.headers["Retry-After"] = "5"
        return problem
    }

    public static func internalError() -> Problem {
        Problem(type: "internal", title: "Internal error", status: .internalServerError, detail: "an unexpected error occurred; quote the request id when reporting it")
    }
}
