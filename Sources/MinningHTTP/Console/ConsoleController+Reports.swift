import Foundation
import Hummingbird
import MinningDomain
import MinningServices

/// Reports for the cooperation offices, the meeting and admins: the year's meeting pack to open and
/// print, and each report as a CSV file for Excel — the same use cases as `/v1/reports/…`.
extension ConsoleController {
    func addReportRoutes(to router: Router<MinningRequestContext>) {
        router.get("/reports", use: signedIn(title: "报表") { request, _, session in
            try Permission.readReports.check(session.principal)
            let year = reportYear(request)
            return page(pages.reports(year: year ?? services.clock.today.year, typed: year == nil ? request.uri.queryParameters["year"].map(String.init) : nil),
                        title: "报表", session: session, status: year == nil && request.uri.queryParameters["year"] != nil ? .unprocessableContent : .ok)
        })
        router.get("/reports/meeting", use: signedIn(title: "联席会议材料") { request, _, session in
            guard let year = reportYear(request) else { return redirect("/reports") }
            let pack = try await services.reports.meetingPack(year: year, for: .caller(session.principal))
            return Self.packResponse(pack.html())
        })
        for kind in Self.reportFiles {
            router.get("/reports/\(kind).csv", use: signedIn(title: "报表") { request, _, session in
                try await reportFile(kind, request, session)
            })
        }
    }

    static let reportFiles = ["funds", "labor", "subsidies", "parks"]

    private func reportFile(_ kind: String, _ request: Request, _ session: ConsoleSession) async throws -> Response {
        guard let year = reportYear(request) else { return redirect("/reports") }
        let reader = Requester.caller(session.principal)
        let text: String
        switch kind {
        case "funds": text = try await services.reports.funds(year: year, for: reader).csv()
        case "labor":
            text = try await services.reports.labor(from: CalendarDay(year: year, month: 1, day: 1)!, to: CalendarDay(year: year, month: 12, day: 31)!, for: reader).csv()
        case "subsidies": text = try await services.reports.subsidies(year: year, for: reader).csv()
        case "parks": text = try await services.reports.parks(year: year, for: reader).csv()
        default: throw DomainError.notFound(.noneInScope(.object))
        }
        var response = Response(status: .ok, headers: Self.pageHeaders, body: .init(byteBuffer: ByteBuffer(string: text)))
        response.headers[.contentType] = "text/csv; charset=utf-8"
        response.headers[.contentDisposition] = "attachment; filename=\"\(kind)-\(year).csv\""
        return response
    }

    /// The year asked for, when it is one a report covers.
    private func reportYear(_ request: Request) -> Int? {
        request.uri.queryParameters["year"].flatMap { Int(String($0)) }.flatMap { (1996...2100).contains($0) ? $0 : nil }
    }

    /// The pack is a document of its own (printed as it is), with one inline stylesheet: the page's
    /// policy admits exactly that stylesheet, by its hash, and still no script.
    static func packResponse(_ html: String) -> Response {
        var headers = pageHeaders
        if let start = html.range(of: "<style>"), let end = html.range(of: "</style>", range: start.upperBound..<html.endIndex) {
            let source = InlineStyleHash.source(for: String(html[start.upperBound..<end.lowerBound]))
            headers[.contentSecurityPolicy] = "default-src 'none'; style-src \(source); img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        }
        var response = Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
        response.headers[.contentType] = "text/html; charset=utf-8"
        return response
    }
}
