import ArgumentParser
import Synchronization
import Foundation
import Logging
import MinningPersistence

/// Options every database command shares.
struct CommonOptions: ParsableArguments {
    @Option(name: .customLong("database-url"), help: "PostgreSQL URL (default: $DATABASE_URL).")
    var databaseURL: String?

    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel: Logger.Level = .info

    @Option(help: "Log format: json (one object per line, for collectors) or text.")
    var logFormat: LogFormat = .text

    func database() throws -> DatabaseURL {
        guard let text = databaseURL ?? ProcessInfo.processInfo.environment["DATABASE_URL"], !text.isEmpty else {
            throw ValidationError("set DATABASE_URL or pass --database-url")
        }
        return try DatabaseURL(text)
    }

    func project() throws -> ProjectDirectory { try ProjectDirectory.locate() }

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
