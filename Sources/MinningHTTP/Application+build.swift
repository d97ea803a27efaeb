import Foundation
import Hummingbird
import Logging
import MinningDomain
import MinningPersistence
import MinningServices
import PostgresNIO

/// The one place that wires configuration, database, routes and middleware together; `serve` and
/// the tests both start the service through it.
public func buildApplication(_ configuration: AppConfiguration, logger: Logger) async throws -> some ApplicationProtocol {
    let client = PostgresClient(
        configuration: try configuration.database.clientConfiguration(maximumConnections: configuration.maximumDatabaseConnections),
        backgroundLogger: logger
    )
    let database = Database(client: client, logger: logger, deadline: configuration.databaseDeadline)
    // Reports are long aggregate reads: a replica takes them off the primary when one is configured.
    let readClient = try configuration.readDatabase.map { url in
        PostgresClient(configuration: try url.clientConfiguration(maximumConnections: configuration.maximumDatabaseConnections), backgroundLogger: logger)
    }
    let services = Services(
        database: database, reportDatabase: readClient.map { Database(client: $0, logger: logger, deadline: configuration.databaseDeadline) },
        personalData: configuration.personalData, clock: configuration.clock, settings: configuration.settings
    )
    let router = try buildRouter(
        services: services, project: configuration.project, personalData: configuration.personalData,
        metrics: configuration.metrics, rateLimitPerMinute: configuration.rateLimitPerMinute,
        readinessDeadline: configuration.readinessDeadline, secureCookies: configuration.secureCookies
    )
    var app = Application(
        router: router,
        server: .http1(configuration: .init(additionalChannelHandlers: [UnparsableRequestHandler()])),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "minning"),
        logger: logger
    )
    // The client is a service: it starts with the app and drains with it on SIGTERM.
    app.addServices(client)
    if let readClient { app.addServices(readClient) }
    app.addServices(Housekeeping.forgetIdempotencyKeys(services.idempotency, logger: logger))
    app.addServices(Housekeeping.closeExpiredVacancies(services.vacancies, logger: logger))
    return app
}

/// Routes and middleware, separate from the server so tests can list the routes it defines.
public func buildRouter(
    services: Services, project: ProjectDirectory, personalData: PersonalDataCipher, metrics: MetricsEndpoint?, rateLimitPerMinute: Int? = nil,
    readinessDeadline: Duration = .seconds(2), secureCookies: Bool = false
) throws -> Router<MinningRequestContext> {
    let database = services.database
    let router = Router(context: MinningRequestContext.self)
    // Outermost first: every response, errors included, gets a request id and an access-log line.
    router.add(middleware: RequestIdMiddleware())
    router.add(middleware: LanguageMiddleware())
    router.add(middleware: AccessLogMiddleware())
    // Requests by route and status, and their durations, into the Prometheus registry of GET /metrics.
    if metrics != nil {
        PoolMetrics.export()
        ServiceMetrics.export()
        router.add(middleware: RequestMetricsMiddleware())
    }
    let routeTable = RouteTable()
    router.add(middleware: ProblemMiddleware(routes: routeTable))

    let migrations = try project.migrationFiles()
    HealthController(database: database.withDeadline(readinessDeadline), expectedMigrations: Set(migrations.map(\.version))).addRoutes(to: router)
    let document = try Data(contentsOf: project.openAPIDocument)
    OpenAPIController(document: ByteBuffer(bytes: document)).addRoutes(to: router)
    VocabularyController().addRoutes(to: router)
    ConsoleController(
        services: services, names: ReferenceNames(reference: services.reference),
        secureCookies: secureCookies, pages: try ConsolePages()
    ).addRoutes(to: router)

    let v1 = router.group("/v1").add(middleware: AuthenticationMiddleware(bureaus: services.bureaus))
    if let rateLimitPerMinute { v1.add(middleware: RateLimitMiddleware(limiter: RateLimiter(perMinute: rateLimitPerMinute))) }
    metrics?.addRoutes(to: router.group().add(middleware: AuthenticationMiddleware(bureaus: services.bureaus)))
    MeController(service: services.bureaus).addRoutes(to: v1)
    ReferenceController(service: services.reference).addRoutes(to: v1)
    BureausController(service: services.bureaus).addRoutes(to: v1)
    WorkersController(service: services.workers).addRoutes(to: v1)
    EmployersController(service: services.employers).addRoutes(to: v1)
    VacanciesController(service: services.vacancies).addRoutes(to: v1)
    TrainingController(service: services.training).addRoutes(to: v1)
    MatchingController(matching: services.matching, allocation: services.allocation).addRoutes(to: v1)
    PlacementsController(service: services.placements).addRoutes(to: v1)
    FundsController(service: services.funds, reports: services.reports).addRoutes(to: v1)
    SubsidiesController(service: services.subsidies).addRoutes(to: v1)
    ParksController(service: services.parks).addRoutes(to: v1)
    ReportsController(service: services.reports, assessment: services.assessment).addRoutes(to: v1)
    TargetsController(service: services.assessment).addRoutes(to: v1)
    TalentController(service: services.talent, clock: services.clock).addRoutes(to: v1)
    ConsumptionController(service: services.consumption).addRoutes(to: v1)
    DonationsController(service: services.donations).addRoutes(to: v1)
    MeetingsController(service: services.meetings, clock: services.clock).addRoutes(to: v1)
    routeTable.load(router.routes.map { ($0.method, $0.path.description) })
    return router
}
