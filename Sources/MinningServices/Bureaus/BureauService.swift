import Foundation
import MinningDomain
import MinningPersistence
import PostgresNIO

/// Bureaus and their API keys: admins (and operators at the command line) register bureaus and
/// issue and revoke keys; every bureau reads the bureaus in its scope.
public struct BureauService: Sendable {
    let database: Database
    let bureaus: BureauRepository
    let keys: ApiKeyRepository
    private let principals = PrincipalCache()

    public init(database: Database) {
        self.database = database
        self.bureaus = BureauRepository(database: database)
        self.keys = ApiKeyRepository(database: database)
    }

    /// Registers a bureau; an unknown region is a field error, a duplicate name a conflict.
    public func register(_ bureau: NewBureau, for requester: Requester, requestId: String? = nil) async throws -> Bureau {
        _ = try requester.scope(allowedBy: .manageBureaus)
        let bureaus = self.bureaus
        return try await database.transaction { connection in
            guard try await bureaus.isKnownRegion(bureau.region, on: connection) else {
                throw DomainError.invalid([FieldIssue(field: "region_code", message: .unknownRegion(bureau.region.rawValue))])
            }
            guard let created = try await bureaus.insert(bureau, on: connection) else {
                throw DomainError.conflict(.duplicate(constraint: "bureaus_name_region"))
            }
            try await audit("create", objectType: "bureau", objectId: created.id, for: requester, requestId: requestId, on: connection)
            return created
        }
    }

    public func list(kind: BureauKind?, limit: Int, offset: Int, for requester: Requester) async throws -> [Bureau] {
        try await bureaus.list(in: try requester.scope(allowedBy: .readBureaus), kind: kind, limit: limit, offset: offset)
    }

    /// The bureau when it lies in the requester's scope; otherwise not found, so that existence does not leak.
    public func show(_ id: UUID, for requester: Requester) async throws -> Bureau {
        guard let bureau = try await bureaus.find(id, in: try requester.scope(allowedBy: .readBureaus)) else {
            throw DomainError.notFound(.noneInScope(.bureau))
        }
        return bureau
    }

    /// The caller's own bureau (`GET /v1/me`).
    public func own(_ principal: Principal) async throws -> Bureau? {
        try await bureaus.find(principal.bureauId, in: .everywhere)
    }

    /// A bureau named exactly `name`, for the command line's `--bureau NAME`.
    public func find(named name: String) async throws -> [Bureau] {
        try await bureaus.find(named: name)
    }

    // MARK: - Keys

    /// The caller behind a presented key, or nil for an unknown or revoked key.
    public func authenticate(_ secret: ApiKeySecret) async throws -> Principal? {
        let digest = secret.digest
        if let known = principals.principal(forDigest: digest) { return known }
        guard let principal = try await keys.authenticate(digest: digest) else { return nil }
        principals.remember(principal, forDigest: digest)
        return principal
    }

    /// Issues a key of a role the bureau's kind may hold. The secret is returned once; only its digest is stored.
    public func issueKey(bureauId: UUID, role: Role, label: String, for requester: Requester, requestId: String? = nil) async throws -> (ApiKey, ApiKeySecret) {
        _ = try requester.scope(allowedBy: .manageBureaus)
        let keys = self.keys
        return try await database.transaction { connection in
            guard let kind = try await keys.bureauKind(bureauId, on: connection) else {
                throw DomainError.notFound(.noSuchIdValue(.bureau, bureauId.uuidString.lowercased()))
            }
            try kind.checkCanHold(role)
            let secret = ApiKeySecret.generate()
            let key = try await keys.insert(bureauId: bureauId, role: role, label: label, secret: secret, on: connection)
            try await audit("create", objectType: "api_key", objectId: key.id, for: requester, requestId: requestId, on: connection)
            return (key, secret)
        }
    }

    public func keys(ofBureau bureauId: UUID, for requester: Requester) async throws -> [ApiKey] {
        _ = try requester.scope(allowedBy: .manageBureaus)
        guard try await bureaus.find(bureauId, in: .everywhere) != nil else { throw DomainError.notFound(.noSuchId(.bureau)) }
        return try await keys.list(bureauId: bureauId)
    }

    /// Revokes a key; revoking twice keeps the first revocation time.
    public func revokeKey(_ id: UUID, for requester: Requester, requestId: String? = nil) async throws -> ApiKey {
        _ = try requester.scope(allowedBy: .manageBureaus)
        let keys = self.keys
        let revoked = try await database.transaction { connection in
            guard let key = try await keys.revoke(id, on: connection) else { throw DomainError.notFound(.noSuchIdValue(.apiKey, id.uuidString.lowercased())) }
            try await audit("revoke", objectType: "api_key", objectId: key.id, for: requester, requestId: requestId, on: connection)
            return key
        }
        principals.forget(keyId: id)
        return revoked
    }

    /// A change a key or a staff member made is on the audit trail under that caller; an operator at
    /// the command line holds the database and is not a caller.
    private func audit(
        _ action: String, objectType: String, objectId: UUID, for requester: Requester, requestId: String?, on connection: PostgresConnection
    ) async throws {
        guard case .caller(let principal) = requester else { return }
        try await AuditLog.record(action, objectType: objectType, objectId: objectId, by: AuditActor(principal: principal, requestId: requestId), on: connection, logger: database.logger)
    }
}
