import Logging
import MinningDomain
import PostgresNIO

/// The pooled PostgreSQL client and the few rules every repository follows around it.
public struct Database: Sendable {
    public let client: PostgresClient
    public let logger: Logger
    /// How long a request waits for PostgreSQL before it is answered 503. The pool waits for a
    /// connection indefinitely while the server is down; callers must not.
    public let deadline: Duration

    public init(client: PostgresClient, logger: Logger, deadline: Duration = .seconds(10)) {
        self.client = client
        self.logger = logger
        self.deadline = deadline
    }

    /// The same client with another deadline (readiness probes want an answer within seconds).
    public func withDeadline(_ deadline: Duration) -> Database {
        Database(client: client, logger: logger, deadline: deadline)
    }

    /// Runs `body` in one transaction. Errors come back as the body threw them (PostgresNIO wraps
    /// them), with unique violations already turned into `DomainError.conflict`.
    public func transaction<Result: Sendable>(
        _ body: @Sendable @escaping (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        do {
            return try await leased { lease in
                try await client.withTransaction(logger: logger) { connection in
                    lease.acquire()
                    return try await body(connection)
                }
            }
        } catch let error as PostgresTransactionError {
            throw PostgresErrorMapping.map(error.closureError ?? error.commitError ?? error.beginError ?? error)
        } catch {
            throw PostgresErrorMapping.map(error)
        }
    }

    /// Runs `body` on one pooled connection without BEGIN and COMMIT: for reads. Under READ
    /// COMMITTED a transaction gives a read no snapshot it would not have anyway, and costs two
    /// round trips; whatever must see one state or change rows together uses `transaction`.
    public func withConnection<Result: Sendable>(
        _ body: @Sendable @escaping (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        do {
            return try await leased { lease in
                try await client.withConnection { connection in
                    lease.acquire()
                    return try await body(connection)
                }
            }
        } catch {
            throw PostgresErrorMapping.map(error)
        }
    }

    /// Runs one statement outside an explicit transaction, mapping errors like `transaction`.
    @discardableResult
    public func query(_ query: PostgresQuery) async throws -> PostgresRowSequence {
        do {
            return try await withinDeadline { try await client.query(query, logger: logger) }
        } catch {
            throw PostgresErrorMapping.map(error)
        }
    }

    /// A pooled connection's whole use, counted by `PoolMetrics` and raced against the deadline.
    private func leased<Result: Sendable>(_ use: @Sendable @escaping (PoolMetrics.Lease) async throws -> Result) async throws -> Result {
        try await withinDeadline {
            let lease = PoolMetrics.Lease()
            defer { lease.end() }
            return try await use(lease)
        }
    }

    /// Runs `operation`, giving up with `DatabaseUnavailable` when it has not finished by the deadline.
    /// Waiting for a pooled connection ends on cancellation, which is where a request stalls while
    /// PostgreSQL is down; a query stuck on a dying connection is abandoned rather than awaited.
    private func withinDeadline<Result: Sendable>(_ operation: @Sendable @escaping () async throws -> Result) async throws -> Result {
        let deadline = self.deadline
        return try await DeadlineRace.run(
            deadline: deadline, timeout: { DatabaseUnavailable(underlying: "no answer from PostgreSQL within \(deadline)") }, operation
        )
    }
}

extension Database {
    /// Starts a client for a command-line job, runs `body`, and shuts the client down.
    ///
    /// `PostgresClient.run()` must be running for queries to proceed; the service hands that to
    /// Hummingbird's service group, one-shot commands use this.
    public static func withRunningClient<Result: Sendable>(
        url: DatabaseURL,
        logger: Logger,
        maximumConnections: Int = 4,
        _ body: @Sendable (Database) async throws -> Result
    ) async throws -> Result {
        // A one-shot command leases a connection before the task group has started `run()`;
        // PostgresNIO warns about that race although the lease simply waits, so its chatter stays below error.
        var backgroundLogger = logger
        backgroundLogger.logLevel = max(logger.logLevel, .error)
        let client = PostgresClient(configuration: try url.clientConfiguration(maximumConnections: maximumConnections), backgroundLogger: backgroundLogger)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            return try await body(Database(client: client, logger: logger))
        }
    }
}
