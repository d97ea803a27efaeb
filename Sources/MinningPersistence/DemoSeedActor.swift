import Foundation
import MinningDomain

/// The actor that demo data is recorded by: the operator bureau through a key labelled `demo seed`,
/// created revoked on first use, so the audit log says where demo rows came from and the key can
/// never be used to call the API.
enum DemoSeedActor {
    static func resolve(_ database: Database, operatorBureauName: String) async throws -> AuditActor {
        guard let bureau = try await BureauRepository(database: database).find(named: operatorBureauName).first else {
            throw DomainError.notFound("the demo operator bureau \(operatorBureauName) is missing; seed the demo bureaus first")
        }
        let keys = ApiKeyRepository(database: database)
        let key: ApiKey
        if let existing = try await keys.list(bureauId: bureau.id).first(where: { $0.label == "demo seed" }) {
            key = existing
        } else {
            key = try await keys.create(bureauId: bureau.id, role: .admin, label: "demo seed").0
            _ = try await keys.revoke(key.id)
        }
        let principal = Principal(keyId: key.id, bureauId: bureau.id, role: .admin, bureauRegion: RegionCode(bureau.regionCode)!)
        return AuditActor(principal: principal, requestId: "seed")
    }
}
