import Foundation
import HTTPTypes
import HummingbirdTesting
import MinningDomain
import MinningTestSupport
import Testing

/// Industrial parks in the console: a cooperation office registers a park, its enterprises and
/// their yearly figures; observers read.
@Suite("The console: industrial parks")
struct ConsoleParksTests {
    typealias Browser = ConsoleTests.Browser

    @Test("an office registers a park and an enterprise relocated from Fujian (its name shown as text), and a year's figures; wrong figures are refused; an observer reads without forms")
    func parkEnterpriseYear() async throws {
        try await withApp { client, cast, database in
            _ = try await ConsoleTests.account(database, cast, login: "nx.office", name: "协作办", of: \.ningxiaOffice, role: .cooperationOffice)
            var office = Browser()
            _ = try await office.logIn(client, database, login: "nx.office")
            let list = try await office.send(client, .get, "/parks")
            #expect(list.status == .ok && String(buffer: list.body).contains("登记产业园"))
            let csrf = Browser.csrf(list)
            let outside = try await office.send(client, .post, "/parks", form: ["csrf": csrf, "name": "福清园", "region_code": "350181", "established_on": "2021-05-01"])
            #expect(outside.status == .unprocessableContent, "a Ningxia office holds no park in Fujian")
            let made = try await office.send(client, .post, "/parks", form: [
                "csrf": csrf, "once": ConsoleToken.generate().text, "name": "闽宁镇产业园", "region_code": "640121", "established_on": "2021/5/1",
            ])
            let location = try #require(made.headers[.location], "\(String(buffer: made.body))")
            #expect(location.hasPrefix("/parks/") && location.hasSuffix("?saved=park"))
            let park = String(location.dropFirst("/parks/".count).prefix(36))

            let badEnterprise = try await office.send(client, .post, "/parks/\(park)/enterprises", form: [
                "csrf": csrf, "name": "A&B<C> 光伏", "credit_code": "123", "relocated_from_region_code": "35", "industry_code": "C", "investment_yuan": "",
                "entered_on": "2022-03-01",
            ])
            let problems = String(buffer: badEnterprise.body)
            #expect(badEnterprise.status == .unprocessableContent && problems.contains("统一社会信用代码") && problems.contains("迁出地") && problems.contains("投资额"))
            let added = try await office.send(client, .post, "/parks/\(park)/enterprises", form: [
                "csrf": csrf, "once": ConsoleToken.generate().text, "name": "A&B<C> 光伏", "credit_code": Fixtures.creditCode(9, region: "350181"),
                "relocated_from_region_code": "350181", "industry_code": "C", "investment_yuan": "12,000,000", "entered_on": "2022-03-01",
            ])
            #expect(added.headers[.location] == "/parks/\(park)?saved=enterprise", "\(String(buffer: added.body))")
            let page = String(buffer: try await office.send(client, .get, "/parks/\(park)").body)
            #expect(page.contains("A&amp;B&lt;C&gt; 光伏") && !page.contains("A&B<C>") && page.contains("福清市（350181）") && page.contains("12,000,000.00"), "\(page)")
            let enterprise = try #require(try await database.query("SELECT id FROM park_enterprises").collect().first?.decode(UUID.self)).uuidString.lowercased()
            let year = TestClock.today.year
            let tooMany = try await office.send(client, .post, "/parks/\(park)/enterprises/\(enterprise)/years", form: [
                "csrf": csrf, "year": "\(year)", "jobs": "120", "local_hires": "130", "priority_hires": "40", "output_value_yuan": "30000000",
            ])
            #expect(tooMany.status == .unprocessableContent, "local hires are among the jobs")
            let saved = try await office.send(client, .post, "/parks/\(park)/enterprises/\(enterprise)/years", form: [
                "csrf": csrf, "year": "\(year)", "jobs": "120", "local_hires": "100", "priority_hires": "40", "output_value_yuan": "30,000,000",
            ])
            #expect(saved.headers[.location] == "/parks/\(park)?saved=year", "\(String(buffer: saved.body))")
            #expect(try await ConsoleWorkerFormsTests.count(database, "SELECT count(*) FROM park_enterprise_years WHERE jobs = 120 AND priority_hires = 40") == 1)

            // Investment as it arrives and headcounts, each on its day.
            let arrival = try await office.send(client, .post, "/parks/\(park)/enterprises/\(enterprise)/investments", form: [
                "csrf": csrf, "once": ConsoleToken.generate().text, "arrived_on": "2026/3/1", "amount_yuan": "4,500,000", "evidence_ref": "验资〔2026〕3号",
            ])
            #expect(arrival.headers[.location] == "/parks/\(park)?saved=investment", "\(String(buffer: arrival.body))")
            let early = try await office.send(client, .post, "/parks/\(park)/enterprises/\(enterprise)/headcounts", form: [
                "csrf": csrf, "counted_on": "2022/1/1", "jobs": "100", "lifted_jobs": "30", "local_jobs": "90",
            ])
            #expect(early.status == .unprocessableContent, "counted before the enterprise entered (2022-03-01)")
            let counted = try await office.send(client, .post, "/parks/\(park)/enterprises/\(enterprise)/headcounts", form: [
                "csrf": csrf, "counted_on": "2026/9/30", "jobs": "150", "lifted_jobs": "45", "local_jobs": "130",
            ])
            #expect(counted.headers[.location] == "/parks/\(park)?saved=headcount")
            let twice = try await office.send(client, .post, "/parks/\(park)/enterprises/\(enterprise)/headcounts", form: [
                "csrf": csrf, "counted_on": "2026/9/30", "jobs": "151", "lifted_jobs": "45", "local_jobs": "130",
            ])
            #expect(twice.status == .conflict && String(buffer: twice.body).contains("更正该日已有数据"))
            let corrected = try await office.send(client, .post, "/parks/\(park)/enterprises/\(enterprise)/headcounts", form: [
                "csrf": csrf, "counted_on": "2026/9/30", "jobs": "150", "lifted_jobs": "45", "local_jobs": "130", "correct": "1",
            ])
            #expect(corrected.headers[.location] == "/parks/\(park)?saved=headcount")
            let facts = String(buffer: try await office.send(client, .get, "/parks/\(park)?saved=headcount").body)
            #expect(facts.contains("4,500,000.00") && facts.contains("150 人（脱贫人口 45 人，2026-09-30）") && facts.contains("已保存该日的用工人数"), "\(facts)")

            _ = try await ConsoleTests.account(database, cast, login: "meeting.one", name: "秘书", of: \.observer, role: .observer)
            var observer = Browser()
            _ = try await observer.logIn(client, login: "meeting.one")
            let read = String(buffer: try await observer.send(client, .get, "/parks/\(park)").body)
            #expect(read.contains("A&amp;B&lt;C&gt; 光伏") && !read.contains("登记入园企业") && !read.contains("到位日期") && read.contains("4,500,000.00"))
        }
    }
}
