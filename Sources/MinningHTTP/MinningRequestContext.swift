import Foundation
import HTTPTypes
import Hummingbird
import MinningDomain
import MinningServices
import Synchronization

/// What one request carries through the middleware chain to its handler.
public struct MinningRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// From the caller's `X-Request-Id` when it is sane, generated otherwise; echoed on every response.
    public var requestId: String = ""
    /// Set by `AuthenticationMiddleware` on every `/v1` route.
    public var principal: Principal?
    /// Shared with the outer middleware, which sees only its own copy of the context: lets the
    /// access log name the key that an inner middleware authenticated.
    public let authenticatedKeyId = KeyIdBox()

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
    }

    /// Bodies above 1 MiB are refused with 413 before they are read whole.
    public var maxUploadSize: Int { 1 << 20 }

    public var responseEncoder: ResponseJSONEncoder { APIJSON.encoder }

    /// The authenticated caller; handlers behind `AuthenticationMiddleware` always have one.
    public func caller() throws -> Principal {
        guard let principal else { throw Problem.unauthorized() }
        return principal
    }

    /// The caller, provided the use case's permission admits its role; 403 otherwise. Checked
    /// before the body is read, so a wrong role is told so before any field is judged.
    public func caller(allowedBy permission: Permission) throws -> Principal {
        let principal = try caller()
        try permission.check(principal)
        return principal
    }

    /// The caller, provided its role is one of `roles`; 403 otherwise.
    public func caller(withRole roles: Role...) throws -> Principal {
        let principal = try caller()
        guard roles.contains(principal.role) else {
            throw Problem.forbidden(.roleMayNot(principal.role))
        }
        return principal
    }
}

public final class KeyIdBox: Sendable {
    private let storage = Mutex<UUID?>(nil)
    public var id: UUID? {
        get { storage.withLock { $0 } }
        set { storage.withLock { $0 = newValue } }
    }
}

/// The API's JSON conventions: snake_case keys, ISO 8601 dates, stable key order.
enum APIJSON {
    /// The language of the request being answered, set by `LanguageMiddleware`.
    @TaskLocal static var language: Language = .zh

    static var encoder: ResponseJSONEncoder {
        ResponseJSONEncoder(userInfo: [.messageLanguage: language])
    }
}

extension APIJSON {
    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) throws -> Response {
        var fields = headers
        fields[.contentType] = "application/json"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
    }
}
