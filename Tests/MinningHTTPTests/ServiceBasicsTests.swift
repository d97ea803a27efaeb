import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import MinningDomain
import MinningHTTP
import MinningPersistence
import MinningTestSupport
import NIOCore
import PostgresNIO
import Testing

@Suite("Service basics")
struct ServiceBasicsTests {
    static let requestId = HTTPField.Name("X-Request-Id")!

    @Test("every response carries a request id: the caller's when sane, a new one otherwise")
    func requestIds() async throws {
        try await withApp { client, cast, _ in
            let given = try await client.send(.get, "/v1/me", as: cast.admin, headers: [Self.requestId: "trace-42"])
            #expect(given.headers[Self.requestId] == "trace-42")
            let generated = try await client.send(.get, "/healthz", as: nil)
            let id = try #require(generated.headers[Self.requestId])
            #expect(UUID(uuidString: id) != nil)
            let tooLong = try await client.send(.get, "/healthz", as: nil, headers: [Self.requestId: String(repeating: "x", count: 300)])
            #expect(tooLong.headers[Self.requestId]?.count == 36)
            let error = try await client.send(.get, "/v1/me", as: nil, headers: [Self.requestId: "trace-43"])
            #expect(error.headers[Self.requestId] == "trace-43")
            #expect(error.json["request_id"] as? String == "trace-43")
        }
    }

    @Test("regions: Ningxia's five prefecture cities, filtered by level, with key counties marked")
    func regions() async throws {
        try await withApp { client, cast, _ in
            let cities = try await client.send(.get, "/v1/regions?parent=640000", as: cast.xijiOrigin)
            #expect(cities.status == .ok)
            #expect(cities.items.compactMap { $0["name_zh"] as? String } == ["银川市", "石嘴山市", "吴忠市", "固原市", "中卫市"])
            let counties = try await client.send(.get, "/v1/regions?parent=640400&level=county", as: cast.xijiOrigin)
            let xiji = try #require(counties.items.first { $0["code"] as? String == "640422" })
            #expect(xiji["key_assistance_county"] as? Bool == true)
            let one = try await client.send(.get, "/v1/regions/350100", as: cast.fuzhouDestination)
            #expect(one.json["name_zh"] as? String == "福州市")
            let none = try await client.send(.get, "/v1/regions/999999", as: cast.fuzhouDestination)
            #expect(none.status == .notFound)
        }
    }

    @Test("pairings filter by region and year")
    func pairings() async throws {
        try await withApp { client, cast, _ in
            let haiyuan2024 = try await client.send(.get, "/v1/pairings?region=640522&year=2024", as: cast.observer)
            #expect(haiyuan2024.items.compactMap { $0["fujian_region_code"] as? String } == ["350623", "350600"], "漳浦 and 漳州, both to 海原")
            #expect(haiyuan2024.items.allSatisfy { $0["kind"] as? String == "east_west" })
            let badYear = try await client.send(.get, "/v1/pairings?year=1800", as: cast.observer)
            #expect(badYear.problemFields == ["year"])
        }
    }

    @Test("the vocabulary is public and labels every value the API takes in Chinese and English")
    func vocabulary() async throws {
        try await withApp { client, _, _ in
            let response = try await client.send(.get, "/v1/vocabulary", as: nil)
            #expect(response.status == .ok)
            let terms = Dictionary(uniqueKeysWithValues: response.items.map { ($0["term"] as? String ?? "", $0["values"] as? [[String: Any]] ?? []) })
            let education = try #require(terms["education"])
            #expect(education.compactMap { $0["value"] as? String } == EducationLevel.allCases.map(\.rawValue))
            #expect(education.first { $0["value"] as? String == "junior_secondary" }?["zh"] as? String == "初中")
            #expect(terms["placement_status"]?.first { $0["value"] as? String == "hired" }?["en"] as? String == "Hired")
            #expect(Set(terms.keys).isSuperset(of: ["poverty_status", "monitored_kind", "subsidy_claim_status", "bureau_kind", "role", "ledger_entry_kind"]))
            #expect(try await client.send(.get, "/v1/vocabulary?term=education", as: nil).problemFields == ["term"])
        }
    }

