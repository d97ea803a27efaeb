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
            let (key, secret) = try await Database.withRunningClient(url: try common.database(), logger: common.logger()) { database in
                let bureauId = try await resolveBureau(bureau, database: database)
                return try await BureauService(database: database).issueKey(bureauId: bureauId, role: role, label: label, for: .commandLine)
            }
            if secretOnly {
                print(secret.text)
            } else {
                print("key \(key.id.uuidString.lowercased())  role \(key.role.rawValue)  bureau \(key.bureauId.uuidString.lowercased())")
                print("secret (shown once; store it now):")
                print(secret.text)
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List a bureau's keys (never their secrets).")
        @OptionGroup var common: CommonOptions
        @Option(help: "The bureau's id, or its exact name.") var bureau: String

        func run() async throws {
            let keys = try await Database.withRunningClient(url: try common.database(), logger: common.logger()) { database in
                try await BureauService(database: database).keys(ofBureau: try await resolveBureau(bureau, database: database), for: .commandLine)
            }
            for key in keys {
                let state = key.revokedAt.map { "revoked \($0.ISO8601Format())" } ?? "active"
                let used = key.lastUsedAt.map { $0.ISO8601Format() } ?? "never"
                print("\(key.id.uuidString.lowercased())  \(key.displayPrefix)…  \(key.role.rawValue)  \(state)  last used \(used)  \(key.label)")
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a key; requests with it get 401 from then on.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "The key's id.") var id: String

        func run() async throws {
            guard let uuid = UUID(uuidString: id) else { throw ValidationError("the key id must be a UUID") }
            let key = try await Database.withRunningClient(url: try common.database(), logger: common.logger()) { database in
                try await BureauService(database: database).revokeKey(uuid, for: .commandLine)
            }
            print("revoked \(key.id.uuidString.lowercased()) at \(key.revokedAt?.ISO8601Format() ?? "?")")
        }
    }
}

/// Accepts a bureau id or an exact, unambiguous name.
func resolveBureau(_ text: String, database: Database) async throws -> UUID {
    if let id = UUID(uuidString: text) { return id }
    let matches = try await BureauService(database: database).find(named: text)
    switch matches.count {
    case 1: return matches[0].id
    case 0: throw ValidationError("no bureau is named \(text)")
    default: throw ValidationError("\(matches.count) bureaus are named \(text); pass the id")
    }
}
