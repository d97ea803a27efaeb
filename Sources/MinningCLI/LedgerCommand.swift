import ArgumentParser
import Foundation
import MinningDomain
import MinningPersistence
import MinningServices

struct LedgerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ledger",
        abstract: "The fund ledger's tamper evidence.",
        subcommands: [Verify.self]
    )

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Recompute the hash chain and name the first entry that does not match (exit code 4).",
            discussion: "Every entry's SHA-256 covers its content and the previous entry's hash; a row changed or removed in SQL breaks the chain there."
        )
        @OptionGroup var common: CommonOptions

        func run() async throws {
            let clock = common.clock
            let verification = try await Database.withRunningClient(url: try common.database(), logger: common.logger()) { database in
                try await FundsService(database: database, idempotency: IdempotencyStore(database: database), clock: clock).verify()
            }
            if let broken = verification.firstBreak {
                common.say(.ledgerBroken(broken, entries: verification.entries))
                throw ExitCode(4)
            }
            common.say(.ledgerIntact(entries: verification.entries, head: LedgerHash.hex(verification.headHash)))
        }
    }
}
