import ArgumentParser
import Synchronization
import Foundation
import Logging
import MinningDomain
import MinningPersistence
import MinningServices

/// Options every database command shares.
struct CommonOptions: ParsableArguments {
    @Option(name: .customLong("database-url"), help: "PostgreSQL URL (default: $DATABASE_URL).")
    var databaseURL: String?

    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel: Logger.Level = .info

    @Option(help: "Log format: json (one object per line, for collectors) or text.")
    var logFormat: LogFormat = .text

    @Option(help: "Language of messages for people: zh (default) or en.")
    var language: Language = .zh

    /// Prints a line for the operator in the language asked for.
    func say(_ message: CommandMessage) { print(message.text(in: language)) }

    /// An option refused, in the language asked for; ArgumentParser prints it with the usage.
    func refuse(_ message: CommandMessage) -> ValidationError { ValidationError(message.text(in: language)) }

    func database() throws -> DatabaseURL {
        let configured = try settings().databaseURL
        guard let text = databaseURL ?? configured, !text.isEmpty else {
            throw refuse(.databaseURLMissing)
        }
        return try DatabaseURL(text)
    }

    func project() throws -> ProjectDirectory { try ProjectDirectory.locate(home: try settings().projectDirectory) }

    func settings() throws -> Settings { try ProcessSettings.read() }

    var clock: ChinaClock { ProcessSettings.clock }

    /// Bootstraps swift-log once per process and returns the command's logger.
    func logger(label: String = "minning") -> Logger {
        LoggingBootstrap.once(format: logFormat, level: logLevel)
        return Logger(label: label)
    }
}

enum LogFormat: String, ExpressibleByArgument, CaseIterable {
    case json
    case text
}

extension Logger.Level: @retroactive ExpressibleByArgument {}

enum LoggingBootstrap {
    private static let done = Mutex(false)

    static func once(format: LogFormat, level: Logger.Level) {
        done.withLock { done in
            guard !done else { return }
            done = true
            LoggingSystem.bootstrap { label in
                var handler: any LogHandler = switch format {
                case .json: JSONLogHandler(label: label)
                case .text: StreamLogHandler.standardError(label: label)
                }
                handler.logLevel = level
                return handler
            }
        }
    }
}
