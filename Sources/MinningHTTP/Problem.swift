import Foundation
import HTTPTypes
import Hummingbird
import MinningDomain

/// An RFC 9457 problem document: every error the API returns has this shape and
/// `Content-Type: application/problem+json`. Its words are messages, rendered in the language the
/// request asks for (`Accept-Language`; Chinese by default) when the response is written.
public struct Problem: Error, HTTPResponseError, Sendable {
    public let kind: ProblemKind
    public let title: Message
    public let statusCode: Int
    public let detail: Message
    /// For validation problems: every bad field, named as the caller wrote it.
    public let errors: [FieldIssue]?
    public var requestId: String?
    /// Extra headers, e.g. `WWW-Authenticate` on 401 or `Retry-After` on 503.
    public var headers: [String: String] = [:]

    public var status: HTTPResponse.Status { .init(code: statusCode) }

    /// A URN per kind of problem, stable so that clients can branch on it.
    public var type: String {
        "urn:minning:problem:" + (kind == .http ? "http-\(statusCode)" : kind.rawValue)
    }

    public init(_ kind: ProblemKind, status: HTTPResponse.Status, detail: Message, errors: [FieldIssue]? = nil) {
        self.kind = kind
        self.title = .title(kind)
        self.statusCode = status.code
        self.detail = detail
        self.errors = errors
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var fields = HTTPFields()
        fields[.contentType] = "application/problem+json"
        let language = Language(acceptLanguage: request.headers[.acceptLanguage])
        fields[.contentLanguage] = language.contentLanguage
        for (name, value) in headers {
            if let field = HTTPField.Name(name) { fields[field] = value }
        }
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(data: try document(in: language))))
    }

    /// The problem as JSON in `language`.
    public func document(in language: Language) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.userInfo[.messageLanguage] = language
        return try encoder.encode(Document(
            type: type, title: title, status: statusCode, detail: detail, errors: errors, requestId: requestId
        ))
    }

    private struct Document: Encodable {
        let type: String
        let title: Message
        let status: Int
        let detail: Message
        let errors: [FieldIssue]?
        let requestId: String?

        enum CodingKeys: String, CodingKey {
            case type, title, status, detail, errors
            case requestId = "request_id"
        }
    }
}

extension Problem {
    public static func validation(_ issues: [FieldIssue]) -> Problem {
        Problem(.validation, status: .unprocessableContent, detail: .fieldsInvalid(count: issues.count), errors: issues)
    }

    public static func malformed(_ detail: Message) -> Problem {
        Problem(.malformedRequest, status: .badRequest, detail: detail)
    }

    public static func unauthorized(_ detail: Message = .sendAPIKey) -> Problem {
        var problem = Problem(.unauthorized, status: .unauthorized, detail: detail)
        problem.headers["WWW-Authenticate"] = "Bearer realm=\"minning\""
        return problem
    }

    public static func forbidden(_ detail: Message) -> Problem {
        Problem(.forbidden, status: .forbidden, detail: detail)
    }

    public static func notFound(_ detail: Message) -> Problem {
        Problem(.notFound, status: .notFound, detail: detail)
    }

    public static func methodNotAllowed(_ allowed: [String]) -> Problem {
        var problem = Problem(.methodNotAllowed, status: .methodNotAllowed, detail: .methodNotAllowed(allowed: allowed))
        problem.headers["Allow"] = allowed.joined(separator: ", ")
        return problem
    }

    public static func preconditionFailed(_ detail: Message) -> Problem {
        Problem(.preconditionFailed, status: .preconditionFailed, detail: detail)
    }

    public static func conflict(_ detail: Message) -> Problem {
        Problem(.conflict, status: .conflict, detail: detail)
    }

    public static func tooLarge() -> Problem {
        Problem(.bodyTooLarge, status: .contentTooLarge, detail: .bodyTooLarge)
    }

    public static func unsupportedMediaType() -> Problem {
        Problem(.unsupportedMediaType, status: .unsupportedMediaType, detail: .sendJSON)
    }

    public static func unavailable() -> Problem {
        var problem = Problem(.unavailable, status: .serviceUnavailable, detail: .databaseUnavailable)
        problem.headers["Retry-After"] = "5"
        return problem
    }

    public static func internalError() -> Problem {
        Problem(.internal, status: .internalServerError, detail: .internalError)
    }
}
