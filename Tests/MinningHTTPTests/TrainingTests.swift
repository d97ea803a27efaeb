import Foundation
import HTTPTypes
import HummingbirdTesting
import MinningDomain
import MinningPersistence
import MinningTestSupport
import NIOCore
import Testing

@Suite("Training bases and enrolments")
struct TrainingTests {
    @Test("certification adds the skill and certificate to the worker and ends training")
    func certification() async throws {
        try await withApp { client, cast, _ in
            let employer = try #require(try await client.send(.post, "/v1/employers", as: cast.fuzhouDestination, json: Fixtures.employerJSON()).json["id"] as? String)
            let base = try await client.send(.post, "/v1/training-bases", as: cast.xijiOrigin,
                json: #"{"name":"西吉闽宁服装培训基地","operator_employer_id":"\#(employer)","region_code":"640422","occupations":["7531","8153"],"capacity_per_cohort":40}"#)
            #expect(base.status == .created)
            #expect(base.json["operator_name"] as? String == "福州闽宁服装有限公司")
            let baseId = try #require(base.json["id"] as? String)
            let workerJSON = Fixtures.workerJSON().replacingOccurrences(of: #"{"occupation_code":"7533","certificate":"缝纫工","level":4},"#, with: "")
            let worker = try #require(try await client.send(.post, "/v1/workers", as: cast.xijiOrigin, json: workerJSON).json["id"] as? String)

            let untaught = try await client.send(.post, "/v1/training-bases/\(baseId)/enrolments", as: cast.xijiOrigin,
                json: #"{"worker_id":"\#(worker)","occupation_code":"7533","starts_on":"2026-12-01","ends_on":"2027-02-28"}"#)
            #expect(untaught.problemFields == ["occupation_code"])
            let enrolled = try await client.send(.post, "/v1/training-bases/\(baseId)/enrolments", as: cast.xijiOrigin,
                json: #"{"worker_id":"\#(worker)","occupation_code":"7531","starts_on":"2026-12-01","ends_on":"2027-02-28"}"#)
            #expect(enrolled.status == .created)
            let enrolment = try #require(enrolled.json["id"] as? String)
            #expect(try await client.send(.get, "/v1/workers/\(worker)", as: cast.xijiOrigin).json["status"] as? String == "in_training")
            // Another county's bureau neither sees nor decides this enrolment.
            #expect(try await client.send(.get, "/v1/training-bases/\(baseId)/enrolments", as: cast.haiyuanOrigin).items.isEmpty)

            let missingCertificate = try await client.send(.patch, "/v1/training-bases/\(baseId)/enrolments/\(enrolment)", as: cast.xijiOrigin,
                json: #"{"outcome":"certified"}"#, headers: [.ifMatch: "\"1\""])
            #expect(missingCertificate.problemFields == ["certificate"])
            let certified = try await client.send(.patch, "/v1/training-bases/\(baseId)/enrolments/\(enrolment)", as: cast.xijiOrigin,
                json: #"{"outcome":"certified","certificate":"裁剪工","level":4}"#, headers: [.ifMatch: "\"1\""])
            #expect(certified.status == .ok)
            let after = try await client.send(.get, "/v1/workers/\(worker)", as: cast.xijiOrigin)
            #expect(after.json["status"] as? String == "available")
            let skills = after.json["skills"] as? [[String: Any]] ?? []
            let tailoring = try #require(skills.first { $0["occupation_code"] as? String == "7531" })
            #expect(tailoring["certificate"] as? String == "裁剪工")
            #expect(tailoring["level"] as? Int == 4)
            let again = try await client.send(.patch, "/v1/training-bases/\(baseId)/enrolments/\(enrolment)", as: cast.xijiOrigin,
                json: #"{"outcome":"dropped"}"#, headers: [.ifMatch: "*"])
            #expect(again.status == .conflict)
        }
    }

    @Test("a base needs exactly one operator, an origin county, and known occupations")
    func baseRules() async throws {
        try await withApp { client, cast, _ in
            let both = try await client.send(.post, "/v1/training-bases", as: cast.xijiOrigin,
                json: #"{"name":"x","operator_employer_id":"\#(UUID().uuidString)","operator_college_name":"y","region_code":"640422","occupations":["7531"],"capacity_per_cohort":40}"#)
            #expect(both.problemFields == ["operator_employer_id"])
            let fujian = try await client.send(.post, "/v1/training-bases", as: cast.admin,
                json: #"{"name":"x","operator_college_name":"y","region_code":"350102","occupations":["7531"],"capacity_per_cohort":40}"#)
            #expect(fujian.problemFields == ["region_code"])
            let unknown = try await client.send(.post, "/v1/training-bases", as: cast.xijiOrigin,
                json: #"{"name":"x","operator_college_name":"y","region_code":"640422","occupations":["9999"],"capacity_per_cohort":40}"#)
            #expect(unknown.problemFields == ["occupations[0]"])
        }
    }

    @Test("PATCH a base follows its ETag: 428 without If-Match, 412 when stale, another county's bureau 404")
    func updateBase() async throws {
        try await withApp { client, cast, _ in
            let created = try await client.send(.post, "/v1/training-bases", as: cast.xijiOrigin,
                json: #"{"name":"西吉技工学校基地","operator_college_name":"福建技师学院","region_code":"640422","occupations":["7531"],"capacity_per_cohort":40}"#)
            let id = try #require(created.json["id"] as? String)
            let change = #"{"occupations":["7531","7533"],"capacity_per_cohort":60}"#
            #expect(try await client.send(.patch, "/v1/training-bases/\(id)", as: cast.xijiOrigin, json: change).status.code == 428)
            let updated = try await client.send(.patch, "/v1/training-bases/\(id)", as: cast.xijiOrigin, json: change, headers: [.ifMatch: "\"1\""])
            #expect(updated.status == .ok)
            #expect(updated.json["capacity_per_cohort"] as? Int == 60 && updated.json["version"] as? Int == 2)
            #expect(updated.headers[.eTag] == "\"2\"")
            let stale = try await client.send(.patch, "/v1/training-bases/\(id)", as: cast.xijiOrigin, json: #"{"name":"改名"}"#, headers: [.ifMatch: "\"1\""])
            #expect(stale.status.code == 412)
            #expect(try await client.send(.patch, "/v1/training-bases/\(id)", as: cast.haiyuanOrigin, json: #"{"name":"改名"}"#, headers: [.ifMatch: "*"]).status == .notFound)
            let bad = try await client.send(.patch, "/v1/training-bases/\(id)", as: cast.xijiOrigin, json: #"{"occupations":["9999"]}"#, headers: [.ifMatch: "*"])
            #expect(bad.problemFields == ["occupations[0]"])
        }
    }
}
