import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import MinningHTTP
import MinningPersistence
import MinningServices
import MinningTestSupport
import NIOCore

/// Starts the real application (router, middleware, PostgreSQL client) on a fresh test database.
func withApp(
    _ mode: TestingSetup = .router,
    _ body: @Sendable (any TestClientProtocol, Fixtures.Cast, Database) async throws -> Void
) async throws {
    try await withTestDatabase { database, url in
        let cast = try await Fixtures(database: database).cast()
        var logger = Logger(label: "minning-http-tests")
        logger.logLevel = .error
        var settings = Settings()
        // bcrypt at its lowest cost: the tests check what a password does, not how slowly.
        settings.passwordHashCost = 4
        let configuration = AppConfiguration(
            port: 0, database: url, project: TestDatabaseServer.project, personalData: TestDatabaseServer.personalData,
            maximumDatabaseConnections: 4,
            // Parallel tests on two cores: only the deadline tests themselves want a short one.
            databaseDeadline: .seconds(60), readinessDeadline: .seconds(60),
            clock: TestClock.clock, settings: settings, metrics: MetricsEndpoint.shared
        )
        let app = try await buildApplication(configuration, logger: logger)
        try await app.test(mode) { client in
            try await body(client, cast, database)
        }
    }
}

extension TestClientProtocol {
    /// A request with the caller's key and, for bodies, a JSON content type.
    func send(
        _ method: HTTPRequest.Method, _ uri: String, as caller: Fixtures.Caller?,
        json: String? = nil, headers extra: HTTPFields = [:]
    ) async throws -> TestResponse {
        var headers = extra
        if let caller { headers[.authorization] = caller.authorization }
        if json != nil, headers[.contentType] == nil { headers[.contentType] = "application/json" }
        // The suites quote the English messages; `LanguageTests` holds the default, Chinese, to account.
        if headers[.acceptLanguage] == nil { headers[.acceptLanguage] = "en" }
        return try await execute(uri: uri, method: method, headers: headers, body: json.map { ByteBuffer(string: $0) })
    }
}

extension TestResponse {
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(buffer: body))) as? [String: Any] ?? [:]
    }

    var items: [[String: Any]] { json["items"] as? [[String: Any]] ?? [] }

    /// The `field` names of a problem document's `errors`.
    var problemFields: [String] {
        (json["errors"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String }
    }

    var isProblem: Bool {
        headers[.contentType] == "application/problem+json"
            && json["type"] is String && json["title"] is String && json["detail"] is String
            && (json["status"] as? Int) == Int(status.code)
    }
}
