import Foundation
import Hummingbird
import Logging
import MinningHTTP
import MinningPersistence
import MinningServices
import MinningTestSupport
import PostgresNIO
import Testing

@Suite("OpenAPI document")
struct OpenAPIDocumentTests {
    /// `/v1/bureaus/{id}` style, whatever syntax the router prints.
    static func normalised(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: true).map { segment in
            if segment.hasPrefix(":") { return "{\(segment.dropFirst())}" }
            return String(segment)
        }.joined(separator: "/").prefixed()
    }

    static func documentOperations() throws -> Set<String> {
        let data = try Data(contentsOf: TestDatabaseServer.project.openAPIDocument)
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(document["openapi"] as? String == "3.1.0")
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        var operations: Set<String> = []
        for (path, methods) in paths {
            for method in methods.keys where ["get", "post", "put", "patch", "delete"].contains(method) {
                operations.insert("\(method.uppercased()) \(path)")
            }
        }
        return operations
    }

    @Test("every route the router serves is in the document, and the document has no route the router lacks")
    func coverage() throws {
        // The router is only inspected; a client that never runs is enough to build it.
        let client = PostgresClient(configuration: try TestDatabaseServer.serverURL().clientConfiguration(), backgroundLogger: Logger(label: "unused"))
        let services = Services(
            database: Database(client: client, logger: Logger(label: "unused")), personalData: TestDatabaseServer.personalData,
            clock: TestClock.clock, settings: Settings()
        )
        let router = try buildRouter(
            services: services, project: TestDatabaseServer.project, personalData: TestDatabaseServer.personalData, metrics: MetricsEndpoint.shared
        )
        // The console's pages are HTML for people, not operations of the JSON API.
        let served = Set(router.routes.map { "\($0.method.rawValue) \(Self.normalised($0.path.description))" }).subtracting(ConsoleController.routes)
        let documented = try Self.documentOperations()
        #expect(served.subtracting(documented).isEmpty, "routes missing from docs/openapi.json: \(served.subtracting(documented).sorted())")
        #expect(documented.subtracting(served).isEmpty, "documented routes the router lacks: \(documented.subtracting(served).sorted())")
        #expect(served.count >= 14)
    }

    @Test("the served document is the file in the repository")
    func served() async throws {
        try await withApp { client, _, _ in
            let response = try await client.send(.get, "/openapi.json", as: nil)
            #expect(response.status == .ok)
            #expect(Data(buffer: response.body) == (try Data(contentsOf: TestDatabaseServer.project.openAPIDocument)))
        }
    }
}

private extension String {
    func prefixed() -> String { "/" + self }
}
