import ArgumentParser
import Foundation
import MinningDomain
import MinningPersistence

/// An import file read, decoded and split into records, with the problems that stop it before
/// any row is looked at.
struct ImportInput {
    let table: CSVTable
    let encoding: ImportFileText.Encoding

    init(path: String, language: Language) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError(CommandMessage.cannotRead(path).text(in: language))
        }
        let text: ImportFileText
        do {
            text = try ImportFileText(bytes: [UInt8](data))
        } catch let failure as ImportFileText.DecodingFailure {
            throw ValidationError("\(path): \(failure.problem.text(in: language))")
        }
        do {
            table = try CSVTable(name: path, text: text.text)
        } catch let failure as CSVTable.ParseError {
            throw ValidationError(failure.text(in: language))
        }
        encoding = text.encoding
    }
}

/// Stores checked rows as the importing bureau, and says how it went: a count, or every problem.
struct ImportRun {
    let common: CommonOptions
    let input: ImportInput
    let file: String
    let report: String?
    let bureau: String
    let dryRun: Bool
    let started: ContinuousClock.Instant

    func store(_ kind: ImportKind, roles: Set<Role>, _ body: @escaping @Sendable (Database, AuditActor) async throws -> ImportOutcome) async throws {
        let (bureau, language) = (self.bureau, common.language)
        let outcome: ImportOutcome
        do {
            outcome = try await Database.withRunningClient(url: try common.database(), logger: common.logger()) { database in
                try await body(database, try await bureauActor(bureau, task: "import", roles: roles, database: database, language: language))
            }
        } catch let rejected as ImportRejected {
            throw try ImportReport.rejected(rejected, file: file, reportPath: report, language: common.language)
        }
        let seconds = String(format: "%.1f", (ContinuousClock.now - started).secondsValue)
        common.say(.imported(count: outcome.count, kind: kind, dryRun: dryRun, file: file, encoding: input.encoding.rawValue, seconds: seconds))
        ImportReport.warn(outcome.warnings, language: common.language)
    }
}

/// How a refused import is told: the first problems on standard error, all of them in the report
/// file when one was asked for, and exit code 65 (EX_DATAERR) for scripts.
enum ImportReport {
    static let shownOnTerminal = 200

    /// Lines stored although a clerk should look at them again, on standard error.
    static func warn(_ warnings: [LineIssue], language: Language) {
        guard !warnings.isEmpty else { return }
        var standardError = FileHandle.standardError
        print(CommandMessage.warningsStoredAnyway(count: warnings.count).text(in: language), to: &standardError)
        for warning in warnings.prefix(shownOnTerminal) {
            print("  \(warning.text(in: language))", to: &standardError)
        }
        if warnings.count > shownOnTerminal {
            print("  " + CommandMessage.andMore(warnings.count - shownOnTerminal, reportHint: false).text(in: language), to: &standardError)
        }
    }

    static func rejected(_ rejected: ImportRejected, file: String, reportPath: String?, language: Language) throws -> ExitCode {
        var standardError = FileHandle.standardError
        print("\(file): \(rejected.summary(in: language))", to: &standardError)
        for issue in rejected.issues.prefix(shownOnTerminal) {
            print("  \(issue.text(in: language))", to: &standardError)
        }
        if rejected.issues.count > shownOnTerminal {
            print("  " + CommandMessage.andMore(rejected.issues.count - shownOnTerminal, reportHint: reportPath == nil).text(in: language), to: &standardError)
        }
        if let reportPath {
            var csv = "\u{FEFF}line,field,message\n"
            for issue in rejected.issues {
                csv += "\(issue.line),\(CSVField.quoted(issue.field)),\(CSVField.quoted(issue.message.text(in: language)))\n"
            }
            try Data(csv.utf8).write(to: URL(fileURLWithPath: reportPath))
            print(CommandMessage.everyProblemListedIn(reportPath).text(in: language), to: &standardError)
        }
        return ExitCode(65)
    }
}

extension FileHandle: @retroactive TextOutputStream {
    /// A closed pipe (`| head`) must not crash the command, so write errors are dropped here.
    public func write(_ string: String) { try? write(contentsOf: Data(string.utf8)) }
}
