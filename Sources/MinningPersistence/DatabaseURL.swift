import Foundation
import PostgresNIO

/// A `postgres://user:password@host:port/database?sslmode=…` URL turned into a client configuration.
///
/// PostgresNIO takes its settings as a struct; the service, the CLI and the tests all take one URL
/// (`DATABASE_URL`), the form every PostgreSQL tool and hosting platform hands out.
public struct DatabaseURL: Sendable, CustomStringConvertible {
    public let host: String
    public let port: Int
    public let username: String
    public let password: String?
    public let database: String
    public let requireTLS: Bool

    public enum ParseError: Error, CustomStringConvertible {
        case invalid(String)
        public var description: String {
            switch self {
            case .invalid(let why): "DATABASE_URL is not usable: \(why)"
            }
        }
    }

    public init(_ text: String) throws {
        guard let components = URLComponents(string: text) else { throw ParseError.invalid("not a URL") }
        guard components.scheme == "postgres" || components.scheme == "postgresql" else {
            throw ParseError.invalid("the scheme must be postgres:// or postgresql://")
        }
        guard let host = components.host, !host.isEmpty else { throw ParseError.invalid("no host") }
        guard let user = components.user, !user.isEmpty else { throw ParseError.invalid("no user name") }
        let database = String(components.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty else { throw ParseError.invalid("no database name") }
        let sslmode = components.queryItems?.first(where: { $0.name == "sslmode" })?.value ?? "disable"
        switch sslmode {
        case "disable": requireTLS = false
        case "require", "verify-ca", "verify-full": requireTLS = true
        default: throw ParseError.invalid("sslmode must be disable, require, verify-ca or verify-full")
        }
        self.host = host
        self.port = components.port ?? 5432
        self.username = user.removingPercentEncoding ?? user
        self.password = components.password.map { $0.removingPercentEncoding ?? $0 }
        self.database = database.removingPercentEncoding ?? database
    }

    private init(copying other: DatabaseURL, database: String) {
        self.host = other.host
        self.port = other.port
        self.username = other.username
        self.password = other.password
        self.database = database
        self.requireTLS = other.requireTLS
    }

    /// The same server and credentials, another database (tests clone databases this way).
    public func withDatabase(_ name: String) -> DatabaseURL { DatabaseURL(copying: self, database: name) }

    public func clientConfiguration(maximumConnections: Int = 20) throws -> PostgresClient.Configuration {
        var configuration = PostgresClient.Configuration(
            host: host, port: port, username: username, password: password, database: database,
            tls: requireTLS ? .require(.makeClientConfiguration()) : .disable
        )
        configuration.options.maximumConnections = maximumConnections
        configuration.options.connectTimeout = .seconds(5)
        return configuration
    }

    /// Safe to log: the password is never shown.
    public var description: String {
        "postgres://\(username)@\(host):\(port)/\(database)\(requireTLS ? "?sslmode=require" : "")"
    }

    /// The URL with its password, for handing to pg_dump and friends.
    public var urlString: String {
        var components = URLComponents()
        components.scheme = "postgres"
        components.user = username
        components.password = password
        components.host = host
        components.port = port
        components.path = "/" + database
        if requireTLS { components.queryItems = [URLQueryItem(name: "sslmode", value: "require")] }
        return components.string!
    }
}
