import Foundation
import ArgumentParser
import Hummingbird
import MinningHTTP
import MinningPersistence

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the JSON API. SIGTERM or SIGINT drains in-flight requests, then exits."
    )

    @OptionGroup var common: CommonOptions
    @OptionGroup var personalData: PersonalDataKeyOptions

    @Option(help: "Address to listen on. Keep 127.0.0.1 behind a reverse proxy that terminates TLS.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on.")
    var port = 8080

    @Option(help: "Most PostgreSQL connections the pool opens.")
    var maxDatabaseConnections = 20

    @Option(name: .customLong("database-read-url"), help: "A read replica for reports (default: $DATABASE_READ_URL; none: reports read the primary).")
    var databaseReadURL: String?

    @Option(help: "Requests a minute each API key may make, with bursts of a tenth of it; 0 turns the limit off (default: $MINNING_RATE_LIMIT or 600).")
    var rateLimitPerMinute: Int?

    func validate() throws {
        guard (1...65535).contains(port) else { throw common.refuse(.option("--port", .wholeNumberOutOfRange(1, 65535))) }
        guard (1...500).contains(maxDatabaseConnections) else { throw common.refuse(.option("--max-database-connections", .wholeNumberOutOfRange(1, 500))) }
        if let rateLimitPerMinute, !(0...1_000_000).contains(rateLimitPerMinute) { throw common.refuse(.option("--rate-limit-per-minute", .wholeNumberOutOfRange(0, 1_000_000))) }
    }

    func run() async throws {
        let logger = common.logger()
        let project = try common.project()
        var configuration = AppConfiguration(
            host: host, port: port, database: try common.database(), project: project,
            personalData: try personalData.cipher(project: project, logger: logger, language: common.language),
            maximumDatabaseConnections: maxDatabaseConnections,
            rateLimitPerMinute: try effectiveRateLimit(),
            readDatabase: try readDatabase(),
            clock: common.clock, settings: try common.settings(), metrics: MetricsEndpoint.shared
        )
        configuration.secureCookies = personalData.isProduction
        logger.info("starting", metadata: ["database": "\(configuration.database)", "listen": "\(host):\(port)"])
        let app = try await buildApplication(configuration, logger: logger)
        try await app.runService()
    }

    func readDatabase() throws -> DatabaseURL? {
        let configured = try common.settings().databaseReadURL
        guard let text = databaseReadURL ?? configured, !text.isEmpty else { return nil }
        return try DatabaseURL(text)
    }

    /// The flag, else MINNING_RATE_LIMIT, else 600 a minute; 0 means no limit.
    func effectiveRateLimit() throws -> Int? {
        var limit = 600
        if let rateLimitPerMinute {
            limit = rateLimitPerMinute
        } else if let value = try common.settings().rateLimitPerMinute {
            limit = value
        }
        return limit == 0 ? nil : limit
    }
}
