import Foundation
import HTTPTypes
import HummingbirdTesting
import MinningDomain
import MinningPersistence
import MinningTestSupport
import NIOCore
import PostgresNIO
import Testing

@Suite("Workers")
struct WorkersTests {
    static let idempotencyKey = HTTPField.Name("Idempotency-Key")!

    static func count(_ database: Database, _ sql: String) async throws -> Int {
        try await database.query(PostgresQuery(unsafeSQL: sql)).collect().first!.decode(Int.self)
    }

    @Test("registration: 201 with masked personal data, Location and ETag; nothing readable at rest")
    func register() async throws {
        try await withApp { client, cast, database in
            let idNumber = Fixtures.idNumber()
            let response = try await client.send(.post, "/v1/workers", as: cast.xijiOrigin, json: Fixtures.workerJSON(idNumber: idNumber))
            #expect(response.status == .created)
            let json = response.json
            let id = try #require(json["id"] as? String)
            #expect(response.headers[.location] == "/v1/workers/\(id)")
            #expect(response.headers[.eTag] == "\"1\"")
            #expect(json["id_number_masked"] as? String == Masking.idNumber(idNumber))
            #expect(json["phone_masked"] as? String == "138****5678")
            #expect(json["birth_date"] as? String == "1990-01-01")
            #expect(json["sex"] as? String == "male")
            #expect((json["skills"] as? [[String: Any]])?.count == 2)
            let body = String(buffer: response.body)
            #expect(!body.contains(idNumber) && !body.contains("13812345678"))

            // At rest: neither the ID number nor the phone appears in any column.
            let raw = try await database.query("SELECT row_to_json(w)::text FROM workers w").collect().first!.decode(String.self)
            #expect(!raw.contains(idNumber) && !raw.contains("13812345678"))
            #expect(try await Self.count(database, "SELECT count(*) FROM audit_log WHERE action = 'create' AND object_type = 'worker'") == 1)
        }
    }

