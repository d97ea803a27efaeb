import MinningDomain
import MinningPersistence
import MinningServices

/// Everything `serve` needs, gathered from flags and environment in one place.
public struct AppConfiguration: Sendable {
    public var host: String
    public var port: Int
    public var database: DatabaseURL
    public var project: ProjectDirectory
    public var maximumDatabaseConnections: Int
    /// How long a request waits for PostgreSQL before it gets 503.
    public var databaseDeadline: Duration
    /// How long /readyz waits for PostgreSQL: shorter than a request's, since a probe that hangs
    /// keeps a dead replica in rotation.
    public var readinessDeadline: Duration
    /// The console's cookies carry `Secure`: production, where TLS ends at the proxy in front.
    public var secureCookies: Bool = false
    /// Seals ID numbers and phones at rest.
    public var personalData: PersonalDataCipher
    /// A read replica for reports (DATABASE_READ_URL); reports read the primary when nil.
    public var readDatabase: DatabaseURL?
    /// Requests per minute each API key may make (a burst of a tenth of it at once); nil: no limit.
    public var rateLimitPerMinute: Int?
    /// Today and now, in China; fixed in tests.
    public var clock: ChinaClock
    public var settings: Settings
    /// The Prometheus registry behind GET /metrics; `serve` starts it, most tests go without.
    public var metrics: MetricsEndpoint?

    public init(
        host: String = "127.0.0.1", port: Int = 8080, database: DatabaseURL, project: ProjectDirectory,
        personalData: PersonalDataCipher, maximumDatabaseConnections: Int = 20, databaseDeadline: Duration = .seconds(10),
        readinessDeadline: Duration = .seconds(2),
        rateLimitPerMinute: Int? = nil, readDatabase: DatabaseURL? = nil, clock: ChinaClock = .system, settings: Settings = Settings(),
        metrics: MetricsEndpoint? = nil
    ) {
        self.metrics = metrics
        self.clock = clock
        self.settings = settings
        self.readDatabase = readDatabase
        self.rateLimitPerMinute = rateLimitPerMinute
        self.personalData = personalData
        self.host = host
        self.port = port
        self.database = database
        self.project = project
        self.maximumDatabaseConnections = maximumDatabaseConnections
        self.databaseDeadline = databaseDeadline
        self.readinessDeadline = readinessDeadline
    }
}
