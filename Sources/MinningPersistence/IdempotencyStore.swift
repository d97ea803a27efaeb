import Crypto
import Foundation
import MinningDomain
import PostgresNIO

/// A response kept for replay under its Idempotency-Key.
public struct StoredResponse: Sendable, Equatable {
    public let status: Int
    public let body: [UInt8]
    public let location: String?

    public init(status: Int, body: [UInt8], location: String?) {
        self.status = status
        self.body = body
        self.location = location
    }
}

/// Runs a create at most once per (API key, Idempotency-Key).
///
/// The key row is inserted in the create's own transaction: a concurrent retry blocks on the primary
/// key until the first transaction ends, then finds the stored response; a failed create rolls the
/// key back with everything else, so the retry runs afresh.
public struct IdempotencyStore: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    public struct Outcome: Sendable {
        public let response: StoredResponse
        public let replayed: Bool
    }

    public func run(
        apiKeyId: UUID, idempotencyKey: String?, requestBody: [UInt8],
        _ body: @Sendable @escaping (PostgresConnection) async throws -> StoredResponse
    ) async throws -> Outcome {
        let requestHash = ByteBuffer(bytes: Array(SHA256.hash(data: requestBody)))
        return try await database.transaction { connection in
            if let idempotencyKey {
                let inserted = try await connection.query(
                    """
                    INSERT INTO idempotency_keys (api_key_id, idempotency_key, request_sha256)
                    VALUES (\(apiKeyId), \(idempotencyKey), \(requestHash))
                    ON CONFLICT DO NOTHING RETURNING 1
                    """,
                    logger: database.logger
                ).collect()
                if inserted.isEmpty {
                    return try await replay(apiKeyId: apiKeyId, idempotencyKey: idempotencyKey, requestHash: requestHash, on: connection)
                }
            }
            let response = try await body(connection)
            if let idempotencyKey {
                try await connection.query(
                    """
                    UPDATE idempotency_keys SET response_status = \(response.status),
                        response_body = \(ByteBuffer(bytes: response.body)), response_location = \(response.location)
                    WHERE api_key_id = \(apiKeyId) AND idempotency_key = \(idempotencyKey)
                    """,
                    logger: database.logger
                )
            }
            return Outcome(response: response, replayed: false)
        }
    }

    /// The stored answer of an earlier request with this key, or nil when the key is new: for a
    /// use case that must not redo its reads (a cohort re-solved after its own proposals took the
    /// openings) before it knows whether it is a retry.
    public func earlier(apiKeyId: UUID, idempotencyKey: String, requestBody: [UInt8]) async throws -> Outcome? {
        let requestHash = ByteBuffer(bytes: Array(SHA256.hash(data: requestBody)))
        return try await database.transaction { connection in
            let known = try await connection.query(
                "SELECT 1 FROM idempotency_keys WHERE api_key_id = \(apiKeyId) AND idempotency_key = \(idempotencyKey)", logger: database.logger
            ).collect()
            guard !known.isEmpty else { return nil }
            return try await replay(apiKeyId: apiKeyId, idempotencyKey: idempotencyKey, requestHash: requestHash, on: connection)
        }
    }

    /// Forgets keys older than `age`: their first responses hold what was registered (names,
    /// birth dates), which a retry window of days does not justify keeping for ever.
    @discardableResult
    public func deleteExpired(olderThan age: Duration) async throws -> Int {
        let seconds = Double(age.components.seconds)
        return try await database.query(
            """
            WITH expired AS (DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(secs => \(seconds)) RETURNING 1)
            SELECT count(*)::bigint FROM expired
            """
        ).collect().first!.decode(Int.self)
    }

    private func replay(apiKeyId: UUID, idempotencyKey: String, requestHash: ByteBuffer, on connection: PostgresConnection) async throws -> Outcome {
        let rows = try await connection.query(
            """
            SELECT request_sha256, response_status, response_body, response_location FROM idempotency_keys
            WHERE api_key_id = \(apiKeyId) AND idempotency_key = \(idempotencyKey)
            """,
            logger: database.logger
        ).collect()
        guard let row = rows.first else { throw DomainError.conflict(.idempotencyKeyInUse) }
        let (storedHash, status, body, location) = try row.decode((ByteBuffer, Int?, ByteBuffer?, String?).self)
        guard storedHash == requestHash else {
            throw DomainError.invalid([FieldIssue(field: "Idempotency-Key", message: .idempotencyKeyReused)])
        }
        guard let status, let body else { throw DomainError.conflict(.idempotencyFirstStillRunning) }
        return Outcome(response: StoredResponse(status: status, body: Array(buffer: body), location: location), replayed: true)
    }
}
