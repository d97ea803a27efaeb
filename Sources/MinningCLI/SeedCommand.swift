import ArgumentParser
import MinningPersistence

struct SeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed",
        abstract: "Load reference data from Seeds/ (idempotent: a second run changes nothing)."
    )

    @OptionGroup var common: CommonOptions

    @Flag(help: "Also load the invented demo bureaus of Seeds/demo/.")
    var demo = false

    func run() async throws {
        let logger = common.logger()
        let project = try common.project()
        let reports = try await Database.withRunningClient(url: try common.database(), logger: logger) { database in
            try await Seeder(database: database, directory: project.seeds).run(includeDemo: demo)
        }
        for report in reports {
            print("\(report.table): \(report.rowsInFile) in file, \(report.inserted) inserted, \(report.updated) updated")
        }
    }
}
