import Foundation
import MinningDomain
import MinningPersistence

/// The actor behind work done from the command line (demo seeding, bulk imports): a bureau acting
/// through a key that carries the command's label and is revoked at birth. The audit log and the
/// consent records then say which bureau and which tool wrote each row, and the key can never call
/// the API.
public enum CommandLineActor {
    public static func resolve(_ database: Database, bureauId: UUID, label: String, requestId: String) async throws -> AuditActor {
        let service = BureauService(database: database)
        let bureau = try await service.show(bureauId, for: .commandLine)
        let role = workingRole(of: bureau.kind)
        let key: ApiKey
        if let existing = try await service.keys(ofBureau: bureau.id, for: .commandLine).first(where: { $0.label == label && $0.role == role }) {
            key = existing
        } else {
            key = try await service.issueKey(bureauId: bureau.id, role: role, label: label, for: .commandLine).0
            _ = try await service.revokeKey(key.id, for: .commandLine)
        }
        let principal = Principal(keyId: key.id, bureauId: bureau.id, role: role, bureauRegion: bureau.region)
        return AuditActor(principal: principal, requestId: requestId)
    }

    static func resolve(_ database: Database, bureauNamed name: String, label: String, requestId: String) async throws -> AuditActor {
        guard let bureau = try await BureauService(database: database).find(named: name).first else {
            throw DomainError.notFound(.bureauMissing(name: name))
        }
        return try await resolve(database, bureauId: bureau.id, label: label, requestId: requestId)
    }

    /// The role a bureau's own clerks hold, as opposed to its auditors' observer keys.
    static func workingRole(of kind: BureauKind) -> Role {
        switch kind {
        case .originLaborBureau: .originBureau
        case .destinationLaborBureau: .destinationBureau
        case .cooperationOffice: .cooperationOffice
        case .oversight: .observer
        case .serviceOperator: .admin
        }
    }
}
