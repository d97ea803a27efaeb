import ArgumentParser
import Foundation
import Logging
import MinningDomain
import MinningPersistence
import MinningServices

/// Where the key that seals personal data comes from.
///
/// Production requires `MINNING_PII_KEY` (or `--pii-key-file`). In development, a key is generated
/// once into `.local/pii-dev.key` of the project folder, so that data stays readable across restarts
/// without anyone having to set anything up.
struct PersonalDataKeyOptions: ParsableArguments {
    @Option(help: "File holding the base64 personal-data key (default: $MINNING_PII_KEY, or a development key).")
    var piiKeyFile: String?

    @Option(help: ArgumentHelp(
        "File holding an earlier personal-data key, still needed to read data a rotation has not reached (repeatable; also: $MINNING_PII_PREVIOUS_KEYS, comma-separated).",
        valueName: "file"
    ))
    var piiPreviousKeyFile: [String] = []

    @Flag(help: "Refuse insecure defaults: a generated development key among them (also: MINNING_ENV=production).")
    var production = false

    var isProduction: Bool { production || ((try? ProcessSettings.read())?.production ?? false) }

    /// A key given by file or by MINNING_PII_KEY, as opposed to the generated development key.
    var hasConfiguredKey: Bool { piiKeyFile != nil || ((try? ProcessSettings.read())?.personalDataKey != nil) }

    /// The current key, able to read what the previous keys sealed.
    func cipher(project: ProjectDirectory, logger: Logger, language: Language) throws -> PersonalDataCipher {
        try currentCipher(project: project, logger: logger, language: language).reading(previous: try previousCiphers())
    }

    func previousCiphers() throws -> [PersonalDataCipher] {
        let fromFiles = try piiPreviousKeyFile.map { try PersonalDataCipher(base64Key: try String(contentsOfFile: $0, encoding: .utf8)) }
        let fromEnvironment = try ProcessSettings.read().previousPersonalDataKeys.map { try PersonalDataCipher(base64Key: $0) }
        return fromFiles + fromEnvironment
    }

    private func currentCipher(project: ProjectDirectory, logger: Logger, language: Language) throws -> PersonalDataCipher {
        if let piiKeyFile {
            return try PersonalDataCipher(base64Key: try String(contentsOfFile: piiKeyFile, encoding: .utf8))
        }
        if let key = try ProcessSettings.read().personalDataKey {
            return try PersonalDataCipher(base64Key: key)
        }
        if isProduction {
            throw ValidationError(CommandMessage.productionNeedsPersonalDataKey.text(in: language))
        }
        let url = project.root.appendingPathComponent(".local/pii-dev.key")
        if !FileManager.default.fileExists(atPath: url.path) {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(PersonalDataCipher.generateKey().utf8).write(to: url, options: .atomic)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
            logger.warning("generated a development personal-data key", metadata: ["file": "\(url.path)"])
        }
        return try PersonalDataCipher(base64Key: try String(contentsOf: url, encoding: .utf8))
    }
}

struct PIICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pii",
        abstract: "Manage the key that encrypts ID numbers and phone numbers.",
        subcommands: [GenerateKey.self, Rotate.self]
    )

    struct GenerateKey: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "generate-key",
            abstract: "Print a new random 256-bit key (base64) for MINNING_PII_KEY. Keep it outside the database."
        )
        func run() { print(PersonalDataCipher.generateKey()) }
    }
}

extension PIICommand {
    struct Rotate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Re-seal every ID number and phone under the current key (MINNING_PII_KEY), reading the old ones with the previous keys.",
            discussion: """
                Batches commit one by one: stop it and run it again at will; the service keeps serving and reads both keys \
                while it runs (give it the previous keys too). Exit 0 when nothing is left under an earlier key, 5 when a row \
                opens with none of the keys given, or holds a person registered again under the other key (named; nothing of \
                its batch is changed).
                """
        )
        @OptionGroup var common: CommonOptions
        @OptionGroup var personalData: PersonalDataKeyOptions

        @Option(help: "Rows per transaction.")
        var batchSize = 500

        func validate() throws {
            guard (1...10_000).contains(batchSize) else { throw common.refuse(.option("--batch-size", .wholeNumberOutOfRange(1, 10_000))) }
        }

        func run() async throws {
            let (logger, language) = (common.logger(), common.language)
            @Sendable func say(_ message: CommandMessage) { print(message.text(in: language)) }
            let cipher = try personalData.cipher(project: try common.project(), logger: logger, language: common.language)
            let started = ContinuousClock.now
            let done = try await Database.withRunningClient(url: try common.database(), logger: logger) { database -> PersonalDataRotation.Counts? in
                let rotation = PersonalDataRotation(database: database, cipher: cipher)
                let before = try await rotation.remaining()
                say(.rotationStarting(keyId: cipher.keyId, workers: before.workers, employers: before.employers, previousKeys: cipher.previous.count))
                let total: PersonalDataRotation.Counts
                do {
                    total = try await rotation.rotateAll(batchSize: batchSize) { done in
                        logger.info("re-sealed a batch", metadata: ["workers": "\(done.workers)", "employers": "\(done.employers)"])
                    }
                } catch let stop as PersonalDataRotation.UnreadableRow {
                    say(.rotationStoppedUnreadable(objectType: stop.objectType, id: stop.id.uuidString.lowercased(), field: stop.field))
                    return nil
                } catch let stop as PersonalDataRotation.DuplicatePerson {
                    say(.rotationStoppedDuplicate(rotating: stop.rotating.uuidString.lowercased(), existing: stop.existing.uuidString.lowercased()))
                    return nil
                }
                let after = try await rotation.remaining()
                say(.rotationFinished(
                    workers: total.workers, employers: total.employers,
                    seconds: String(format: "%.1f", (ContinuousClock.now - started).secondsValue), left: after.workers + after.employers
                ))
                return after
            }
            guard let done else { throw ExitCode(5) }
            if done.workers + done.employers > 0 { throw ExitCode(3) }
        }
    }
}
