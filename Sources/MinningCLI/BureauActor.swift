import ArgumentParser
import Foundation
import MinningDomain
import MinningPersistence
import MinningServices

/// The actor a command works as: the bureau named on the command line (id or exact name), through
/// its revoked key labelled `cli <task>`, refused when its role is not one of `roles`.
func bureauActor(
    _ bureau: String, task: String, roles: Set<Role>? = nil, requestId: String? = nil, database: Database, language: Language
) async throws -> AuditActor {
    let actor = try await CommandLineActor.resolve(
        database, bureauId: try await resolveBureau(bureau, database: database, language: language), label: "cli \(task)",
        requestId: requestId ?? "\(task)-\(UUID().uuidString.lowercased())"
    )
    if let roles, !roles.contains(actor.principal.role) {
        throw ValidationError(CommandMessage.bureauMayNot(bureau, actsAs: actor.principal.role, allowed: Array(roles)).text(in: language))
    }
    return actor
}
