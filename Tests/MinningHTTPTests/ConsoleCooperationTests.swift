import Foundation
import HTTPTypes
import HummingbirdTesting
import MinningDomain
import MinningTestSupport
import NIOCore
import Testing

/// Talent, consumption and donations in the console (issue 16, items 2–4): an office records them
/// for a pairing of its scope; a county's purchase ledger comes in from Excel whole or not at all.
@Suite("The console: talent, consumption, donations")
struct ConsoleCooperationTests {
    typealias Browser = ConsoleTests.Browser

    @Test("an office adds a posting (refused fields named), uploads a purchase ledger (one bad line stores nothing; the fixed file lands whole, in 元), adds a donation; the meeting reads without forms")
    func officeRecords() async throws {
        try await withApp { client, cast, database in
            _ = try await ConsoleTests.account(database, cast, login: "nx.office", name: "协作办", of: \.ningxiaOffice, role: .cooperationOffice)
            _ = try await ConsoleTests.account(database, cast, login: "meeting.one", name: "秘书处", of: \.observer, role: .observer)
            let pairing = try await CooperationRecordsTests.pairing(client, cast, fujian: "350181", ningxia: "640422")
            var office = Browser()
            _ = try await office.logIn(client, database, login: "nx.office")
            let page = try await office.send(client, .get, "/cooperation?year=2026&pairing=\(pairing)")
            #expect(page.status == .ok && String(buffer: page.body).contains("登记选派人员") && String(buffer: page.body).contains("福清市—西吉县"), "\(String(buffer: page.body))")
            let csrf = Browser.csrf(page)
            let bad = try await office.send(client, .post, "/cooperation/talent", form: [
                "csrf": csrf, "year": "2026", "pairing_id": "\(pairing)", "person_name": "", "kind": "cadre", "direction": "to_ningxia",
                "home_unit": "福清市发改局", "host_unit": "西吉县政府", "post": "副县长", "starts_on": "2026/2/30",
            ])
            let badText = String(buffer: bad.body)
            #expect(bad.status == .unprocessableContent && badText.contains("请填写姓名") && badText.contains("2026/2/30"), "\(badText)")
            let saved = try await office.send(client, .post, "/cooperation/talent", form: [
                "csrf": csrf, "once": ConsoleToken.generate().text, "year": "2026", "pairing_id": "\(pairing)", "person_name": "林志强", "kind": "cadre",
                "direction": "to_ningxia", "home_unit": "福清市发改局", "host_unit": "西吉县政府", "post": "副县长（挂职）", "starts_on": "2026/1/1",
            ])
            #expect(saved.headers[.location] == "/cooperation?year=2026&pairing=\(pairing)&saved=talent", "\(String(buffer: saved.body))")
            let listed = String(buffer: try await office.send(client, .get, "/cooperation?year=2026&pairing=\(pairing)&saved=talent").body)
            #expect(listed.contains("林志强") && listed.contains("在岗") && listed.contains("331"), "2026-01-01 to 2026-11-27: \(listed)")

            let header = "采购单位,采购方类型,产品类别,产地县区代码,采购金额（元）,采购日期,凭证编号\r\n"
            let good = header + "福清市总工会,工会,枸杞,640422,\"8,000.50\",2026/4/1,GH-01\r\n"
            func upload(_ text: String) async throws -> TestResponse {
                var headers: HTTPFields = [.contentType: "multipart/form-data; boundary=\(ConsoleImportTests.boundary)"]
                headers[.cookie] = office.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
                return try await client.execute(uri: "/cooperation/consumption", method: .post, headers: headers, body: ConsoleImportTests.multipart(
                    ["csrf": csrf, "year": "2026", "pairing_id": "\(pairing)"], file: ("采购台账.csv", Array(text.utf8))))
            }
            let refused = try await upload(good + "某电商,网店,枸杞,640522,12,2026/5/1,X\r\n")
            let refusedText = String(buffer: refused.body)
            #expect(refused.status == .unprocessableContent && refusedText.contains("未导入任何数据") && refusedText.contains("buyer_kind") && refusedText.contains("origin_region_code") == false,
                    "the origin is checked once the lines parse: \(refusedText)")
            #expect(try await ConsoleWorkerFormsTests.count(database, "SELECT count(*) FROM consumption_purchases") == 0)
            let landed = try await upload(good)
            #expect(landed.headers[.location] == "/cooperation?year=2026&pairing=\(pairing)&saved=1", "\(String(buffer: landed.body))")
            let afterImport = String(buffer: try await office.send(client, .get, "/cooperation?year=2026&pairing=\(pairing)&saved=1").body)
            #expect(afterImport.contains("已导入 1 笔") && afterImport.contains("8,000.50") && afterImport.contains("西吉县"))

            let gift = try await office.send(client, .post, "/cooperation/donations", form: [
                "csrf": csrf, "once": ConsoleToken.generate().text, "year": "2026", "pairing_id": "\(pairing)", "donor_name": "福耀玻璃", "donor_kind": "enterprise",
                "form": "in_kind", "value_yuan": "50,000", "description": "", "received_on": "2026/9/1",
            ])
            #expect(gift.status == .unprocessableContent && String(buffer: gift.body).contains("form"), "goods need a description: \(String(buffer: gift.body))")
            let given = try await office.send(client, .post, "/cooperation/donations", form: [
                "csrf": csrf, "once": ConsoleToken.generate().text, "year": "2026", "pairing_id": "\(pairing)", "donor_name": "福耀玻璃", "donor_kind": "enterprise",
                "form": "in_kind", "value_yuan": "50,000", "description": "课桌椅 200 套", "received_on": "2026/9/1",
            ])
            #expect(given.headers[.location] == "/cooperation?year=2026&pairing=\(pairing)&saved=donation")

            var meeting = Browser()
            _ = try await meeting.logIn(client, database, login: "meeting.one")
            let read = String(buffer: try await meeting.send(client, .get, "/cooperation?year=2026&pairing=\(pairing)").body)
            #expect(read.contains("林志强") && read.contains("8,000.50") && read.contains("课桌椅 200 套") && !read.contains("登记选派人员") && !read.contains("导入采购台账"))
        }
    }
}
