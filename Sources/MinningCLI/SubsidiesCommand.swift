import ArgumentParser
import Foundation
import MinningDomain
import MinningPersistence
import MinningServices

struct SubsidiesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "subsidies",
        abstract: "Employment subsidies granted from placement facts (免申即享).",
        subcommands: [Evaluate.self]
    )

    struct Evaluate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a pending claim for every beneficiary who meets a policy on a day. Safe to run again, and at the same time.",
            discussion: "Run monthly (deploy/systemd/minning-subsidies.timer). Claims are recorded as the operator bureau through a revoked key labelled `cli subsidies`."
        )
        @OptionGroup var common: CommonOptions
        @Option(help: "The day the facts are read on (YYYY-MM-DD; default: today in China).") var asOf: String?
        @Option(help: "The bureau the claims are recorded by (id or exact name).") var bureau = "闽宁协作平台运维"

        func validate() throws {
            if let asOf, CalendarDay(iso: asOf) == nil { throw common.refuse(.option("--as-of", .notISODate)) }
        }

        func run() async throws {
            let day = asOf.flatMap(CalendarDay.init(iso:)) ?? common.clock.today
            let (bureau, clock, language) = (self.bureau, common.clock, common.language)
            let evaluation = try await Database.withRunningClient(url: try common.database(), logger: common.logger()) { database in
                let actor = try await bureauActor(bureau, task: "subsidies", requestId: "subsidies-\(day)", database: database, language: language)
                let funds = FundsService(database: database, idempotency: IdempotencyStore(database: database), clock: clock)
                return try await SubsidyService(database: database, funds: funds, clock: clock).evaluate(asOf: day, by: actor)
            }
            common.say(.subsidiesEvaluated(asOf: day, examined: evaluation.placementsExamined, created: evaluation.createdTotal))
            for (code, count) in evaluation.created.sorted(by: { $0.key < $1.key }) { print("  \(code)  \(count)") }
        }
    }
}
