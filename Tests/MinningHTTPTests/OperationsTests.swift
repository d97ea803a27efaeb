import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import MinningHTTP
import MinningTestSupport
import Testing

@Suite("Operations: rate limits and metrics")
struct OperationsTests {
    @Test("a burst beyond a key's rate gets 429 problem+json with Retry-After; another key is unaffected")
    func rateLimit() async throws {
        try await withTestDatabase { database, url in
            let cast = try await Fixtures(database: database).cast()
            let configuration = AppConfiguration(
                port: 0, database: url, project: TestDatabaseServer.project, personalData: TestDatabaseServer.personalData,
                maximumDatabaseConnections: 4, databaseDeadline: .seconds(60), rateLimitPerMinute: 6,
                clock: TestClock.clock, metrics: MetricsEndpoint.shared
            )
            var logger = Logger(label: "minning-rate-limit-test")
            logger.logLevel = .error
            let app = try await buildApplication(configuration, logger: logger)
            try await app.test(.router) { client in
                // 6 a minute: a burst of one, then one more every 10 s — slow enough that a busy test machine cannot refill it.
                var statuses: [Int] = []
                for _ in 0..<3 { statuses.append(Int(try await client.send(.get, "/v1/me", as: cast.xijiOrigin).status.code)) }
                #expect(statuses == [200, 429, 429])
                let refused = try await client.send(.get, "/v1/me", as: cast.xijiOrigin)
                #expect(refused.isProblem && refused.json["type"] as? String == "urn:minning:problem:rate-limited")
                let retryAfter = try #require(Int(refused.headers[HTTPField.Name("Retry-After")!] ?? ""))
                #expect((1...10).contains(retryAfter))
                #expect(try await client.send(.get, "/v1/me", as: cast.haiyuanOrigin).status == .ok)
            }
        }
    }

    @Test("GET /metrics shows request counters moving, for admin keys only")
    func metrics() async throws {
        try await withApp { client, cast, _ in
            for _ in 0..<3 { _ = try await client.send(.get, "/v1/regions?parent=640000", as: cast.observer) }
            let first = try await client.send(.get, "/metrics", as: cast.admin)
            #expect(first.status == .ok)
            let text = String(buffer: first.body)
            // The exact series: route /v1/regions (not /v1/regions/{code}), GET, 200.
            let line = try #require(text.split(separator: "\n").first { line in
                line.hasPrefix("minning_http_requests_total{") && line.contains(#"http_route="/v1/regions""#)
                    && line.contains(#"http_request_method="GET""#) && line.contains(#"http_response_status_code="200""#)
            })
            let before = Int(Double(line.split(separator: " ").last ?? "") ?? 0)
            #expect(before >= 3)
            _ = try await client.send(.get, "/v1/regions?parent=640000", as: cast.observer)
            let after = String(buffer: try await client.send(.get, "/metrics", as: cast.admin).body)
            let moved = after.split(separator: "\n").first { $0.hasPrefix(line.split(separator: " ").dropLast().joined(separator: " ")) }
            // Other tests run in parallel in this process and share the registry: the count only grows.
            #expect(Int(Double(moved?.split(separator: " ").last ?? "") ?? 0) >= before + 1)
            #expect(after.contains("minning_database_transactions_in_use"), "the pool's load is exported")
            #expect(try await client.send(.get, "/metrics", as: cast.observer).status == .forbidden)
            #expect(try await client.send(.get, "/metrics", as: nil).status == .unauthorized)
        }
    }

    @Test("every series docs/operations.md names is on /metrics, and refused requests count as errors by status class")
    func documentedSeries() async throws {
        try await withApp { client, cast, _ in
            let guide = try String(contentsOf: TestDatabaseServer.project.root.appendingPathComponent("docs/operations.md"), encoding: .utf8)
            let section = try #require(guide.components(separatedBy: "## Metrics and rate limits").dropFirst().first?.components(separatedBy: "\n## ").first)
            let documented = Set(section.split(separator: "\n").filter { $0.hasPrefix("| `") }.flatMap { row in
                row.split(separator: "`").enumerated().filter { $0.offset % 2 == 1 }.map(\.element).filter { $0.hasPrefix("minning_") }.map(String.init)
            })
            #expect(documented.count >= 12, "\(documented.sorted())")
            let missingWorker = "/v1/workers/\(UUID().uuidString.lowercased())"
            for _ in 0..<3 { #expect(try await client.send(.get, missingWorker, as: cast.xijiOrigin).status == .notFound) }
            let scrape = String(buffer: try await client.send(.get, "/metrics", as: cast.admin).body)
            let types = Set(scrape.split(separator: "\n").filter { $0.hasPrefix("# TYPE ") }.map { String($0.split(separator: " ")[2]) })
            #expect(documented.subtracting(types).isEmpty, "documented but not exported: \(documented.subtracting(types).sorted())")
            let errors = scrape.split(separator: "\n").first { line in
                line.hasPrefix("minning_http_request_errors_total{") && line.contains(#"http_route="/v1/workers/{id}""#) && line.contains(#"status_class="4xx""#)
            }
            // Other tests share the registry, so at least the three 404s sent here.
            #expect(Int(Double(errors?.split(separator: " ").last ?? "") ?? 0) >= 3, "\(errors ?? "no 4xx series for /v1/workers/{id}")")
        }
    }

    @Test("reports read from DATABASE_READ_URL when one is configured")
    func readReplica() async throws {
        try await withTestDatabase { database, url in
            let cast = try await Fixtures(database: database).cast()
            // The same database stands in for a replica: what matters is that reports go through the second client.
            let configuration = AppConfiguration(
                port: 0, database: url, project: TestDatabaseServer.project, personalData: TestDatabaseServer.personalData,
                maximumDatabaseConnections: 4, databaseDeadline: .seconds(60), readDatabase: url, clock: TestClock.clock
            )
            var logger = Logger(label: "minning-replica-test")
            logger.logLevel = .error
            let app = try await buildApplication(configuration, logger: logger)
            try await app.test(.router) { client in
                let report = try await client.send(.get, "/v1/reports/funds?year=2025", as: cast.observer)
                #expect(report.status == .ok && report.json["year"] as? Int == 2025)
                let csv = try await client.send(.get, "/v1/reports/funds?year=2025", as: cast.observer, headers: [.accept: "text/csv"])
                #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
                #expect(String(buffer: csv.body).hasPrefix("\u{FEFF}结对编号"))
            }
        }
    }
}
