import Foundation
import HTTPTypes
import Hummingbird
import MinningDomain
import MinningPersistence
import MinningServices
import PostgresNIO

/// How every POST that creates an object answers: 201 with Location and the first version's ETag,
/// run at most once per Idempotency-Key (a retry gets the stored response, marked
/// `Idempotent-Replayed: true`).
enum CreatedResponse {
    static let idempotencyKeyHeader = HTTPField.Name("Idempotency-Key")!
    static let replayedHeader = HTTPField.Name("Idempotent-Replayed")!

    static func run(
        _ request: Request, caller: Principal, body: BodyReader, idempotency: IdempotencyStore,
        create: @Sendable @escaping (PostgresConnection) async throws -> (object: any Encodable & Sendable, location: String)
    ) async throws -> Response {
        let outcome = try await idempotency.run(apiKeyId: caller.keyId, idempotencyKey: try idempotencyKey(request), requestBody: body.rawBody) { connection in
            let (object, location) = try await create(connection)
            return StoredResponse(status: 201, body: try APIJSON.encoder.encode(object), location: location)
        }
        return response(outcome)
    }

    /// What a create use case needs to run once per Idempotency-Key: the key and how its
    /// created object is answered (and stored for a retry).
    static func once<Created: Sendable>(
        _ request: Request, caller: Principal, body: BodyReader,
        render: @Sendable @escaping (Created) throws -> (object: any Encodable & Sendable, location: String)
    ) throws -> OnceOnly<Created> {
        OnceOnly(apiKeyId: caller.keyId, key: try idempotencyKey(request), requestBody: body.rawBody) { created in
            let (object, location) = try render(created)
            return StoredResponse(status: 201, body: try APIJSON.encoder.encode(object), location: location)
        }
    }

    /// As `once`, for a create that may also be accepted rather than done: `render` says the status
    /// too (201, or 202 for what waits for a second person).
    static func once<Created: Sendable>(
        _ request: Request, caller: Principal, body: BodyReader,
        renderWithStatus render: @Sendable @escaping (Created) throws -> (status: Int, object: any Encodable & Sendable, location: String)
    ) throws -> OnceOnly<Created> {
        OnceOnly(apiKeyId: caller.keyId, key: try idempotencyKey(request), requestBody: body.rawBody) { created in
            let (status, object, location) = try render(created)
            return StoredResponse(status: status, body: try APIJSON.encoder.encode(object), location: location)
        }
    }

    /// The 201 (or its replay) for what a create use case returned.
    static func response(_ outcome: IdempotencyStore.Outcome) -> Response {
        var headers: HTTPFields = [.contentType: "application/json", .eTag: ConditionalRequest.eTag(version: 1)]
        if let location = outcome.response.location { headers[.location] = location }
        if outcome.replayed { headers[replayedHeader] = "true" }
        return Response(status: .init(code: outcome.response.status), headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: outcome.response.body)))
    }

    static func idempotencyKey(_ request: Request) throws -> String? {
        guard let value = request.headers[idempotencyKeyHeader] else { return nil }
        guard (1...200).contains(value.utf8.count), value.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else {
            throw Problem.validation([FieldIssue(field: "Idempotency-Key", message: .idempotencyKeyFormat)])
        }
        return value
    }
}
