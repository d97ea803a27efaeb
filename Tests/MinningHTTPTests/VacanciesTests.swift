import Foundation
import HTTPTypes
import HummingbirdTesting
import MinningDomain
import MinningPersistence
import MinningServices
import MinningTestSupport
import NIOCore
import PostgresNIO
import Testing

@Suite("Vacancies")
struct VacanciesTests {
    static func vacancyJSON(
        employer: String, region: String = "350102", wageMin: Int = 450_000, wageMax: Int = 600_000,
        startsOn: String = "2027-01-05", closesOn: String = "2026-12-31", extra: String = ""
    ) -> String {
        """
        {"employer_id":"\(employer)","title":"缝纫工","occupation_code":"8153","openings":20,"wage_min_fen":\(wageMin),
         "wage_max_fen":\(wageMax),"housing_provided":true,"meals_provided":true,"work_region_code":"\(region)",
         "min_age":18,"max_age":50,"min_education":"primary","required_certificates":["7533"],
         "starts_on":"\(startsOn)","closes_on":"\(closesOn)"\(extra)}
        """
    }

    static func employer(_ client: any TestClientProtocol, _ caller: Fixtures.Caller) async throws -> String {
        let response = try await client.send(.post, "/v1/employers", as: caller, json: Fixtures.employerJSON())
        return try #require(response.json["id"] as? String)
    }

