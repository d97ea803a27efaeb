import ArgumentParser
import Foundation
import MinningDomain
import MinningPersistence
import MinningServices

struct StaffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staff",
        abstract: "Create, list and disable the console's staff accounts (工作台账号), and reset a lost authenticator.",
        subcommands: [Create.self, List.self, Disable.self, ResetSecondFactor.self]
    )

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an account. Without --password-file a one-time password is printed once and must be changed at the first login."
        )
        @OptionGroup var common: CommonOptions
        @Option(help: "The bureau's id, or its exact name.") var bureau: String
        @Option(help: "admin, origin_bureau, destination_bureau, cooperation_office or observer.") var role: Role
        @Option(help: "The login: 3–40 lower-case letters, digits or . _ -.") var login: String
        @Option(help: "The person's name as the console shows it.") var name = ""
        @Option(help: "A file holding the password (its first line); never pass a password on the command line.") var passwordFile: String?

        func run() async throws {
            let language = common.language
            let password = try passwordFile.map { path -> String in
                guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw common.refuse(.cannotRead(path)) }
                return String(text.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
            }
            let (bureau, role, login, name, clock, settings) = (self.bureau, self.role, self.login, self.name, common.clock, try common.settings())
            let (account, oneTime) = try await Database.withRunningClient(url: try common.database(), logger: common.logger()) { database in
                let bureauId = try await resolveBureau(bureau, database: database, language: language)
                return try await StaffService(database: database, clock: clock, passwordHashCost: settings.passwordHashCost)
                    .create(bureauId: bureauId, role: role, login: login, displayName: name, password: password, for: .commandLine)
            }
            common.say(.staffCreated(login: account.login, role: account.role, bureau: account.bureauId.uuidString.lowercased()))
            if let oneTime {
                common.say(.oneTimePasswordShownOnce)
                print(oneTime)
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List accounts, of one bureau or of all.")
        @OptionGroup var common: CommonOptions
        @Option(help: "The bureau's id, or its exact name.") var bureau: String?

        func run() async throws {
            let (language, bureau, clock, settings) = (common.language, self.bureau, common.clock, try common.settings())
            let accounts = try await Database.withRunningClient(url: try common.database(), logger: common.logger()) { database in
                let bureauId = try await bureau.asyncMap { try await resolveBureau($0, database: database, language: language) }
                return try await StaffService(database: database, clock: clock, passwordHashCost: settings.passwordHashCost)
                    .list(bureauId: bureauId, for: .commandLine)
            }
            for account in accounts {
                common.say(.staffListed(
                    login: account.login, role: account.role, bureau: account.bureauId.uuidString.lowercased(), name: account.displayName,
                    disabledAt: account.disabledAt?.ISO8601Format(), lockedUntil: account.lockedUntil.map(ChinaTime.minute)
                ))
            }
        }
    }

    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Disable an account; its sessions end at once.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "The account's login.") var login: String

        func run() async throws {
            let (login, clock, settings) = (self.login, common.clock, try common.settings())
            let account = try await Database.withRunningClient(url: try common.database(), logger: common.logger()) { database in
                try await StaffService(database: database, clock: clock, passwordHashCost: settings.passwordHashCost).disable(login: login, for: .commandLine)
            }
            common.say(.staffDisabled(login: account.login, at: account.disabledAt?.ISO8601Format() ?? "?"))
        }
    }
}

extension StaffCommand {
    struct ResetSecondFactor: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reset-second-factor",
            abstract: "Forget an account's authenticator key (a lost or new phone); its sessions end and its next login sets up a new key."
        )
        @OptionGroup var common: CommonOptions
        @Argument(help: "The account's login.") var login: String

        func run() async throws {
            let (login, clock, settings) = (self.login, common.clock, try common.settings())
            let account = try await Database.withRunningClient(url: try common.database(), logger: common.logger()) { database in
                try await StaffService(database: database, clock: clock, passwordHashCost: settings.passwordHashCost)
                    .resetSecondFactor(login: login, for: .commandLine)
            }
            common.say(.staffSecondFactorReset(login: account.login))
        }
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
