import ArgumentParser
import Foundation
import MinningDomain
import MinningPersistence
import MinningServices

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write registry data as CSV with a UTF-8 byte-order mark (opens correctly in Excel).",
        subcommands: [Workers.self]
    )

    struct Workers: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export a bureau's workers, ID numbers and phones masked unless --unmasked.",
            discussion: """
            The columns are those of `minning import workers`, so an unmasked export can be imported again: \
            under Chinese headers with labels, 是/否 and wages in 元 by default, under the API's names and codes with --headers en.
            """
        )

        @OptionGroup var common: CommonOptions
        @OptionGroup var personalData: PersonalDataKeyOptions
        @Option(help: "The exporting bureau's id or exact name: its region is what is exported.") var bureau: String
        @Option(help: "The file to write (default: standard output).") var out: String?
        @Flag(help: "Decrypt ID numbers and phones. Every worker exported this way is written to the audit log.") var unmasked = false
        @Option(help: "zh: Chinese headers and labels, wages in 元 (for people); en: the API's field names and codes, wages in fen (for integrations).")
        var headers: String = "zh"

        func validate() throws {
            guard CSVHeaderLanguage(rawValue: headers) != nil else { throw common.refuse(.option("--headers", .notOneOf(["zh", "en"], term: nil))) }
        }

        func run() async throws {
            let logger = common.logger()
            let cipher = try personalData.cipher(project: try common.project(), logger: logger, language: common.language)
            let sink = try ExportSink(path: out, language: common.language)
            let (bureau, unmasked, clock, language) = (self.bureau, self.unmasked, common.clock, common.language)
            let headerLanguage = CSVHeaderLanguage(rawValue: headers) ?? .zh
            let count = try await Database.withRunningClient(url: try common.database(), logger: logger) { database in
                let actor = try await bureauActor(bureau, task: "export", roles: Permission.changeWorker.roles, database: database, language: language)
                return try await ImportService(database: database, personalData: cipher, clock: clock)
                    .exportWorkers(unmasked: unmasked, headers: headerLanguage, by: actor, write: sink.write)
            }
            try sink.close()
            if let out { common.say(.exported(count: count, path: out, unmasked: unmasked)) }
        }
    }
}

/// A file written next to its final name and renamed into place when complete, so a failed
/// export never leaves a partial file that looks whole; or standard output.
final class ExportSink: Sendable {
    private let handle: FileHandle
    private let partial: URL?
    private let final: URL?

    init(path: String?, language: Language) throws {
        guard let path else {
            handle = FileHandle.standardOutput
            partial = nil
            final = nil
            return
        }
        let final = URL(fileURLWithPath: path)
        let partial = final.deletingLastPathComponent().appendingPathComponent(".\(final.lastPathComponent).partial")
        guard FileManager.default.createFile(atPath: partial.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw ValidationError(CommandMessage.cannotWrite(partial.path).text(in: language))
        }
        handle = try FileHandle(forWritingTo: partial)
        self.partial = partial
        self.final = final
    }

    @Sendable func write(_ text: String) throws {
        try handle.write(contentsOf: Data(text.utf8))
    }

    func close() throws {
        guard let partial, let final else { return }
        try handle.close()
        if FileManager.default.fileExists(atPath: final.path) { try FileManager.default.removeItem(at: final) }
        try FileManager.default.moveItem(at: partial, to: final)
    }
}