    @Test("a deadline already past is refused at posting; the housekeeping closes a vacancy once its deadline passes")
    func deadline() async throws {
        try await withApp { client, cast, database in
            let employer = try await Self.employer(client, cast.fuzhouDestination)
            let yesterday = TestClock.today.adding(days: -1).description
            let late = try await client.send(.post, "/v1/vacancies", as: cast.fuzhouDestination, json: Self.vacancyJSON(employer: employer, closesOn: yesterday))
            #expect(late.status == .unprocessableContent && late.problemFields == ["closes_on"])
            #expect(try await client.send(.get, "/v1/vacancies", as: cast.fuzhouDestination).items.isEmpty, "nothing was stored")
            let posted = try await client.send(.post, "/v1/vacancies", as: cast.fuzhouDestination, json: Self.vacancyJSON(employer: employer))
            let id = try #require(posted.json["id"] as? String)
            let reopenLate = try await client.send(.patch, "/v1/vacancies/\(id)", as: cast.fuzhouDestination,
                json: #"{"closes_on":"\#(yesterday)"}"#, headers: [.ifMatch: "*"])
            #expect(reopenLate.problemFields == ["closes_on"])
            // The deadline passes (set in the database: no request may post it so).
            try await database.query("UPDATE vacancies SET closes_on = \(TestClock.today.adding(days: -1)) WHERE id = \(UUID(uuidString: id)!)")
            let services = Services(database: database, personalData: TestDatabaseServer.personalData, clock: TestClock.clock, settings: Settings())
            #expect(try await services.vacancies.closeExpired() == 1)
            #expect(try await services.vacancies.closeExpired() == 0)
            let closed = try await client.send(.get, "/v1/vacancies/\(id)", as: cast.fuzhouDestination)
            #expect(closed.json["status"] as? String == "closed" && closed.headers[.eTag] == "\"2\"")
        }
    }

    @Test("a vacancy is posted for an employer in scope and readable by every bureau while open")
    func post() async throws {
        try await withApp { client, cast, _ in
            let employer = try await Self.employer(client, cast.fuzhouDestination)
            let created = try await client.send(.post, "/v1/vacancies", as: cast.fuzhouDestination, json: Self.vacancyJSON(employer: employer))
            #expect(created.status == .created)
            let id = try #require(created.json["id"] as? String)
            #expect(created.json["required_certificates"] as? [String] == ["7533"])
            #expect(try await client.send(.get, "/v1/vacancies/\(id)", as: cast.xijiOrigin).status == .ok)
            #expect(try await client.send(.get, "/v1/vacancies?occupation=815&work_region=350100", as: cast.observer).items.count == 1)
            // Closed: only the posting side still sees it.
            let closed = try await client.send(.patch, "/v1/vacancies/\(id)", as: cast.fuzhouDestination, json: #"{"status":"closed"}"#, headers: [.ifMatch: "\"1\""])
            #expect(closed.status == .ok)
            #expect(try await client.send(.get, "/v1/vacancies/\(id)", as: cast.xijiOrigin).status == .notFound)
            #expect(try await client.send(.get, "/v1/vacancies/\(id)", as: cast.fuzhouDestination).status == .ok)
            #expect(try await client.send(.get, "/v1/vacancies", as: cast.xijiOrigin).items.isEmpty)
        }
    }

    @Test("wages: below the county's minimum wage, or min above max, is refused naming the field")
    func wages() async throws {
        try await withApp { client, cast, database in
            let employer = try await Self.employer(client, cast.fuzhouDestination)
            // 鼓楼区 (350102) is in Fujian's second tier: ¥1,960 a month from 2022-04-01.
            let low = try await client.send(.post, "/v1/vacancies", as: cast.fuzhouDestination, json: Self.vacancyJSON(employer: employer, wageMin: 195_999))
            #expect(low.status == .unprocessableContent)
            #expect(low.problemFields == ["wage_min_fen"])
            #expect((low.json["errors"] as? [[String: Any]])?.first?["message"] as? String == "is below the minimum wage of 350102: 196000 fen (¥1960) a month")
            let yuan = try await client.send(.post, "/v1/vacancies", as: cast.fuzhouDestination, json: Self.vacancyJSON(employer: employer, wageMin: 4_000))
            #expect(((yuan.json["errors"] as? [[String: Any]])?.first?["message"] as? String)?.hasSuffix("did you mean 400000 (¥4000.00)?") == true, "\(yuan.json)")
            #expect(try await client.send(.post, "/v1/vacancies", as: cast.fuzhouDestination, json: Self.vacancyJSON(employer: employer, wageMin: 196_000)).status == .created)
            let inverted = try await client.send(.post, "/v1/vacancies", as: cast.fuzhouDestination, json: Self.vacancyJSON(employer: employer, wageMin: 700_000, wageMax: 600_000))
            #expect(inverted.problemFields == ["wage_max_fen"])
            let ages = try await client.send(.post, "/v1/vacancies", as: cast.fuzhouDestination,
                json: Self.vacancyJSON(employer: employer).replacingOccurrences(of: #""min_age":18,"max_age":50"#, with: #""min_age":40,"max_age":30"#))
            #expect(ages.problemFields == ["max_age"])
            let count = try await database.query("SELECT count(*) FROM vacancies").collect().first?.decode(Int.self)
            #expect(count == 1)
        }
    }

    @Test("posting for an employer outside the bureau's scope is refused; origin bureaus cannot post")
    func scope() async throws {
        try await withApp { client, cast, database in
            let employer = try await Self.employer(client, cast.fuzhouDestination)
            let zhangzhou = try await Fixtures(database: database).caller("漳州市人社局", kind: .destinationLaborBureau, region: "350600", role: .destinationBureau)
            let foreign = try await client.send(.post, "/v1/vacancies", as: zhangzhou, json: Self.vacancyJSON(employer: employer))
            #expect(foreign.status == .unprocessableContent)
            #expect(foreign.problemFields == ["employer_id"])
            #expect(try await client.send(.post, "/v1/vacancies", as: cast.xijiOrigin, json: Self.vacancyJSON(employer: employer)).status == .forbidden)
            let unknownEmployer = try await client.send(.post, "/v1/vacancies", as: cast.fuzhouDestination, json: Self.vacancyJSON(employer: UUID().uuidString))
            #expect(unknownEmployer.problemFields == ["employer_id"])
        }
    }
}
