import Foundation
import HTTPTypes
import HummingbirdTesting
import MinningPersistence
import MinningTestSupport
import NIOCore
import PostgresNIO
import Testing

@Suite("Errors are problem+json and change nothing")
struct ProblemTests {
    static func bureauCount(_ database: Database) async throws -> Int {
        try await database.query("SELECT count(*) FROM bureaus").collect().first!.decode(Int.self)
    }

    @Test("malformed JSON, a non-object body and a wrong content type are 400/400/415")
    func malformed() async throws {
        try await withApp { client, cast, database in
            let before = try await Self.bureauCount(database)
            for body in ["{\"name\": ", "[1,2]", "\"text\"", "", "{\"name\":\"a\u{0}\"", "nul"] {
                let response = try await client.send(.post, "/v1/bureaus", as: cast.admin, json: body)
                #expect(response.status == .badRequest, "body \(body.debugDescription)")
                #expect(response.isProblem)
            }
            let wrongType = try await client.send(.post, "/v1/bureaus", as: cast.admin, json: "{}", headers: [.contentType: "text/plain"])
            #expect(wrongType.status == .unsupportedMediaType)
            #expect(wrongType.isProblem)
            #expect(try await Self.bureauCount(database) == before)
        }
    }

    @Test("validation names every bad field at once, unknown fields included")
    func validation() async throws {
        try await withApp { client, cast, database in
            let before = try await Self.bureauCount(database)
            let response = try await client.send(.post, "/v1/bureaus", as: cast.admin,
                json: #"{"name":"   ","kind":"ministry","region_code":6404,"colour":"red"}"#)
            #expect(response.status == .unprocessableContent)
            #expect(response.isProblem)
            #expect(response.problemFields == ["name", "kind", "region_code", "colour"])
            #expect(response.json["type"] as? String == "urn:minning:problem:validation")

            let missing = try await client.send(.post, "/v1/bureaus", as: cast.admin, json: "{}")
            #expect(missing.problemFields == ["name", "kind", "region_code"])

            let nullLabel = try await client.send(.post, "/v1/bureaus/\(cast.xijiOrigin.bureau.id)/keys", as: cast.admin, json: #"{"role":"observer","label":null}"#)
            #expect(nullLabel.status == .unprocessableContent)
            #expect(nullLabel.problemFields == ["label"])

            let wrongSide = try await client.send(.post, "/v1/bureaus", as: cast.admin,
                json: #"{"name":"x","kind":"destination_labor_bureau","region_code":"640422"}"#)
            #expect(wrongSide.status == .unprocessableContent)
            #expect(wrongSide.problemFields == ["region_code"])

            let unknownRegion = try await client.send(.post, "/v1/bureaus", as: cast.admin,
                json: #"{"name":"x","kind":"origin_labor_bureau","region_code":"640499"}"#)
            #expect(unknownRegion.status == .unprocessableContent)
            #expect(unknownRegion.problemFields == ["region_code"])

            let control = try await client.send(.post, "/v1/bureaus", as: cast.admin,
                json: #"{"name":"a\u0007b","kind":"origin_labor_bureau","region_code":"640422"}"#)
            #expect(control.problemFields == ["name"])
            #expect(try await Self.bureauCount(database) == before)
        }
    }

    @Test("a duplicate bureau is 409 and stores nothing")
    func duplicate() async throws {
        try await withApp { client, cast, database in
            let body = #"{"name":"重复局","kind":"origin_labor_bureau","region_code":"640423"}"#
            #expect(try await client.send(.post, "/v1/bureaus", as: cast.admin, json: body).status == .created)
            let before = try await Self.bureauCount(database)
            let again = try await client.send(.post, "/v1/bureaus", as: cast.admin, json: body)
            #expect(again.status == .conflict)
            #expect(again.isProblem)
            #expect(try await Self.bureauCount(database) == before)
        }
    }

    @Test("a body over 1 MiB is 413 problem+json")
    func tooLarge() async throws {
        try await withApp { client, cast, _ in
            let huge = "{\"name\":\"" + String(repeating: "a", count: 1 << 20) + "\"}"
            let response = try await client.send(.post, "/v1/bureaus", as: cast.admin, json: huge)
            #expect(response.status == .contentTooLarge)
            #expect(response.isProblem)
        }
    }

    @Test("an unknown route, an unknown method and a bad query parameter are problems too")
    func routing() async throws {
        try await withApp { client, cast, _ in
            let unknown = try await client.send(.get, "/no/such/route", as: nil)
            #expect(unknown.status == .notFound)
            #expect(unknown.isProblem)
            let method = try await client.send(.put, "/v1/regions", as: cast.admin)
            #expect(method.status == .methodNotAllowed)
            #expect(method.isProblem)
            let query = try await client.send(.get, "/v1/regions?parent=64&levle=county", as: cast.admin)
            #expect(query.status == .unprocessableContent)
            #expect(query.problemFields == ["parent", "levle"])
            let badId = try await client.send(.get, "/v1/bureaus/not-a-uuid", as: cast.admin)
            #expect(badId.status == .notFound)
            #expect(badId.isProblem)
        }
    }
}
