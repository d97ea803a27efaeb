import ArgumentParser
import Foundation
import Logging
import MinningDomain
import MinningPersistence

/// Where the key that seals personal data comes from.
///
/// Production requires `MINNING_PII_KEY` (or `--pii-key-file`). In development, a key is generated
/// once into `.local/pii-dev.key` of the project folder, so that data stays readable across restarts
/// without anyone having to set anything up.
struct PersonalDataKeyOptions: ParsableArguments {
    @Option(help: "File holding the base64 personal-data key (default: $MINNING_PII_KEY, or a development key).")
    var piiKeyFile: String?

    @Flag(help: "Refuse insecure defaults: a generated development key among them (also: MINNING_ENV=production).")
    var production = false

    var isProduction: Bool { production || ProcessInfo.processInfo.environment["MINNING_ENV"] == "production" }

    func cipher(project: ProjectDirectory, logger: Logger) throws -> PersonalDataCipher {
        if let piiKeyFile {
            return try PersonalDataCipher(base64Key: try String(contentsOfFile: piiKeyFile, encoding: .utf8))
        }
        if let key = ProcessInfo.processInfo.environment["MINNING_PII_KEY"], !key.isEmpty {
            return try PersonalDataCipher(base64Key: key)
        }
        if isProduction {
            throw ValidationError("production mode needs a personal-data key: set MINNING_PII_KEY or pass --pii-key-file (minning pii generate-key makes one)")
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
        subcommands: [GenerateKey.self]
    )

    struct GenerateKey: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "generate-key",
            abstract: "Print a new random 256-bit key (base64) for MINNING_PII_KEY. Keep it outside the database."
        )
        func run() { print(PersonalDataCipher.generateKey()) }
    }
}
