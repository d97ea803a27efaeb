import Foundation
import HTTPTypes
import HummingbirdTesting
import MinningDomain
import MinningTestSupport
import Testing

/// Reports and the meeting pack in the console.
@Suite("The console: reports and the meeting pack")
struct ConsoleReportsTests {
    typealias Browser = ConsoleTests.Browser

    @Test("the meeting opens the pack under a policy that admits only its own stylesheet, and downloads each report as CSV; bureaus may not")
    func packAndFiles() async throws {
        try await withApp { client, cast, database in
            _ = try await ConsoleTests.account(database, cast, login: "meeting.one", name: "联席会议秘书", of: \.observer, role: .observer)
            var observer = Browser()
            _ = try await observer.logIn(client, login: "meeting.one")
            let index = try await observer.send(client, .get, "/reports")
            #expect(index.status == .ok && String(buffer: index.body).contains("/reports/meeting?year=2026"), "the clock's year by default")
            #expect(try await observer.send(client, .get, "/reports?year=abc").status == .unprocessableContent)

            let pack = try await observer.send(client, .get, "/reports/meeting?year=2026")
            let html = String(buffer: pack.body)
            #expect(pack.status == .ok && html.contains("<style>") && html.contains("2026"))
            let policy = try #require(pack.headers[.contentSecurityPolicy])
            let css = try #require(html.firstMatch(of: /<style>([\s\S]*?)<\/style>/).map { String($0.1) })
            #expect(policy.contains("style-src \(InlineStyleHash.source(for: css));") && !policy.contains("unsafe-inline") && !policy.contains("script-src"), "\(policy)")
            #expect(policy.contains("frame-ancestors 'none'"))

            for kind in ["funds", "labor", "subsidies", "parks"] {
                let file = try await observer.send(client, .get, "/reports/\(kind).csv?year=2026")
                #expect(file.status == .ok && file.headers[.contentType] == "text/csv; charset=utf-8", "\(kind)")
                #expect(file.headers[.contentDisposition] == "attachment; filename=\"\(kind)-2026.csv\"")
                #expect(String(buffer: file.body).unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }, "\(kind): Chinese headers")
            }

            _ = try await ConsoleTests.account(database, cast)
            var clerk = Browser()
            _ = try await clerk.logIn(client)
            #expect(try await clerk.send(client, .get, "/reports").status == .forbidden)
            #expect(try await clerk.send(client, .get, "/reports/meeting?year=2026").status == .forbidden)
            #expect(try await clerk.send(client, .get, "/reports/funds.csv?year=2026").status == .forbidden)
        }
    }
}
