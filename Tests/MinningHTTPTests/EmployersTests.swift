import Foundation
import HTTPTypes
import HummingbirdTesting
import MinningDomain
import MinningPersistence
import MinningTestSupport
import NIOCore
import PostgresNIO
import Testing

@Suite("Employers")
struct EmployersTests {
    @Test("a destination bureau registers an employer in its scope; the contact's phone is masked and sealed")
    func register() async throws {
        try await withApp { client, cast, database in
            let code = Fixtures.creditCode()
            let created = try await client.send(.post, "/v1/employers", as: cast.fuzhouDestination, json: Fixtures.employerJSON(creditCode: code))
            #expect(created.status == .created)
            #expect(created.json["credit_code"] as? String == code)
            #expect(created.json["contact_phone_masked"] as? String == "139****5678")
            #expect(created.headers[.eTag] == "\"1\"")
            let raw = try await database.query("SELECT row_to_json(e)::text FROM employers e").collect().first!.decode(String.self)
            #expect(!raw.contains("13912345678"))
            // Every bureau can read it.
            let id = try #require(created.json["id"] as? String)
            #expect(try await client.send(.get, "/v1/employers/\(id)", as: cast.xijiOrigin).status == .ok)
            #expect(try await client.send(.get, "/v1/employers?industry=C", as: cast.observer).items.count == 1)
            #expect(try await client.send(.get, "/v1/employers?size=medium", as: cast.observer).items.count == 1)
            #expect(try await client.send(.get, "/v1/employers?size=large", as: cast.observer).items.isEmpty)
        }
    }

    @Test("credit codes: a wrong check character or format is 422, a duplicate is 409, lower case is accepted")
    func creditCodes() async throws {
        try await withApp { client, cast, database in
            let code = Fixtures.creditCode(7)
            let wrong = String(code.dropLast()) + String(CreditCode.alphabetCharacter(after: code.last!))
            let bad = try await client.send(.post, "/v1/employers", as: cast.fuzhouDestination, json: Fixtures.employerJSON(creditCode: wrong))
            #expect(bad.status == .unprocessableContent)
            #expect(bad.problemFields == ["credit_code"])
            let malformed = try await client.send(.post, "/v1/employers", as: cast.fuzhouDestination, json: Fixtures.employerJSON(creditCode: "91350100MA0000001O"))
            #expect(malformed.problemFields == ["credit_code"])
            #expect(try await client.send(.post, "/v1/employers", as: cast.fuzhouDestination, json: Fixtures.employerJSON(creditCode: code.lowercased())).status == .created)
            let duplicate = try await client.send(.post, "/v1/employers", as: cast.fuzhouDestination, json: Fixtures.employerJSON(creditCode: code, name: "另一家"))
            #expect(duplicate.status == .conflict)
            let count = try await database.query("SELECT count(*) FROM employers").collect().first?.decode(Int.self)
            #expect(count == 1)
        }
    }

    @Test("scope and roles: outside Fujian or outside the bureau's city is refused; origin bureaus cannot register")
    func scope() async throws {
        try await withApp { client, cast, _ in
            let zhangzhou = try await client.send(.post, "/v1/employers", as: cast.fuzhouDestination, json: Fixtures.employerJSON(region: "350602"))
            #expect(zhangzhou.status == .unprocessableContent)
            #expect(zhangzhou.problemFields == ["region_code"])
            let ningxia = try await client.send(.post, "/v1/employers", as: cast.admin, json: Fixtures.employerJSON(region: "640422"))
            #expect(ningxia.problemFields == ["region_code"])
            let city = try await client.send(.post, "/v1/employers", as: cast.admin, json: Fixtures.employerJSON(region: "350100"))
            #expect(city.problemFields == ["region_code"])
            #expect(try await client.send(.post, "/v1/employers", as: cast.xijiOrigin, json: Fixtures.employerJSON()).status == .forbidden)
        }
    }

    @Test("PATCH follows the ETag; another city's bureau gets 404")
    func update() async throws {
        try await withApp { client, cast, database in
            let created = try await client.send(.post, "/v1/employers", as: cast.fuzhouDestination, json: Fixtures.employerJSON())
            let id = try #require(created.json["id"] as? String)
            let zhangzhou = try await Fixtures(database: database).caller("漳州市人社局", kind: .destinationLaborBureau, region: "350600", role: .destinationBureau)
            #expect(try await client.send(.patch, "/v1/employers/\(id)", as: zhangzhou, json: #"{"size":"large"}"#, headers: [.ifMatch: "\"1\""]).status == .notFound)
            let changed = try await client.send(.patch, "/v1/employers/\(id)", as: cast.fuzhouDestination, json: #"{"size":"large","industry_code":"H"}"#, headers: [.ifMatch: "\"1\""])
            #expect(changed.status == .ok)
            #expect(changed.json["industry_code"] as? String == "H")
            #expect(changed.headers[.eTag] == "\"2\"")
            let stale = try await client.send(.patch, "/v1/employers/\(id)", as: cast.fuzhouDestination, json: #"{"size":"small"}"#, headers: [.ifMatch: "\"1\""])
            #expect(stale.status == .preconditionFailed)
            #expect(stale.headers[.eTag] == "\"2\"")
        }
    }
}
