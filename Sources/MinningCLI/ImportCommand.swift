import ArgumentParser
import Foundation
import MinningDomain
import MinningPersistence
import MinningServices

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bulk-load a CSV file (UTF-8, UTF-8 with BOM, or GB18030 as Excel saves it). All or nothing.",
        subcommands: [Workers.self, Employers.self, Vacancies.self, Template.self]
    )

    struct Template: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the template of an import file: its header row in Chinese, for Excel (UTF-8 with a byte-order mark)."
        )
        @Argument(help: "workers, employers, vacancies or consumption.") var kind: String
        @Option(help: "Write to this file instead of standard output.") var out: String?
        @Option(help: "Language of messages for people: zh (default) or en.") var language: Language = .zh

        func run() throws {
            guard let kind = ImportKind(rawValue: kind) else {
                throw ValidationError(Message.importKindUnknown(kind, kinds: ImportKind.allCases.map(\.rawValue)).text(in: language))
            }
            if let out {
                try Data(kind.template.utf8).write(to: URL(fileURLWithPath: out))
                print(CommandMessage.templateWritten(kind, path: out).text(in: language))
            } else {
                print(kind.template, terminator: "")
            }
        }
    }

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
            let input = try ImportInput(path: file, language: common.language)
            let today = common.clock.today
            let (rows, issues) = WorkerBulkImport.rows(from: input.table, today: today)
            guard issues.isEmpty else { throw try ImportReport.rejected(ImportRejected(issues), file: file, reportPath: report, language: common.language) }
            let cipher = try personalData.cipher(project: try common.project(), logger: logger, language: common.language)
            let progress = ImportProgress(total: rows.count)
            let (dryRun, clock) = (self.dryRun, common.clock)
            try await ImportRun(common: common, input: input, file: file, report: report, bureau: bureau, dryRun: dryRun, started: started)
                .store(.workers, roles: Permission.registerWorker.roles) { database, actor in
                    // The progress line ends before the result is printed, refused or not.
                    defer { progress.finish() }
                    return try await ImportService(database: database, personalData: cipher, clock: clock)
                        .importWorkers(rows, by: actor, dryRun: dryRun, progress: { progress.update($0) })
                }
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
            let started = ContinuousClock.now
            let input = try ImportInput(path: file, language: common.language)
            let (rows, issues) = EmployerBulkImport.rows(from: input.table)
            guard issues.isEmpty else { throw try ImportReport.rejected(ImportRejected(issues), file: file, reportPath: report, language: common.language) }
            let cipher = try personalData.cipher(project: try common.project(), logger: logger, language: common.language)
            let (dryRun, clock) = (self.dryRun, common.clock)
            try await ImportRun(common: common, input: input, file: file, report: report, bureau: bureau, dryRun: dryRun, started: started)
                .store(.employers, roles: Permission.keepEmployers.roles) { database, actor in
                    ImportOutcome(count: try await ImportService(database: database, personalData: cipher, clock: clock).importEmployers(rows, by: actor, dryRun: dryRun))
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
            let started = ContinuousClock.now
            let input = try ImportInput(path: file, language: common.language)
            let (rows, issues) = VacancyBulkImport.rows(from: input.table)
            guard issues.isEmpty else { throw try ImportReport.rejected(ImportRejected(issues), file: file, reportPath: report, language: common.language) }
            let (dryRun, clock) = (self.dryRun, common.clock)
            try await ImportRun(common: common, input: input, file: file, report: report, bureau: bureau, dryRun: dryRun, started: started)
                .store(.vacancies, roles: Permission.postVacancies.roles) { database, actor in
                    let vacancies = VacancyService(
                        database: database, vacancies: VacancyRepository(database: database), idempotency: IdempotencyStore(database: database), clock: clock
                    )
                    return ImportOutcome(count: try await vacancies.importFile(rows, by: actor, dryRun: dryRun))
                }
        }
    }
}

extension Duration {
    var secondsValue: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
