import Foundation
import MinningPersistence
import PostgresNIO

/// A create that must run at most once per Idempotency-Key. The adapter says which key and how
/// the created object is rendered, because a retry is answered with the stored rendering; the use
/// case runs the key, its checks and the insert in one transaction of its own.
public struct OnceOnly<Created: Sendable>: Sendable {
    public let apiKeyId: UUID
    public let key: String?
    public let requestBody: [UInt8]
    public let render: @Sendable (Created) throws -> StoredResponse

    public init(apiKeyId: UUID, key: String?, requestBody: [UInt8], render: @escaping @Sendable (Created) throws -> StoredResponse) {
        self.apiKeyId = apiKeyId
        self.key = key
        self.requestBody = requestBody
        self.render = render
    }
}

extension IdempotencyStore {
    func run<Created: Sendable>(
        _ once: OnceOnly<Created>, _ create: @Sendable @escaping (PostgresConnection) async throws -> Created
    ) async throws -> Outcome {
        try await run(apiKeyId: once.apiKeyId, idempotencyKey: once.key, requestBody: once.requestBody) { connection in
            try once.render(try await create(connection))
        }
    }
}
