import ArgumentParser
import MinningPersistence
import MinningServices

struct SeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed",
        abstract: "Load reference data from Seeds/ (idempotent: a second run changes nothing)."
    )

    @OptionGroup var common: CommonOptions
    @OptionGroup var personalData: PersonalDataKeyOptions

    @Flag(help: "Also load the invented demo bureaus of Seeds/demo/.")
    var demo = false

    func run() async throws {
        let logger = common.logger()
        let project = try common.project()
        let cipher = demo ? try personalData.cipher(project: project, logger: logger) : nil
        let (demo, clock, settings) = (self.demo, common.clock, try common.settings())
        try await Database.withRunningClient(url: try common.database(), logger: logger) { database in
            let reports = try await Seeder(database: database, directory: project.seeds).run(includeDemo: demo)
            for report in reports {
                print("\(report.table): \(report.rowsInFile) in file, \(report.inserted) inserted, \(report.updated) updated")
            }
            if let cipher {
                let services = Services(database: database, personalData: cipher, clock: clock, settings: settings)
                let workers = try await DemoWorkerSeeder(services: services, directory: project.seeds).run()
                print("workers (demo): \(workers.rowsInFile) in file, \(workers.inserted) inserted, 0 updated")
                let registry = try await DemoEmployerSeeder(services: services, directory: project.seeds).run()
                print("employers (demo): \(registry.employersInFile) in file, \(registry.employersInserted) inserted, 0 updated")
                print("vacancies (demo): \(registry.vacanciesInFile) in file, \(registry.vacanciesInserted) inserted, 0 updated")
                print("training bases (demo): \(registry.basesInFile) in file, \(registry.basesInserted) inserted, 0 updated")
                let entries = try await DemoFundsSeeder(services: services).run()
                print("ledger entries (demo): \(entries) inserted, 0 updated")
                let enterprises = try await DemoParksSeeder(services: services).run()
                print("park enterprises (demo): \(enterprises) inserted, 0 updated")
                let placements = try await DemoPlacementsSeeder(services: services).run()
                print("hired placements (demo): \(placements) inserted, 0 updated")
            }
        }
    }
}
