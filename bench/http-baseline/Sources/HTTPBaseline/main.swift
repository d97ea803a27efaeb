// The least a Hummingbird + PostgresNIO service can do for Minning's two measured reads:
//   GET /hello               plain text "hello", no database (against Minning's GET /healthz)
//   GET /v1/vacancies/{id}   one SELECT by id, the columns Minning's VacancyRepository.fetch reads,
//                            encoded as the JSON fields of Minning's VacancyBody
// No authentication, no middleware, no logging per request: what is left is the framework, the
// driver and PostgreSQL.
//
// usage: http-baseline [--port 8099] [--host 127.0.0.1] [--max-database-connections 20]
// environment: DATABASE_URL (postgres://user:password@host:port/database), required.
import Foundation
import Hummingbird
import Logging
import PostgresNIO

/// Minning's vacancy as its API shows it (Sources/MinningHTTP/VacancyBodies.swift): same fields,
/// same snake_case names, ids in lower case, dates as ISO 8601, so that the bytes are the same.
struct VacancyBody: Codable, Sendable {
    let id: String
    let employerId: String
    let title: String
    let occupationCode: String
    let openings: Int
    let wageMinFen: Int
    let wageMaxFen: Int
    let housingProvided: Bool
    let mealsProvided: Bool
    let workRegionCode: String
    let minAge: Int
    let maxAge: Int
    let minEducation: String
    let requiredCertificates: [String]
    let startsOn: String
    let closesOn: String
    let status: String
    let postedByBureauId: String
    let version: Int
    let createdAt: Date
    let updatedAt: Date

    enum CodingKeys: String, CodingKey {
        case id
        case employerId = "employer_id"
        case title
        case occupationCode = "occupation_code"
        case openings
        case wageMinFen = "wage_min_fen"
        case wageMaxFen = "wage_max_fen"
        case housingProvided = "housing_provided"
        case mealsProvided = "meals_provided"
        case workRegionCode = "work_region_code"
        case minAge = "min_age"
        case maxAge = "max_age"
        case minEducation = "min_education"
        case requiredCertificates = "required_certificates"
        case startsOn = "starts_on"
        case closesOn = "closes_on"
        case status
        case postedByBureauId = "posted_by_bureau_id"
        case version
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}

/// A PostgreSQL `date` as YYYY-MM-DD (Minning prints its own date type the same way). PostgresNIO
/// decodes `date` to midnight UTC; the civil date is computed from the day number, with no Calendar.
func dayString(_ date: Date) -> String {
    // Howard Hinnant's civil_from_days.
    let z = Int((date.timeIntervalSince1970 / 86_400).rounded(.down)) + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    func pad(_ n: Int, _ width: Int) -> String { let s = String(n); return String(repeating: "0", count: max(0, width - s.count)) + s }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
}

/// The command line: three options, read by hand to keep the package to two dependencies.
func option(_ name: String, default value: String) -> String {
    let arguments = CommandLine.arguments
    if let index = arguments.firstIndex(of: name), index + 1 < arguments.count { return arguments[index + 1] }
    return value
}

guard let urlText = ProcessInfo.processInfo.environment["DATABASE_URL"],
      let url = URLComponents(string: urlText), let dbHost = url.host, let user = url.user
else {
    FileHandle.standardError.write(Data("http-baseline: set DATABASE_URL=postgres://user:password@host:port/database\n".utf8))
    exit(2)
}
let host = option("--host", default: "127.0.0.1")
let port = Int(option("--port", default: "8099"))!
var logger = Logger(label: "http-baseline")
logger.logLevel = .error

// Minning's serve default pool (--max-database-connections 20), TLS off and a 5 s connect timeout,
// as its DatabaseURL.clientConfiguration sets them for a local URL.
var configuration = PostgresClient.Configuration(
    host: dbHost, port: url.port ?? 5432, username: user, password: url.password,
    database: String(url.path.dropFirst()), tls: .disable
)
configuration.options.maximumConnections = Int(option("--max-database-connections", default: "20"))!
configuration.options.connectTimeout = .seconds(5)
let client = PostgresClient(configuration: configuration, backgroundLogger: logger)

// Minning's APIJSON settings but the key strategy (the CodingKeys carry the snake_case names):
// the same bytes out, made once rather than per response.
let encoder = JSONEncoder()
encoder.dateEncodingStrategy = .iso8601
encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]

let router = Router()
router.get("/hello") { _, _ in "hello" }
router.get("/v1/vacancies/:id") { _, context -> Response in
    guard let id = UUID(uuidString: try context.parameters.require("id")) else { throw HTTPError(.notFound) }
    // The SELECT of Minning's VacancyRepository.fetch (VacancyColumns.select), verbatim.
    let rows = try await client.query(
        """
        SELECT v.id, v.employer_id, e.region_code AS employer_region_code, v.title, v.occupation_code, v.openings,
        v.wage_min_fen, v.wage_max_fen, v.housing_provided, v.meals_provided, v.work_region_code, v.min_age, v.max_age,
        v.min_education, v.required_certificates, v.starts_on, v.closes_on, v.status, v.posted_by_bureau, v.version,
        v.created_at, v.updated_at, (extract(epoch FROM v.created_at) * 1000000)::bigint AS created_at_microseconds
        FROM vacancies v JOIN employers e ON e.id = v.employer_id
        WHERE v.id = \(id)
        """,
        logger: logger
    )
    var body: VacancyBody?
    for try await row in rows {
        let (id, employerId, _, title, occupationCode, openings, wageMinFen, wageMaxFen, housing, meals, workRegion,
             minAge, maxAge, minEducation, certificates, startsOn, closesOn, status, postedBy, version,
             createdAt, updatedAt, _) =
            try row.decode((UUID, UUID, String, String, String, Int, Int, Int, Bool, Bool, String, Int, Int, String, [String],
                            Date, Date, String, UUID, Int, Date, Date, Int64).self)
        body = VacancyBody(
            id: id.uuidString.lowercased(), employerId: employerId.uuidString.lowercased(), title: title, occupationCode: occupationCode, openings: openings,
            wageMinFen: wageMinFen, wageMaxFen: wageMaxFen, housingProvided: housing, mealsProvided: meals,
            workRegionCode: workRegion, minAge: minAge, maxAge: maxAge, minEducation: minEducation,
            requiredCertificates: certificates, startsOn: dayString(startsOn), closesOn: dayString(closesOn), status: status,
            postedByBureauId: postedBy.uuidString.lowercased(), version: version, createdAt: createdAt, updatedAt: updatedAt
        )
    }
    guard let body else { throw HTTPError(.notFound) }
    return Response(
        status: .ok, headers: [.contentType: "application/json"],
        body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(body)))
    )
}

var app = Application(
    router: router,
    configuration: .init(address: .hostname(host, port: port), serverName: "http-baseline"),
    logger: logger
)
// The client is a service: it runs (and drains) with the server, as in Minning's buildApplication.
app.addServices(client)
try await app.runService()
