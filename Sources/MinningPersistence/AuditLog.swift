import Foundation
import MinningDomain
import PostgresNIO

/// Who acts, for the audit trail: the key and bureau behind a request, and the request's id.
public struct AuditActor: Sendable {
    public let principal: Principal
    public let requestId: String?

    public init(principal: Principal, requestId: String?) {
        self.principal = principal
        self.requestId = requestId
    }
}

/// Appends to `audit_log` on the connection of the change it records, so the entry commits or
/// rolls back with it.
public enum AuditLog {
    public static func record(
        _ action: String, objectType: String, objectId: UUID, fields: [String] = [],
        by actor: AuditActor, on connection: PostgresConnection, logger: Logger
    ) async throws {
        try await record(action, objectType: objectType, objectId: objectId.uuidString.lowercased(), fields: fields, by: actor, on: connection, logger: logger)
    }

    /// For objects named by something other than a UUID (a ledger entry by its chain position).
    public static func record(
        _ action: String, objectType: String, objectId: String, fields: [String] = [],
        by actor: AuditActor, on connection: PostgresConnection, logger: Logger
    ) async throws {
        try await connection.query(
            """
            INSERT INTO audit_log (key_id, bureau_id, role, action, object_type, object_id, request_id, fields)
            VALUES (\(actor.principal.keyId), \(actor.principal.bureauId), \(actor.principal.role.rawValue),
                    \(action), \(objectType), \(objectId), \(actor.requestId), \(fields))
            """,
            logger: logger
        )
    }
}
