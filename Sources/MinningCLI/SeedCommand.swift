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
        let cipher = demo ? try personalData.cipher(project: project, logger: logger, language: common.language) : nil
        let (demo, clock, settings) = (self.demo, common.clock, try common.settings())
        try await Database.withRunningClient(url: try common.database(), logger: logger) { database in
            let reports = try await Seeder(database: database, directory: project.seeds).run(includeDemo: demo)
            for report in reports {
                common.say(.seeded(table: report.table, demo: false, inFile: report.rowsInFile, inserted: report.inserted, updated: report.updated))
            }
            if let cipher {
                let services = Services(database: database, personalData: cipher, clock: clock, settings: settings)
                let workers = try await DemoWorkerSeeder(services: services, directory: project.seeds).run()
                common.say(.seeded(table: "workers", demo: true, inFile: workers.rowsInFile, inserted: workers.inserted, updated: 0))
                let registry = try await DemoEmployerSeeder(services: services, directory: project.seeds).run()
                common.say(.seeded(table: "employers", demo: true, inFile: registry.employersInFile, inserted: registry.employersInserted, updated: 0))
                common.say(.seeded(table: "vacancies", demo: true, inFile: registry.vacanciesInFile, inserted: registry.vacanciesInserted, updated: 0))
                common.say(.seeded(table: "training_bases", demo: true, inFile: registry.basesInFile, inserted: registry.basesInserted, updated: 0))
                let entries = try await DemoFundsSeeder(services: services).run()
                common.say(.seeded(table: "fund_ledger", demo: true, inFile: nil, inserted: entries, updated: 0))
                let enterprises = try await DemoParksSeeder(services: services).run()
                common.say(.seeded(table: "park_enterprises", demo: true, inFile: nil, inserted: enterprises, updated: 0))
                let cooperation = try await DemoCooperationSeeder(services: services).run()
                common.say(.seeded(table: "talent_assignments", demo: true, inFile: nil, inserted: cooperation.talent, updated: 0))
                common.say(.seeded(table: "consumption_purchases", demo: true, inFile: nil, inserted: cooperation.purchases, updated: 0))
                common.say(.seeded(table: "donations", demo: true, inFile: nil, inserted: cooperation.donations, updated: 0))
                common.say(.seeded(table: "meetings", demo: true, inFile: nil, inserted: cooperation.meetings, updated: 0))
                common.say(.seeded(table: "park_enterprises", demo: true, inFile: nil, inserted: cooperation.enterprises, updated: 0))
                let placements = try await DemoPlacementsSeeder(services: services).run()
                common.say(.seeded(table: "placements", demo: true, inFile: nil, inserted: placements, updated: 0))
            }
        }
    }
}
