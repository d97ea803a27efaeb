import ArgumentParser
import Foundation
import MinningDomain
import MinningPersistence

/// An import file read, decoded and split into records, with the problems that stop it before
/// any row is looked at.
struct ImportInput {
    let table: CSVTable
    let encoding: ImportFileText.Encoding

    init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("cannot read \(path)")
        }
        let text: ImportFileText
        do {
            text = try ImportFileText(bytes: [UInt8](data))
        } catch {
            throw ValidationError("\(path): \(error)")
        }
        do {
            table = try CSVTable(name: path, text: text.text)
        } catch {
            throw ValidationError("\(error)")
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

    func store(_ kind: String, roles: Set<Role>, _ body: @escaping @Sendable (Database, AuditActor) async throws -> ImportOutcome) async throws {
        let bureau = self.bureau
        let outcome: ImportOutcome
        do {
            outcome = try await Database.withRunningClient(url: try common.database(), logger: common.logger()) { database in
                try await body(database, try await bureauActor(bureau, task: "import", roles: roles, database: database))
            }
        } catch let rejected as ImportRejected {
            throw try ImportReport.rejected(rejected, file: file, reportPath: report, language: common.language)
        }
        let seconds = String(format: "%.1f", (ContinuousClock.now - started).secondsValue)
        print("\(outcome.count) \(kind) \(dryRun ? "checked (dry run, nothing stored)" : "imported") from \(file) (\(input.encoding.rawValue)) in \(seconds) s")
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
        print("\(warnings.count) warning(s), stored anyway:", to: &standardError)
        for warning in warnings.prefix(shownOnTerminal) {
            print("  \(warning.text(in: language))", to: &standardError)
        }
        if warnings.count > shownOnTerminal {
            print("  … and \(warnings.count - shownOnTerminal) more", to: &standardError)
        }
    }

    static func rejected(_ rejected: ImportRejected, file: String, reportPath: String?, language: Language) throws -> ExitCode {
        var standardError = FileHandle.standardError
        print("\(file): \(rejected.summary(in: language))", to: &standardError)
        for issue in rejected.issues.prefix(shownOnTerminal) {
            print("  \(issue.text(in: language))", to: &standardError)
        }
        if rejected.issues.count > shownOnTerminal {
            print("  … and \(rejected.issues.count - shownOnTerminal) more\(reportPath == nil ? " (pass --report FILE to see all)" : "")", to: &standardError)
        }
        if let reportPath {
            var csv = "\u{FEFF}line,field,message\n"
            for issue in rejected.issues {
                csv += "\(issue.line),\(CSVField.quoted(issue.field)),\(CSVField.quoted(issue.message.text(in: language)))\n"
            }
            try Data(csv.utf8).write(to: URL(fileURLWithPath: reportPath))
            print("every problem is listed in \(reportPath)", to: &standardError)
        }
        return ExitCode(65)
    }
}

extension FileHandle: @retroactive TextOutputStream {
    /// A closed pipe (`| head`) must not crash the command, so write errors are dropped here.
    public func write(_ string: String) { try? write(contentsOf: Data(string.utf8)) }
}
