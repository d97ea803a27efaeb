import Foundation
import HTTPTypes
import HummingbirdTesting
import MinningDomain
import MinningTestSupport
import Testing

/// Training enrolments in the console.
@Suite("The console: training enrolments")
struct ConsoleTrainingTests {
    typealias Browser = ConsoleTests.Browser

    @Test("an origin clerk enrols a worker found by 身份证号 (the search audited), once per form, and records a certificate that becomes her skill; another county's clerk sees none of it")
    func enrolAndCertify() async throws {
        try await withApp { client, cast, database in
            let employer = try #require(try await client.send(.post, "/v1/employers", as: cast.fuzhouDestination, json: Fixtures.employerJSON()).json["id"] as? String)
            let base = try #require(try await client.send(.post, "/v1/training-bases", as: cast.xijiOrigin,
                json: #"{"name":"西吉闽宁服装培训基地","operator_employer_id":"\#(employer)","region_code":"640422","occupations":["7531","8153"],"capacity_per_cohort":40}"#).json["id"] as? String)
            let idNumber = Fixtures.idNumber(sequence: 81)
            let worker = try #require(try await client.send(.post, "/v1/workers", as: cast.xijiOrigin, json: Fixtures.workerJSON(idNumber: idNumber, name: "马小芳")).json["id"] as? String)
            _ = try await ConsoleTests.account(database, cast)
            var clerk = Browser()
            _ = try await clerk.logIn(client)
            let list = String(buffer: try await clerk.send(client, .get, "/training").body)
            #expect(list.contains("西吉闽宁服装培训基地") && list.contains("href=\"/training/\(base)\""), "\(list)")
            let page = try await clerk.send(client, .get, "/training/\(base)")
            let once = try #require(ConsoleWorkerFormsTests.hidden("once", page))
            var form = ["csrf": Browser.csrf(page), "once": once, "id_number": idNumber, "occupation_code": "7533",
                        "starts_on": TestClock.today.adding(days: 7).description, "ends_on": TestClock.today.adding(days: 37).description]
            let untaught = try await clerk.send(client, .post, "/training/\(base)/enrol", form: form)
            #expect(untaught.status == .unprocessableContent && String(buffer: untaught.body).contains("7531"), "\(String(buffer: untaught.body))")
            form["occupation_code"] = "8153"
            let unknown = try await clerk.send(client, .post, "/training/\(base)/enrol", form: form.merging(["id_number": Fixtures.idNumber(sequence: 82)]) { $1 })
            // The message masks the number; the form keeps what was typed, for the clerk to correct.
            #expect(unknown.status == .unprocessableContent && String(buffer: unknown.body).contains("身份证号为 \(Masking.idNumber(Fixtures.idNumber(sequence: 82))) 的劳动者"))
            let enrolled = try await clerk.send(client, .post, "/training/\(base)/enrol", form: form)
            #expect(enrolled.headers[.location] == "/training/\(base)?saved=enrolled", "\(String(buffer: enrolled.body))")
            #expect(try await clerk.send(client, .post, "/training/\(base)/enrol", form: form).headers[.location] == enrolled.headers[.location], "a second press enrols no one twice")
            #expect(try await ConsoleWorkerFormsTests.count(database, "SELECT count(*) FROM enrolments") == 1)
            #expect(try await ConsoleWorkerFormsTests.count(database, "SELECT count(*) FROM audit_log WHERE action = 'search_personal_data'") >= 1)
            let shown = try await clerk.send(client, .get, "/training/\(base)")
            #expect(String(buffer: shown.body).contains("马小芳") && String(buffer: shown.body).contains("登记结果"))
            let enrolment = try #require(try await database.query("SELECT id FROM enrolments").collect().first?.decode(UUID.self)).uuidString.lowercased()
            let path = "/training/\(base)/enrolments/\(enrolment)/outcome"
            let noCertificate = try await clerk.send(client, .post, path, form: ["csrf": Browser.csrf(shown), "outcome": "certified"])
            #expect(noCertificate.status == .unprocessableContent)
            let certified = try await clerk.send(client, .post, path, form: ["csrf": Browser.csrf(shown), "outcome": "certified", "certificate": "缝纫工", "level": "4"])
            #expect(certified.headers[.location] == "/training/\(base)?saved=outcome", "\(String(buffer: certified.body))")
            let skills = try await client.send(.get, "/v1/workers/\(worker)", as: cast.xijiOrigin)
            #expect("\(skills.json["skills"] ?? "")".contains("8153"), "\(skills.json)")

            _ = try await ConsoleTests.account(database, cast, login: "hy.clerk", name: "海原经办", of: \.haiyuanOrigin, role: .originBureau)
            var other = Browser()
            _ = try await other.logIn(client, login: "hy.clerk")
            #expect(!String(buffer: try await other.send(client, .get, "/training/\(base)").body).contains("马小芳"))
        }
    }
}
