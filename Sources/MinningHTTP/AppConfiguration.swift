import MinningPersistence

/// Everything `serve` needs, gathered from flags and environment in one place.
public struct AppConfiguration: Sendable {
    public var host: String
    public var port: Int
    public var database: DatabaseURL
    public var project: ProjectDirectory
    public var maximumDatabaseConnections: Int

    public init(host: String = "127.0.0.1", port: Int = 8080, database: DatabaseURL, project: ProjectDirectory, maximumDatabaseConnections: Int = 20) {
        self.host = host
        self.port = port
        self.database = database
        self.project = project
        self.maximumDatabaseConnections = maximumDatabaseConnections
    }
}
