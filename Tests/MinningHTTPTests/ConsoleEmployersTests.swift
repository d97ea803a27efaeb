import Foundation
import HTTPTypes
import HummingbirdTesting
import MinningDomain
import MinningTestSupport
import Testing

/// A destination bureau's employers in the console.
@Suite("The console: employers")
struct ConsoleEmployersTests {
    typealias Browser = ConsoleTests.Browser

    @Test("a destination clerk registers an employer of the bureau's region (problems beside their fields, the phone masked, once per form); one outside the region is refused")
    func register() async throws {
        try await withApp { client, cast, database in
            _ = try await ConsoleTests.account(database, cast, login: "fz.clerk", name: "福州经办", of: \.fuzhouDestination, role: .destinationBureau)
            var clerk = Browser()
            _ = try await clerk.logIn(client, login: "fz.clerk")
            let page = try await clerk.send(client, .get, "/employers")
            #expect(page.status == .ok && String(buffer: page.body).contains("本辖区还没有登记用人单位") && String(buffer: page.body).contains("C 制造业"))
            let once = try #require(ConsoleWorkerFormsTests.hidden("once", page))
            var form = [
                "csrf": Browser.csrf(page), "once": once, "name": "福州闽宁<b>服装</b>有限公司", "credit_code": "91350100MA00000011",
                "region_code": "350102", "industry_code": "C", "size": "medium", "contact_name": "陈明", "contact_phone": "1391234567",
            ]
            let bad = try await clerk.send(client, .post, "/employers", form: form)
            #expect(bad.status == .unprocessableContent && !ConsoleWorkerFormsTests.problems("contact_phone", bad).isEmpty && !ConsoleWorkerFormsTests.problems("credit_code", bad).isEmpty,
                    "\(String(buffer: bad.body))")
            form["contact_phone"] = "13912345678"
            form["credit_code"] = Fixtures.creditCode(7)
            form["region_code"] = "350602"
            let elsewhere = try await clerk.send(client, .post, "/employers", form: form)
            #expect(elsewhere.status == .unprocessableContent && !ConsoleWorkerFormsTests.problems("region_code", elsewhere).isEmpty, "漳州 is not 福州's")
            form["region_code"] = "350102"
            let saved = try await clerk.send(client, .post, "/employers", form: form)
            #expect(saved.headers[.location] == "/employers?saved=1", "\(String(buffer: saved.body))")
            #expect(try await clerk.send(client, .post, "/employers", form: form).headers[.location] == "/employers?saved=1", "a second press registers nothing more")
            #expect(try await ConsoleWorkerFormsTests.count(database, "SELECT count(*) FROM employers") == 1)
            let listed = String(buffer: try await clerk.send(client, .get, "/employers?saved=1").body)
            #expect(listed.contains("福州闽宁&lt;b&gt;服装&lt;/b&gt;有限公司") && listed.contains("陈明 139****5678") && !listed.contains("13912345678"), "\(listed)")
            let again = try await clerk.send(client, .post, "/employers", form: form.merging(["once": ConsoleToken.generate().text]) { $1 })
            #expect(again.status == .unprocessableContent && !ConsoleWorkerFormsTests.problems("credit_code", again).isEmpty, "the same credit code twice")
        }
    }
}
