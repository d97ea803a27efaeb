import ArgumentParser
import Foundation
import MinningDomain
import MinningPersistence

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
            let verification = try await Database.withRunningClient(url: try common.database(), logger: common.logger()) { database in
                try await LedgerRepository(database: database).verify()
            }
            if let broken = verification.firstBreak {
                print("ledger BROKEN: \(broken) (\(verification.entries) entries read)")
                throw ExitCode(4)
            }
            print("ledger ok: \(verification.entries) entries, head \(LedgerHash.hex(verification.headHash))")
        }
    }
}

struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Reports for the coordination meeting (联席会议).",
        subcommands: [Funds.self]
    )

    struct Funds: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The funds report of a year: JSON-like text or CSV for Excel.")
        @OptionGroup var common: CommonOptions
        @Option(help: "The year.") var year: Int
        @Option(help: "csv (UTF-8 with BOM, Chinese headers) or text.") var format: String = "text"
        @Option(help: "Write to this file instead of standard output.") var out: String?

        func validate() throws {
            guard (1996...2100).contains(year) else { throw ValidationError("--year must be from 1996 to 2100") }
            guard ["csv", "text"].contains(format) else { throw ValidationError("--format must be csv or text") }
        }

        func run() async throws {
            let year = self.year
            let report = try await Database.withRunningClient(url: try common.database(), logger: common.logger()) { database in
                try await FundsReportRepository(database: database).report(year: year, scope: .everywhere)
            }
            let text: String
            if format == "csv" {
                text = report.csv()
            } else {
                var lines = ["funds \(year)  (ledger head \(report.ledgerHeadHash))"]
                for line in report.pairings {
                    let b = line.balance
                    lines.append("  \(line.fujianRegionName)→\(line.ningxiaRegionName)  committed ¥\(FundsReport.yuan(b.committedFen))  transferred ¥\(FundsReport.yuan(b.transferredFen))  spent ¥\(FundsReport.yuan(b.spentFen))  balance ¥\(FundsReport.yuan(b.availableFen))")
                }
                let t = report.totals
                lines.append("  total  committed ¥\(FundsReport.yuan(t.committedFen))  transferred ¥\(FundsReport.yuan(t.transferredFen))  spent ¥\(FundsReport.yuan(t.spentFen))")
                text = lines.joined(separator: "\n") + "\n"
            }
            if let out {
                try Data(text.utf8).write(to: URL(fileURLWithPath: out))
            } else {
                print(text, terminator: "")
            }
        }
    }
}