    @Test("an import template downloads with Chinese headers, and a line filled in under it imports cleanly")
    func importTemplate() async throws {
        try await withApp { client, cast, _ in
            let response = try await client.send(.get, "/v1/imports/workers/template.csv", as: cast.xijiOrigin)
            #expect(response.status == .ok && response.headers[.contentType] == "text/csv; charset=utf-8")
            let template = String(buffer: response.body)
            #expect(template.hasPrefix("\u{FEFF}姓名,身份证号,手机号,户籍县区代码,学历,帮扶身份"), "\(template)")
            let line = ["马小花", Fixtures.idNumber(sequence: 401), "13900007777", "640422", "初中", "脱贫人口", "", "\"7533:缝纫工:4\"", "350100",
                        "8153", "4500", "是", "2026/12/1", "2026/11/20", "书面", "李文", ""].joined(separator: ",")
            let filled = try CSVTable(name: "template.csv", text: String(template.dropFirst()) + line + "\r\n")
            let (rows, issues) = WorkerBulkImport.rows(from: filled, today: TestClock.today)
            #expect(issues.isEmpty && rows.count == 1, "\(issues)")
            #expect(rows.first?.worker.profile.expectedMonthlyWageFen == 450_000)
            for kind in ImportKind.allCases {
                let header = try CSVTable(name: "t.csv", text: String(kind.template.dropFirst())).header
                #expect(kind.header.problems(kind.header.columns(header).names).isEmpty, "\(kind)")
            }
            #expect(try await client.send(.get, "/v1/imports/pets/template.csv", as: cast.xijiOrigin).status == .notFound)
        }
    }

    @Test("/healthz is 200; /readyz is 200 when migrated and 503 problem+json when a migration is pending")
    func readiness() async throws {
        try await withApp { client, _, database in
            #expect(try await client.send(.get, "/healthz", as: nil).status == .ok)
            #expect(try await client.send(.get, "/readyz", as: nil).status == .ok)
            try await database.query("DELETE FROM schema_migrations WHERE version = 2")
            let notReady = try await client.send(.get, "/readyz", as: nil)
            #expect(notReady.status == .serviceUnavailable)
            #expect(notReady.isProblem)
        }
    }

    @Test("with PostgreSQL unreachable, /readyz and API calls answer 503 problem+json within their deadlines, /healthz 200")
    func databaseUnreachable() async throws {
        // Port 1 on loopback: nothing listens there, so every connection attempt is refused.
        let unreachable = try DatabaseURL("postgres://nobody:secret@127.0.0.1:1/none")
        var logger = Logger(label: "minning-http-tests")
        logger.logLevel = .critical
        let configuration = AppConfiguration(
            port: 0, database: unreachable, project: TestDatabaseServer.project, personalData: TestDatabaseServer.personalData,
            databaseDeadline: .seconds(1)
        )
        let app = try await buildApplication(configuration, logger: logger)
        try await app.test(.router) { client in
            #expect(try await client.execute(uri: "/healthz", method: .get).status == .ok)
            let started = ContinuousClock.now
            let ready = try await client.execute(uri: "/readyz", method: .get)
            #expect(ready.status == .serviceUnavailable)
            #expect(ready.headers[.retryAfter] != nil)
            let call = try await client.execute(uri: "/v1/regions", method: .get, headers: [.authorization: "Bearer " + ApiKeySecret.generate().text])
            #expect(call.status == .serviceUnavailable)
            #expect(call.isProblem)
            #expect(ContinuousClock.now - started < .seconds(8))
        }
    }

    @Test("a request line the HTTP parser cannot read (raw UTF-8, a space) is 400 problem+json, after the answers to the requests before it")
    func unparsableRequestLine() async throws {
        try await withApp(.live) { client, _, _ in
            let port = try #require(client.port)
            let unencoded = try await RawHTTP.exchange(port: port, Array("GET /v1/occupations?q=缝纫 HTTP/1.1\r\nHost: x\r\n\r\n".utf8))
            #expect(unencoded.hasPrefix("HTTP/1.1 400"))
            #expect(unencoded.contains("Content-Type: application/problem+json"))
            #expect(unencoded.contains("urn:minning:problem:malformed-request") && unencoded.contains("百分号编码"), "\(unencoded)")
            let pipelined = try await RawHTTP.exchange(port: port, Array("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nGET /v1/wor kers HTTP/1.1\r\nHost: x\r\n\r\n".utf8))
            let ok = try #require(pipelined.range(of: "HTTP/1.1 200"))
            let bad = try #require(pipelined.range(of: "HTTP/1.1 400"))
            #expect(ok.lowerBound < bad.lowerBound && pipelined.contains(#""status":"ok""#), "\(pipelined)")
            #expect(try await client.send(.get, "/healthz", as: nil).status == .ok, "the server still answers")
        }
    }

    @Test("a request through a real socket gets the same answers")
    func live() async throws {
        try await withApp(.live) { client, cast, _ in
            let health = try await client.send(.get, "/healthz", as: nil)
            #expect(health.status == .ok)
            let regions = try await client.send(.get, "/v1/regions?parent=640000", as: cast.observer)
            #expect(regions.items.count == 5)
        }
    }
}