    /// A valid registration with one top-level field replaced by `value` (JSON text).
    static func registration(replacing key: String, with value: String) throws -> String {
        var object = try #require(try JSONSerialization.jsonObject(with: Data(Fixtures.workerJSON().utf8)) as? [String: Any])
        object[key] = try JSONSerialization.jsonObject(with: Data(value.utf8), options: .fragmentsAllowed)
        return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    @Test("each validation failure is named; nothing is stored", arguments: [
        ("id_number", #""640422199001011238""#, "id_number"),  // wrong check character
        ("phone", #""1381234567""#, "phone"),
        ("origin_region_code", #""640400""#, "origin_region_code"),  // not a county
        ("expected_monthly_wage_fen", "-100", "expected_monthly_wage_fen"),
        ("expected_monthly_wage_fen", "4500.5", "expected_monthly_wage_fen"),
        ("available_from", #""2026-13-01""#, "available_from"),
        ("monitored_kind", #""sometimes""#, "monitored_kind"),
        ("status", #""placed""#, "status"),  // kept by Minning, not written by a request
        ("preferred_destinations", #"["640100"]"#, "preferred_destinations[0]"),
        ("skills", #"[{"occupation_code":"9999"}]"#, "skills[0].occupation_code"),  // no such occupation
        ("preferred_occupations", #"["8153", "9998"]"#, "preferred_occupations[1]"),  // no such occupation
        ("preferred_destinations", #"["350100", "350199"]"#, "preferred_destinations[1]"),  // no such county
        ("skills", #"[{"occupation_code":"7533","colour":"red"}]"#, "skills[0].colour"),
        ("consent", #"{"given_on":"2026-11-20","scope":"x","method":"shouted","recorded_by":"李文"}"#, "consent.method"),
        ("nickname", #""花花""#, "nickname"),
    ])
    func invalid(key: String, value: String, field: String) async throws {
        let body = try Self.registration(replacing: key, with: value)
        try await withApp { client, cast, database in
            let response = try await client.send(.post, "/v1/workers", as: cast.xijiOrigin, json: body)
            #expect(response.status == .unprocessableContent)
            #expect(response.isProblem)
            #expect(response.problemFields.contains(field), "\(response.problemFields)")
            #expect(try await Self.count(database, "SELECT count(*) FROM workers") == 0)
        }
    }

    @Test("a worker younger than 16 or older than 65 is refused with their age")
    func age() async throws {
        try await withApp { client, cast, _ in
            for birth in ["20150101", "19500101"] {
                let json = Fixtures.workerJSON(idNumber: Fixtures.idNumber(birth: birth))
                let response = try await client.send(.post, "/v1/workers", as: cast.xijiOrigin, json: json)
                #expect(response.status == .unprocessableContent)
                #expect(response.problemFields == ["id_number"])
                #expect(String(buffer: response.body).contains("workers must be 16 to 65"))
            }
        }
    }

    @Test("a worker outside the caller's region is refused")
    func registerOutsideScope() async throws {
        try await withApp { client, cast, _ in
            let response = try await client.send(.post, "/v1/workers", as: cast.xijiOrigin, json: Fixtures.workerJSON(region: "640522"))
            #expect(response.status == .unprocessableContent)
            #expect(response.problemFields == ["origin_region_code"])
            let destination = try await client.send(.post, "/v1/workers", as: cast.fuzhouDestination, json: Fixtures.workerJSON())
            #expect(destination.status == .forbidden)
        }
    }

    @Test("registering one person twice: 409 naming the worker in scope, not naming it outside")
    func duplicates() async throws {
        try await withApp { client, cast, database in
            let first = try await client.send(.post, "/v1/workers", as: cast.xijiOrigin, json: Fixtures.workerJSON())
            let id = try #require(first.json["id"] as? String)
            let again = try await client.send(.post, "/v1/workers", as: cast.xijiOrigin, json: Fixtures.workerJSON(name: "别名"))
            #expect(again.status == .conflict)
            #expect((again.json["detail"] as? String)?.contains(id) == true)
            // The same person at 海原 (a different region): conflict, but the id stays hidden.
            let elsewhere = try await client.send(.post, "/v1/workers", as: cast.haiyuanOrigin, json: Fixtures.workerJSON(region: "640522"))
            #expect(elsewhere.status == .conflict)
            #expect((elsewhere.json["detail"] as? String)?.contains(id) == false)
            #expect(try await Self.count(database, "SELECT count(*) FROM workers") == 1)
        }
    }

    @Test("scope: 640422's bureau cannot read a worker of 640424 (404); a destination bureau sees only a candidate profile")
    func readScope() async throws {
        try await withApp { client, cast, database in
            let jingyuan = try await Fixtures(database: database).caller("泾源县人社局", kind: .originLaborBureau, region: "640424", role: .originBureau)
            let created = try await client.send(.post, "/v1/workers", as: jingyuan, json: Fixtures.workerJSON(idNumber: Fixtures.idNumber(region: "640424"), region: "640424"))
            let id = try #require(created.json["id"] as? String)
            #expect(try await client.send(.get, "/v1/workers/\(id)", as: cast.xijiOrigin).status == .notFound)
            #expect(try await client.send(.get, "/v1/workers/\(id)/personal-data", as: cast.xijiOrigin).status == .notFound)
            #expect(try await client.send(.get, "/v1/workers/\(id)", as: jingyuan).status == .ok)
            #expect(try await client.send(.get, "/v1/workers/\(id)", as: cast.observer).status == .forbidden)
            #expect(try await client.send(.get, "/v1/workers/\(id)", as: cast.ningxiaOffice).status == .forbidden)

            let candidate = try await client.send(.get, "/v1/workers/\(id)", as: cast.fuzhouDestination)
            #expect(candidate.status == .ok)
            for hidden in ["name", "id_number_masked", "phone_masked", "birth_date", "poverty_status", "monitored_kind", "consent"] {
                #expect(candidate.json[hidden] == nil, "\(hidden) leaked to a destination bureau")
            }
            #expect(candidate.json["age"] is Int)
            let list = try await client.send(.get, "/v1/workers", as: cast.fuzhouDestination)
            #expect(list.items.count == 1)
            #expect(list.items.first?["name"] == nil)
            let byPoverty = try await client.send(.get, "/v1/workers?poverty_status=monitored", as: cast.fuzhouDestination)
            #expect(byPoverty.status == .forbidden)
            #expect(try await client.send(.get, "/v1/workers", as: cast.xijiOrigin).items.isEmpty)
        }
    }

    @Test("PATCH: 428 without If-Match, 412 on a stale ETag, 200 and a new ETag otherwise")
    func optimisticConcurrency() async throws {
        try await withApp { client, cast, database in
            let created = try await client.send(.post, "/v1/workers", as: cast.xijiOrigin, json: Fixtures.workerJSON())
            let id = try #require(created.json["id"] as? String)
            let change = #"{"expected_monthly_wage_fen":500000,"phone":"13900001111"}"#
            let noPrecondition = try await client.send(.patch, "/v1/workers/\(id)", as: cast.xijiOrigin, json: change)
            #expect(noPrecondition.status.code == 428)
            #expect(noPrecondition.isProblem)

            let first = try await client.send(.patch, "/v1/workers/\(id)", as: cast.xijiOrigin, json: change, headers: [.ifMatch: "\"1\""])
            #expect(first.status == .ok)
            #expect(first.headers[.eTag] == "\"2\"")
            #expect(first.json["expected_monthly_wage_fen"] as? Int == 500000)
            #expect(first.json["phone_masked"] as? String == "139****1111")

            // A second clerk still holding version 1 must not overwrite the first one's change.
            let stale = try await client.send(.patch, "/v1/workers/\(id)", as: cast.xijiOrigin, json: #"{"needs_housing":false}"#, headers: [.ifMatch: "\"1\""])
            #expect(stale.status == .preconditionFailed)
            #expect(stale.isProblem)
            let stored = try await client.send(.get, "/v1/workers/\(id)", as: cast.xijiOrigin)
            #expect(stored.json["needs_housing"] as? Bool == true)
            #expect(stored.headers[.eTag] == "\"2\"")

            let cleared = try await client.send(.patch, "/v1/workers/\(id)", as: cast.xijiOrigin,
                json: #"{"poverty_status":"lifted","monitored_kind":null}"#, headers: [.ifMatch: "\"2\""])
            #expect(cleared.status == .ok)
            #expect(cleared.json["monitored_kind"] == nil || cleared.json["monitored_kind"] is NSNull)
            let broken = try await client.send(.patch, "/v1/workers/\(id)", as: cast.xijiOrigin,
                json: #"{"poverty_status":"monitored"}"#, headers: [.ifMatch: "\"3\""])
            #expect(broken.problemFields == ["monitored_kind"])
            // Status belongs to training, placement and consent withdrawal, never to a request.
            let placedByHand = try await client.send(.patch, "/v1/workers/\(id)", as: cast.xijiOrigin,
                json: #"{"status":"placed"}"#, headers: [.ifMatch: "*"])
            #expect(placedByHand.status == .unprocessableContent && placedByHand.problemFields == ["status"])
            #expect(try await client.send(.get, "/v1/workers/\(id)", as: cast.xijiOrigin).json["status"] as? String == "available")
            let fields = try await database.query("SELECT fields FROM audit_log WHERE action = 'update' ORDER BY id").collect().first?.decode([String].self)
            #expect(fields == ["phone", "expected_monthly_wage_fen"])
        }
    }

    @Test("a phone another worker holds is accepted with a warning, since families share phones")
    func sharedPhone() async throws {
        try await withApp { client, cast, _ in
            let first = try await client.send(.post, "/v1/workers", as: cast.xijiOrigin, json: Fixtures.workerJSON(phone: "13900002222"))
            #expect(first.status == .created && first.json["warnings"] == nil)
            let sibling = try await client.send(.post, "/v1/workers", as: cast.xijiOrigin,
                json: Fixtures.workerJSON(idNumber: Fixtures.idNumber(sequence: 127), name: "马小军", phone: "13900002222"))
            #expect(sibling.status == .created)
            let warnings = try #require(sibling.json["warnings"] as? [[String: Any]])
            #expect(warnings.map { $0["field"] as? String } == ["phone"] && (warnings.first?["message"] as? String)?.contains("1 other") == true)
            let third = try await client.send(.post, "/v1/workers", as: cast.xijiOrigin, json: Fixtures.workerJSON(idNumber: Fixtures.idNumber(sequence: 129), phone: "13900003333"))
            let id = try #require(third.json["id"] as? String)
            #expect(third.json["warnings"] == nil)
            let changed = try await client.send(.patch, "/v1/workers/\(id)", as: cast.xijiOrigin, json: #"{"phone":"13900002222"}"#, headers: [.ifMatch: "*"])
            #expect(changed.status == .ok && (changed.json["warnings"] as? [[String: Any]])?.first?["message"] as? String != nil, "\(changed.json)")
            #expect(try await client.send(.get, "/v1/workers/\(id)", as: cast.xijiOrigin).json["warnings"] == nil, "a read carries no warnings")
        }
    }

    @Test("money in yuan where fen are meant is refused with the figure in fen: 5000 for ¥5,000, 5200.00, \"5200.00\"")
    func yuanForFen() async throws {
        try await withApp { client, cast, _ in
            func message(_ value: String) async throws -> String {
                let json = Fixtures.workerJSON().replacingOccurrences(of: #""expected_monthly_wage_fen":450000"#, with: #""expected_monthly_wage_fen":\#(value)"#)
                let response = try await client.send(.post, "/v1/workers", as: cast.xijiOrigin, json: json)
                #expect(response.status == .unprocessableContent && response.problemFields == ["expected_monthly_wage_fen"], "\(response.json)")
                return ((response.json["errors"] as? [[String: Any]])?.first?["message"] as? String) ?? ""
            }
            let typedYuan = try await message("5000")
            let decimal = try await message("5200.00")
            let half = try await message("5200.5")
            let text = try await message(#""5,200.00""#)
            #expect(typedYuan.contains("did you mean 500000"), "\(typedYuan)")
            #expect(decimal.contains("¥5200 is 520000"), "\(decimal)")
            #expect(half.contains("is 520050"), "\(half)")
            #expect(text.contains("is 520000"), "\(text)")
            #expect(try await client.send(.get, "/v1/workers", as: cast.xijiOrigin).items.isEmpty, "nothing was stored")
        }
    }

    @Test("a clerk finds a worker by 身份证号 (audited, found or not) or by the start of the name, in scope only")
    func search() async throws {
        try await withApp { client, cast, database in
            let idNumber = Fixtures.idNumber(sequence: 131)
            let registered = try await client.send(.post, "/v1/workers", as: cast.xijiOrigin, json: Fixtures.workerJSON(idNumber: idNumber, name: "马小花"))
            let id = try #require(registered.json["id"] as? String)
            _ = try await client.send(.post, "/v1/workers", as: cast.xijiOrigin,
                json: Fixtures.workerJSON(idNumber: Fixtures.idNumber(sequence: 133), name: "马小军", phone: "13900004444"))
            _ = try await client.send(.post, "/v1/workers", as: cast.xijiOrigin,
                json: Fixtures.workerJSON(idNumber: Fixtures.idNumber(sequence: 135), name: "马_明", phone: "13900005555"))
            func ids(_ query: String, as caller: Fixtures.Caller = cast.xijiOrigin) async throws -> [String] {
                try await client.send(.get, "/v1/workers?\(query)", as: caller).items.compactMap { $0["id"] as? String }
            }
            let lowerX = idNumber.lowercased()
            #expect(try await ids("id_number=\(lowerX)") == [id])
            #expect(try await ids("id_number=\(idNumber)", as: cast.haiyuanOrigin).isEmpty, "another county's bureau does not find her")
            let wrongCheck = String(idNumber.dropLast()) + (idNumber.last == "1" ? "2" : "1")
            #expect(try await client.send(.get, "/v1/workers?id_number=\(wrongCheck)", as: cast.xijiOrigin).problemFields == ["id_number"])
            let names = try await client.send(.get, "/v1/workers?name=\("马小".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)", as: cast.xijiOrigin).items
            #expect(Set(names.compactMap { $0["name"] as? String }) == ["马小花", "马小军"])
            // A LIKE wildcard in the name is a character, not a pattern.
            let underscore = try await client.send(.get, "/v1/workers?name=\("马_".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)", as: cast.xijiOrigin).items
            #expect(underscore.compactMap { $0["name"] as? String } == ["马_明"])
            #expect(try await client.send(.get, "/v1/workers?name=x&id_number=\(idNumber)", as: cast.fuzhouDestination).status == .forbidden)
            #expect(try await client.send(.get, "/v1/workers?name=%20", as: cast.xijiOrigin).problemFields == ["name"])
            let audited = try await database.query(
                "SELECT object_id FROM audit_log WHERE action = 'search_personal_data' ORDER BY occurred_at, id"
            ).collect().map { try $0.decode(String.self) }
            #expect(audited == [id, "none"])
        }
    }

    @Test("Idempotency-Key: a retry returns the first response and creates nothing; another body with the key is 422")
    func idempotency() async throws {
        try await withApp { client, cast, database in
            let json = Fixtures.workerJSON()
            let first = try await client.send(.post, "/v1/workers", as: cast.xijiOrigin, json: json, headers: [Self.idempotencyKey: "import-7"])
            let retry = try await client.send(.post, "/v1/workers", as: cast.xijiOrigin, json: json, headers: [Self.idempotencyKey: "import-7"])
            #expect(first.status == .created)
            #expect(retry.status == .created)
            #expect(String(buffer: retry.body) == String(buffer: first.body))
            #expect(retry.headers[HTTPField.Name("Idempotent-Replayed")!] == "true")
            #expect(try await Self.count(database, "SELECT count(*) FROM workers") == 1)
            let other = try await client.send(.post, "/v1/workers", as: cast.xijiOrigin,
                json: Fixtures.workerJSON(idNumber: Fixtures.idNumber(sequence: 125)), headers: [Self.idempotencyKey: "import-7"])
            #expect(other.status == .unprocessableContent)
            #expect(other.problemFields == ["Idempotency-Key"])
            #expect(try await Self.count(database, "SELECT count(*) FROM workers") == 1)
        }
    }

    @Test("concurrent retries with one Idempotency-Key over loopback create one worker")
    func concurrentIdempotency() async throws {
        try await withApp(.live) { client, cast, database in
            let loopback = LoopbackClient(port: try #require(client.port))
            let json = Fixtures.workerJSON()
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<6 {
                    group.addTask {
                        try await loopback.send("POST", "/v1/workers", as: cast.xijiOrigin, json: json, headers: ["Idempotency-Key": "burst"]).status
                    }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(statuses.allSatisfy { $0 == 201 }, "\(statuses)")
            #expect(try await Self.count(database, "SELECT count(*) FROM workers") == 1)
        }
    }

    @Test("reading personal data unmasked is audited; the audit log refuses UPDATE, DELETE and TRUNCATE")
    func personalDataAndAudit() async throws {
        try await withApp { client, cast, database in
            let idNumber = Fixtures.idNumber()
            let created = try await client.send(.post, "/v1/workers", as: cast.xijiOrigin, json: Fixtures.workerJSON(idNumber: idNumber))
            let id = try #require(created.json["id"] as? String)
            let data = try await client.send(.get, "/v1/workers/\(id)/personal-data", as: cast.xijiOrigin, headers: [HTTPField.Name("X-Request-Id")!: "read-1"])
            #expect(data.json["id_number"] as? String == idNumber)
            #expect(data.json["phone"] as? String == "13812345678")
            #expect(data.headers[.cacheControl] == "no-store")
            let audited = try await database.query(
                "SELECT key_id, request_id FROM audit_log WHERE action = 'read_personal_data' AND object_id = \(id)"
            ).collect()
            #expect(audited.count == 1)
            let (_, requestId) = try #require(audited.first).decode((UUID, String).self)
            #expect(requestId == "read-1")
            for statement in ["UPDATE audit_log SET action = 'update'", "DELETE FROM audit_log", "TRUNCATE audit_log"] {
                await #expect(throws: (any Error).self, "\(statement)") {
                    try await database.query(PostgresQuery(unsafeSQL: statement))
                }
            }
            #expect(try await Self.count(database, "SELECT count(*) FROM audit_log") == 2)
        }
    }

    @Test("withdrawing consent erases personal data, keeps the counts, and frees the ID number")
    func consentWithdrawal() async throws {
        try await withApp { client, cast, database in
            let created = try await client.send(.post, "/v1/workers", as: cast.xijiOrigin, json: Fixtures.workerJSON(), headers: [Self.idempotencyKey: "registration-1"])
            let id = try #require(created.json["id"] as? String)
            let storedName = "SELECT count(*) FROM idempotency_keys WHERE position(convert_to('马小花', 'UTF8') in response_body) > 0"
            #expect(try await Self.count(database, storedName) == 1, "the first response is kept for retries")
            let withdrawn = try await client.send(.post, "/v1/workers/\(id)/consent-withdrawal", as: cast.xijiOrigin, json: #"{"withdrawn_on":"2026-11-25"}"#)
            #expect(try await Self.count(database, storedName) == 0, "and erased with the rest of the personal data")
            #expect(withdrawn.status == .ok)
            #expect(withdrawn.json["status"] as? String == "inactive")
            #expect(withdrawn.json["name"] == nil || withdrawn.json["name"] is NSNull)
            #expect((withdrawn.json["consent"] as? [String: Any])?["withdrawn_on"] as? String == "2026-11-25")
            #expect(try await Self.count(database, "SELECT count(*) FROM workers WHERE id_number_ciphertext IS NULL AND phone_ciphertext IS NULL AND name IS NULL AND origin_region_code = '640422'") == 1)
            #expect(try await client.send(.get, "/v1/workers/\(id)/personal-data", as: cast.xijiOrigin).status == .conflict)
            #expect(try await client.send(.post, "/v1/workers/\(id)/consent-withdrawal", as: cast.xijiOrigin, json: #"{"withdrawn_on":"2026-11-25"}"#).status == .conflict)
            // With new consent the person can be registered again.
            #expect(try await client.send(.post, "/v1/workers", as: cast.xijiOrigin, json: Fixtures.workerJSON()).status == .created)
        }
    }

    @Test("lists filter, sort newest first and page with a cursor without gaps or repeats")
    func paging() async throws {
        try await withApp { client, cast, _ in
            var ids: [String] = []
            for sequence in stride(from: 101, through: 115, by: 2) {
                let json = Fixtures.workerJSON(idNumber: Fixtures.idNumber(sequence: sequence))
                let response = try await client.send(.post, "/v1/workers", as: cast.xijiOrigin, json: json)
                ids.append(try #require(response.json["id"] as? String))
            }
            var seen: [String] = []
            var cursor: String?
            repeat {
                let uri = "/v1/workers?limit=3" + (cursor.map { "&cursor=\($0)" } ?? "")
                let page = try await client.send(.get, uri, as: cast.xijiOrigin)
                #expect(page.status == .ok)
                seen += page.items.compactMap { $0["id"] as? String }
                cursor = page.json["next_cursor"] as? String
            } while cursor != nil
            #expect(seen == Array(ids.reversed()))
            let filtered = try await client.send(.get, "/v1/workers?occupation=753&status=available&region=640400&poverty_status=monitored", as: cast.xijiOrigin)
            #expect(filtered.items.count == 8)
            let none = try await client.send(.get, "/v1/workers?occupation=8", as: cast.xijiOrigin)
            #expect(none.items.isEmpty)
            let badCursor = try await client.send(.get, "/v1/workers?cursor=nonsense", as: cast.xijiOrigin)
            #expect(badCursor.problemFields == ["cursor"])
            // Well-formed tokens whose time PostgreSQL cannot store answered 500 (22008) once.
            for micros in [Int64.max, Int64.min, 300_000_000_000_000_000, -1] {
                let token = ListCursor(createdAtMicroseconds: micros, id: UUID()).token
                for list in ["/v1/workers", "/v1/employers", "/v1/vacancies", "/v1/placements"] {
                    let answer = try await client.send(.get, "\(list)?cursor=\(token)", as: cast.xijiOrigin)
                    #expect(answer.status == .unprocessableContent && answer.problemFields == ["cursor"], "\(list) \(micros)")
                }
            }
            // The fixture's workers are available from 2026-12-01.
            #expect(try await client.send(.get, "/v1/workers?available_by=2026-12-01", as: cast.xijiOrigin).items.count == 8)
            #expect(try await client.send(.get, "/v1/workers?available_by=2026-11-30", as: cast.xijiOrigin).items.isEmpty)
            #expect(try await client.send(.get, "/v1/workers?available_by=2026-02-30", as: cast.xijiOrigin).problemFields == ["available_by"])
        }
    }
}

@Suite("Workers under concurrency")
struct WorkerConcurrencyTests {
    @Test("many clerks registering the same person at once over loopback: one 201, the rest 409, one row")
    func concurrentDuplicates() async throws {
        try await withApp(.live) { client, cast, database in
            let loopback = LoopbackClient(port: try #require(client.port))
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for index in 0..<8 {
                    group.addTask {
                        try await loopback.send("POST", "/v1/workers", as: cast.xijiOrigin, json: Fixtures.workerJSON(name: "重复\(index)")).status
                    }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == 201 }.count == 1, "\(statuses)")
            #expect(statuses.filter { $0 == 409 }.count == 7, "\(statuses)")
            #expect(try await WorkersTests.count(database, "SELECT count(*) FROM workers") == 1)
        }
    }
}
