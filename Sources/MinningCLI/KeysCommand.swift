import ArgumentParser
import Foundation
import MinningDomain
import MinningPersistence
import MinningServices

struct KeysCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Issue, list and revoke API keys.",
        subcommands: [Create.self, List.self, Revoke.self]
    )

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Issue a key. The secret is printed once and never stored.")
        @OptionGroup var common: CommonOptions
        @Option(help: "The bureau's id, or its exact name.") var bureau: String
        @Option(help: "admin, origin_bureau, destination_bureau, cooperation_office or observer.") var role: Role
        @Option(help: "A note telling keys apart, e.g. who holds it.") var label = ""
        @Flag(help: "Print only the secret (for scripts).") var secretOnly = false

        func run() async throws {
            let language = common.language
            let (key, secret) = try await Database.withRunningClient(url: try common.database(), logger: common.logger()) { database in
                let bureauId = try await resolveBureau(bureau, database: database, language: language)
                return try await BureauService(database: database).issueKey(bureauId: bureauId, role: role, label: label, for: .commandLine)
            }
            if secretOnly {
                print(secret.text)
            } else {
                common.say(.keyIssued(id: key.id.uuidString.lowercased(), role: key.role, bureau: key.bureauId.uuidString.lowercased()))
                common.say(.secretShownOnce)
                print(secret.text)
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List a bureau's keys (never their secrets).")
        @OptionGroup var common: CommonOptions
        @Option(help: "The bureau's id, or its exact name.") var bureau: String

        func run() async throws {
            let language = common.language
            let keys = try await Database.withRunningClient(url: try common.database(), logger: common.logger()) { database in
                try await BureauService(database: database).keys(ofBureau: try await resolveBureau(bureau, database: database, language: language), for: .commandLine)
            }
            for key in keys {
                common.say(.keyListed(
                    id: key.id.uuidString.lowercased(), prefix: key.displayPrefix, role: key.role,
                    revokedAt: key.revokedAt?.ISO8601Format(), lastUsedAt: key.lastUsedAt?.ISO8601Format(), label: key.label
                ))
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a key; requests with it get 401 from then on.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "The key's id.") var id: String

        func run() async throws {
            guard let uuid = UUID(uuidString: id) else { throw common.refuse(.option("id", .notUUID)) }
            let key = try await Database.withRunningClient(url: try common.database(), logger: common.logger()) { database in
                try await BureauService(database: database).revokeKey(uuid, for: .commandLine)
            }
            common.say(.keyRevoked(id: key.id.uuidString.lowercased(), at: key.revokedAt?.ISO8601Format() ?? "?"))
        }
    }
}

/// Accepts a bureau id or an exact, unambiguous name.
func resolveBureau(_ text: String, database: Database, language: Language) async throws -> UUID {
    if let id = UUID(uuidString: text) { return id }
    let matches = try await BureauService(database: database).find(named: text)
    switch matches.count {
    case 1: return matches[0].id
    case 0: throw ValidationError(CommandMessage.noBureauNamed(text).text(in: language))
    default: throw ValidationError(CommandMessage.bureausShareName(count: matches.count, name: text).text(in: language))
    }
}
