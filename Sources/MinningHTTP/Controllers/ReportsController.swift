import Foundation
import HTTPTypes
import Hummingbird
import MinningDomain
import MinningPersistence
import MinningServices

/// The labor, subsidy and parks reports, as JSON or as CSV for Excel.
struct ReportsController {
    let service: ReportService
    let assessment: AssessmentService

    func addRoutes(to group: RouterGroup<MinningRequestContext>) {
        group.get("/reports/labor") { request, context in
            let caller = try context.caller(allowedBy: .readReports)
            var query = QueryReader(request)
            let year = query.integer("year", in: 1996...2100)
            let from = query.string("from", describedAs: .notISODate) { CalendarDay(iso: $0) != nil }.flatMap { CalendarDay(iso: $0) }
            let to = query.string("to", describedAs: .notISODate) { CalendarDay(iso: $0) != nil }.flatMap { CalendarDay(iso: $0) }
            let format = query.oneOf("format", ReportFormat.self)
            try query.finish()
            let period = try ReportPeriod.resolve(year: year, from: from, to: to)
            let report = try await service.labor(from: period.from, to: period.to, for: .caller(caller))
            if Self.wantsCSV(format, request) { return Self.csv(report.csv(), name: "labor-\(period.from)-\(period.to)") }
            return try APIJSON.response(LaborReportBody(report))
        }
        group.get("/reports/subsidies") { request, context in
            let caller = try context.caller(allowedBy: .readReports)
            let asked = try YearlyReportQuery(request)
            let report = try await service.subsidies(year: asked.year, narrowedTo: asked.narrowedTo, for: .caller(caller))
            if Self.wantsCSV(asked.format, request) { return Self.csv(report.csv(), name: "subsidies-\(asked.fileSuffix)") }
            return try APIJSON.response(SubsidyReportBody(report, period: asked.period))
        }
        group.get("/reports/parks") { request, context in
            let caller = try context.caller(allowedBy: .readReports)
            let asked = try YearlyReportQuery(request)
            let report = try await service.parks(year: asked.year, narrowedTo: asked.narrowedTo, for: .caller(caller))
            if Self.wantsCSV(asked.format, request) { return Self.csv(report.csv(), name: "parks-\(asked.fileSuffix)") }
            return try APIJSON.response(ParksReportBody(report, period: asked.period))
        }
        group.get("/reports/assessment") { request, context in
            let caller = try context.caller(allowedBy: .readReports)
            var query = QueryReader(request)
            let year = query.integer("year", in: 1996...2100)
            let format = query.oneOf("format", ReportFormat.self)
            try query.finish()
            guard let year else { throw Problem.validation([FieldIssue(field: "year", message: .required)]) }
            let report = try await assessment.report(year: year, for: .caller(caller))
            if Self.wantsCSV(format, request) { return Self.csv(report.csv(), name: "assessment-\(year)") }
            return try APIJSON.response(AssessmentReportBody(report))
        }
        Self.meetingRoute(group, service)
    }

    static func meetingRoute(_ group: RouterGroup<MinningRequestContext>, _ service: ReportService) {
        group.get("/reports/meeting") { request, context in
            let caller = try context.caller(allowedBy: .readReports)
            var query = QueryReader(request)
            let year = query.integer("year", in: 1996...2100)
            let meetingDate = query.string("meeting_date", describedAs: .notISODate) { CalendarDay(iso: $0) != nil }.flatMap { CalendarDay(iso: $0) }
            try query.finish()
            guard let year else { throw Problem.validation([FieldIssue(field: "year", message: .required)]) }
            let pack = try await service.meetingPack(year: year, meetingDate: meetingDate, for: .caller(caller))
            return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: pack.html())))
        }
    }


    static func wantsCSV(_ format: ReportFormat?, _ request: Request) -> Bool {
        (format ?? ReportFormat(accept: request.headers[.accept])) == .csv
    }

    static func csv(_ text: String, name: String) -> Response {
        Response(
            status: .ok,
            headers: [.contentType: "text/csv; charset=utf-8", .contentDisposition: "attachment; filename=\"\(name).csv\""],
            body: .init(byteBuffer: ByteBuffer(string: text))
        )
    }
}

struct LaborReportBody: Encodable, Sendable {
    struct Counts: Encodable, Sendable {
        let registered, matched, hired, employed3Months, employed6Months, separated: Int
        init(_ c: LaborReport.Counts) {
            registered = c.registered
            matched = c.matched
            hired = c.hired
            employed3Months = c.employed3Months
            employed6Months = c.employed6Months
            separated = c.separated
        }

        enum CodingKeys: String, CodingKey {
            case registered, matched, hired, separated
            case employed3Months = "employed_3_months"
            case employed6Months = "employed_6_months"
        }
    }

    struct Line: Encodable, Sendable {
        let code: String
        let name: String
        let counts: Counts
    }

    let from: String
    let to: String
    let totals: Counts
    let byOriginProvince: [Line]
    let byOriginCounty: [Line]
    let byFujianCity: [Line]
    let byPovertyStatus: [Line]
    let medianDaysToProposal: Double?
    let medianDaysToHire: Double?

    init(_ report: LaborReport) {
        func lines(_ items: [LaborReport.Line]) -> [Line] { items.map { Line(code: $0.code, name: $0.name, counts: Counts($0.counts)) } }
        from = report.from.description
        to = report.to.description
        totals = Counts(report.totals)
        byOriginProvince = lines(report.byOriginProvince)
        byOriginCounty = lines(report.byOriginCounty)
        byFujianCity = lines(report.byFujianCity)
        byPovertyStatus = lines(report.byPovertyStatus)
        medianDaysToProposal = report.medianDaysToProposal
        medianDaysToHire = report.medianDaysToHire
    }
}

struct SubsidyReportBody: Encodable, Sendable {
    struct Line: Encodable, Sendable {
        let policyCode: String
        let policyName: String
        let status: SubsidyClaimStatus
        let claims: Int
        let amountFen: Int
    }

    let year: Int
    let from: String
    let to: String
    let lines: [Line]
    let paidFen: Int
    let pendingFen: Int

    init(_ report: SubsidyReport, period: ReportPeriod) {
        year = report.year
        from = period.from.description
        to = period.to.description
        lines = report.lines.map { Line(policyCode: $0.policyCode, policyName: $0.policyName, status: $0.status, claims: $0.claims, amountFen: $0.amountFen) }
        paidFen = report.total(.paid).amountFen
        pendingFen = report.total(.pending).amountFen
    }
}

struct ParksReportBody: Encodable, Sendable {
    struct Line: Encodable, Sendable {
        let parkName: String
        let regionCode: String
        let regionName: String
        let enterprises: Int
        let relocatedFromFujian: Int
        let investmentFen: Int
        let jobs: Int
        let localHires: Int
        let priorityHires: Int
        let outputValueFen: Int

        init(_ l: ParksReport.Line) {
            parkName = l.parkName
            regionCode = l.regionCode
            regionName = l.regionName
            enterprises = l.enterprises
            relocatedFromFujian = l.relocatedFromFujian
            investmentFen = l.investmentFen
            jobs = l.jobs
            localHires = l.localHires
            priorityHires = l.priorityHires
            outputValueFen = l.outputValueFen
        }
    }

    let year: Int
    let from: String
    let to: String
    let parks: [Line]
    let totals: Line

    init(_ report: ParksReport, period: ReportPeriod) {
        year = report.year
        from = period.from.description
        to = period.to.description
        parks = report.parks.map(Line.init)
        totals = Line(report.totals)
    }
}
