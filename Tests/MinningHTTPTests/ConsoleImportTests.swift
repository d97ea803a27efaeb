import Foundation
import HTTPTypes
import HummingbirdTesting
import MinningDomain
import MinningTestSupport
import NIOCore
import Testing

/// Importing a village's list in the console: template, upload, the bad lines, confirmation.
@Suite("The console: importing workers")
struct ConsoleImportTests {
    typealias Browser = ConsoleTests.Browser

    static let boundary = "----MinningTestBoundary7MA4YWxk"

    /// A browser's multipart form: text fields, then one file.
    static func multipart(_ fields: [String: String], file: (name: String, bytes: [UInt8])?) -> ByteBuffer {
        var body = ""
        for (name, value) in fields.sorted(by: { $0.key < $1.key }) {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        var buffer = ByteBuffer(string: body)
        if let file {
            buffer.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(file.name)\"\r\nContent-Type: text/csv\r\n\r\n")
            buffer.writeBytes(file.bytes)
            buffer.writeString("\r\n")
        }
        buffer.writeString("--\(boundary)--\r\n")
        return buffer
    }

    static func upload(_ client: any TestClientProtocol, _ browser: Browser, _ fields: [String: String], file: (name: String, bytes: [UInt8])?) async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: "multipart/form-data; boundary=\(boundary)"]
        headers[.cookie] = browser.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        return try await client.execute(uri: "/imports/workers", method: .post, headers: headers, body: multipart(fields, file: file))
    }

    static func line(_ name: String, _ idNumber: String, _ phone: String) -> String {
        "\(name),\(idNumber),\(phone),640422,初中,脱贫人口,,7533,350100,7533,\"5,000\",是,2027/1/5,2026/11/20,书面签字,马文,外出务工就业服务"
    }

    @Test("the template downloads; a file with one bad line is refused whole with the line in a table; the fixed file is checked, then stored on confirmation, once")
    func importList() async throws {
        try await withApp { client, cast, database in
            _ = try await ConsoleTests.account(database, cast)
            var browser = Browser()
            _ = try await browser.logIn(client)
            let page = try await browser.send(client, .get, "/imports/workers")
            #expect(page.status == .ok && String(buffer: page.body).contains("enctype=\"multipart/form-data\""))
            let template = try await browser.send(client, .get, "/imports/workers/template.csv")
            #expect(template.headers[.contentDisposition]?.hasPrefix("attachment") == true && String(buffer: template.body).hasPrefix("\u{FEFF}姓名,身份证号"))
            let header = String(String(buffer: template.body).dropFirst()).split(separator: "\r\n")[0]
            let csrf = Browser.csrf(page)
            let good = Fixtures.idNumber(sequence: 71), fixed = Fixtures.idNumber(sequence: 72)
            let wrong = String(fixed.dropLast()) + (fixed.last == "0" ? "1" : "0")
            let bad = [String(header), Self.line("马丽", good, "13995002345"), Self.line("海燕<b>", wrong, "13995002346")].joined(separator: "\r\n") + "\r\n"

            let refused = try await Self.upload(client, browser, ["csrf": csrf], file: ("村名单.csv", Array(bad.utf8)))
            let refusedHTML = String(buffer: refused.body)
            #expect(refused.status == .unprocessableContent && refusedHTML.contains("检查未通过") && refusedHTML.contains("<tr><td>3</td>"), "\(refusedHTML)")
            #expect(try await ConsoleWorkerFormsTests.count(database, "SELECT count(*) FROM workers WHERE name IN ('马丽', '海燕<b>')") == 0)
            let forged = try await Self.upload(client, browser, ["csrf": "forged"], file: ("村名单.csv", Array(bad.utf8)))
            #expect(forged.status == .forbidden)
            let nothing = try await Self.upload(client, browser, ["csrf": csrf], file: nil)
            #expect(nothing.status == .unprocessableContent && String(buffer: nothing.body).contains("没有收到文件"))
            let binary = try await Self.upload(client, browser, ["csrf": csrf], file: ("photo.csv", [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]))
            #expect(binary.status == .unprocessableContent)

            let fixedFile = Array(bad.replacingOccurrences(of: wrong, with: fixed).utf8)
            let checked = try await Self.upload(client, browser, ["csrf": csrf], file: ("村名单.csv", fixedFile))
            let checkedHTML = String(buffer: checked.body)
            #expect(checked.status == .ok && checkedHTML.contains("检查通过") && checkedHTML.contains("共 2 名劳动者"), "\(checkedHTML)")
            #expect(try await ConsoleWorkerFormsTests.count(database, "SELECT count(*) FROM workers WHERE name IN ('马丽', '海燕<b>')") == 0, "a check stores nothing")
            let file = try #require(checkedHTML.firstMatch(of: /name="checked_file" value="([A-Za-z0-9+\/=]+)"/).map { String($0.1) })
            let stored = try await Self.upload(client, browser, ["csrf": csrf, "confirm": "yes", "checked_file": file, "file_name": "村名单.csv"], file: nil)
            #expect(stored.status == .ok && String(buffer: stored.body).contains("已导入 2 名劳动者"), "\(String(buffer: stored.body))")
            #expect(try await ConsoleWorkerFormsTests.count(database, "SELECT count(*) FROM workers WHERE name IN ('马丽', '海燕<b>')") == 2)
            let again = try await Self.upload(client, browser, ["csrf": csrf, "confirm": "yes", "checked_file": file, "file_name": "村名单.csv"], file: nil)
            #expect(again.status == .unprocessableContent, "a second confirmation finds the same people registered and stores nothing")
            #expect(try await ConsoleWorkerFormsTests.count(database, "SELECT count(*) FROM workers WHERE name IN ('马丽', '海燕<b>')") == 2)
            let audited = try await ConsoleWorkerFormsTests.count(database, "SELECT count(*) FROM audit_log WHERE action = 'import'")
            #expect(audited >= 1)
        }
    }

    @Test("imports are the origin side's: a destination bureau is refused the page and the upload")
    func refused() async throws {
        try await withApp { client, cast, database in
            _ = try await ConsoleTests.account(database, cast, login: "fz.clerk", name: "福州经办", of: \.fuzhouDestination, role: .destinationBureau)
            var browser = Browser()
            _ = try await browser.logIn(client, login: "fz.clerk")
            #expect(try await browser.send(client, .get, "/imports/workers").status == .forbidden)
            #expect(try await browser.send(client, .get, "/imports/workers/template.csv").status == .forbidden)
            let csrf = Browser.csrf(try await browser.send(client, .get, "/"))
            #expect(try await Self.upload(client, browser, ["csrf": csrf], file: ("x.csv", Array("姓名\r\n".utf8))).status == .forbidden)
        }
    }
}
