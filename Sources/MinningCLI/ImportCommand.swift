import ArgumentParser
import Foundation
import MinningDomain
import MinningPersistence

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bulk-load a CSV file (UTF-8, UTF-8 with BOM, or GB18030 as Excel saves it). All or nothing.",
        subcommands: [Workers.self, Employers.self, Vacancies.self]
    )

    struct Workers: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Register the workers of a CSV file on behalf of an origin bureau.",
            discussion: """
            Columns (the API's field names): \(WorkerCSVFormat.header.required.joined(separator: ", ")); \
            optional: \(WorkerCSVFormat.header.optional.joined(separator: ", ")). Lists are separated by |, \
            skills are written code[:certificate[:level]].
            The whole file is checked first; when any line is wrong, nothing is stored and every bad line \
            is reported (exit code 65).
            """
        )

        @OptionGroup var common: CommonOptions
        @OptionGroup var personalData: PersonalDataKeyOptions
        @Argument(help: "The CSV file.") var file: String
        @Option(help: "The importing bureau's id or exact name; every row must be in its region.") var bureau: String
        @Option(help: "Also write every problem to this CSV file (line, field, message).") var report: String?
        @Flag(help: "Check everything, including duplicates in the database, then store nothing.") var dryRun = false

        func run() async throws {
            let logger = common.logger()
            let started = ContinuousClock.now
            let input = try ImportInput(path: file)
            let today = CalendarDay.today()
            let (rows, issues) = WorkerBulkImport.rows(from: input.table, today: today)
            guard issues.isEmpty else { throw try ImportReport.rejected(ImportRejected(issues), file: file, reportPath: report) }
            let cipher = try personalData.cipher(project: try common.project(), logger: logger)
            let progress = ImportProgress(total: rows.count)
            let dryRun = self.dryRun
            let bureau = self.bureau
            let outcome: Int
            do {
                outcome = try await Database.withRunningClient(url: try common.database(), logger: logger) { database in
                    let bureauId = try await resolveBureau(bureau, database: database)
                    let actor = try await CommandLineActor.resolve(database, bureauId: bureauId, label: "cli import", requestId: "import-\(UUID().uuidString.lowercased())")
                    guard [.originBureau, .admin].contains(actor.principal.role) else {
                        throw ValidationError("workers are registered by origin labor bureaus; \(bureau) is not one")
                    }
                    return try await WorkerBulkImport(database: database, cipher: cipher)
                        .run(rows, by: actor, dryRun: dryRun, progress: { progress.update($0) })
                }
            } catch let rejected as ImportRejected {
                progress.finish()
                throw try ImportReport.rejected(rejected, file: file, reportPath: report)
            }
            progress.finish()
            let seconds = (ContinuousClock.now - started).secondsValue
            let verb = dryRun ? "checked (dry run, nothing stored)" : "imported"
            print("\(outcome) workers \(verb) from \(file) (\(input.encoding.rawValue)) in \(String(format: "%.1f", seconds)) s")
        }
    }
}

extension ImportCommand {
    struct Employers: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Register the Fujian employers of a CSV file on behalf of a destination bureau.",
            discussion: "Columns: \(EmployerCSVFormat.header.required.joined(separator: ", ")). All or nothing; every bad line is reported (exit code 65)."
        )
        @OptionGroup var common: CommonOptions
        @OptionGroup var personalData: PersonalDataKeyOptions
        @Argument(help: "The CSV file.") var file: String
        @Option(help: "The importing bureau's id or exact name; every employer must be in its region.") var bureau: String
        @Option(help: "Also write every problem to this CSV file (line, field, message).") var report: String?
        @Flag(help: "Check everything, then store nothing.") var dryRun = false

        func run() async throws {
            let logger = common.logger()
            let input = try ImportInput(path: file)
            let (rows, issues) = EmployerBulkImport.rows(from: input.table)
            guard issues.isEmpty else { throw try ImportReport.rejected(ImportRejected(issues), file: file, reportPath: report) }
            let cipher = try personalData.cipher(project: try common.project(), logger: logger)
            let (bureau, dryRun) = (self.bureau, self.dryRun)
            do {
                let count = try await Database.withRunningClient(url: try common.database(), logger: logger) { database in
                    let actor = try await CommandLineActor.resolve(
                        database, bureauId: try await resolveBureau(bureau, database: database), label: "cli import", requestId: "import-\(UUID().uuidString.lowercased())"
                    )
                    guard [.destinationBureau, .admin].contains(actor.principal.role) else {
                        throw ValidationError("employers are registered by destination labor bureaus; \(bureau) is not one")
                    }
                    return try await EmployerBulkImport(database: database, cipher: cipher).run(rows, by: actor, dryRun: dryRun)
                }
                print("\(count) employers \(dryRun ? "checked (dry run, nothing stored)" : "imported") from \(file) (\(input.encoding.rawValue))")
            } catch let rejected as ImportRejected {
                throw try ImportReport.rejected(rejected, file: file, reportPath: report)
            }
        }
    }

    struct Vacancies: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Post the vacancies of a CSV file on behalf of a destination bureau.",
            discussion: """
            Columns: \(VacancyCSVFormat.header.required.joined(separator: ", ")); optional: \(VacancyCSVFormat.header.optional.joined(separator: ", ")). \
            The employer is named by its credit code and must be registered in the bureau's region. All or nothing (exit code 65).
            """
        )
        @OptionGroup var common: CommonOptions
        @Argument(help: "The CSV file.") var file: String
        @Option(help: "The importing bureau's id or exact name.") var bureau: String
        @Option(help: "Also write every problem to this CSV file (line, field, message).") var report: String?
        @Flag(help: "Check everything, then store nothing.") var dryRun = false

        func run() async throws {
            let logger = common.logger()
            let input = try ImportInput(path: file)
            let (rows, issues) = VacancyBulkImport.rows(from: input.table)
            guard issues.isEmpty else { throw try ImportReport.rejected(ImportRejected(issues), file: file, reportPath: report) }
            let (bureau, dryRun) = (self.bureau, self.dryRun)
            do {
                let count = try await Database.withRunningClient(url: try common.database(), logger: logger) { database in
                    let actor = try await CommandLineActor.resolve(
                        database, bureauId: try await resolveBureau(bureau, database: database), label: "cli import", requestId: "import-\(UUID().uuidString.lowercased())"
                    )
                    guard [.destinationBureau, .admin].contains(actor.principal.role) else {
                        throw ValidationError("vacancies are posted by destination labor bureaus; \(bureau) is not one")
                    }
                    return try await VacancyBulkImport(database: database).run(rows, by: actor, today: CalendarDay.today(), dryRun: dryRun)
                }
                print("\(count) vacancies \(dryRun ? "checked (dry run, nothing stored)" : "imported") from \(file) (\(input.encoding.rawValue))")
            } catch let rejected as ImportRejected {
                throw try ImportReport.rejected(rejected, file: file, reportPath: report)
            }
        }
    }
}

extension Duration {
    var secondsValue: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
