import Logging
import MinningPersistence
import MinningServices
import ServiceLifecycle

/// A chore the service does at start and then hourly, for as long as it runs. Several instances
/// may do it at once: every chore is safe to repeat, and the second finds less to do.
struct Housekeeping: Service {
    let logger: Logger
    var interval: Duration = .seconds(3600)
    /// What it does in words, for the warning when it fails.
    let name: String
    /// Does the chore once; a line to log when it changed something.
    let chore: @Sendable () async throws -> String?

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do {
                    if let done = try await chore() { logger.info("\(done)") }
                } catch {
                    logger.warning("could not \(name); trying again later", metadata: ["error": "\(String(describing: type(of: error)))"])
                }
                try? await Task.sleep(for: interval)
            }
        }
    }

    /// Idempotency keys are forgotten once they are a week old.
    static let idempotencyRetention: Duration = .seconds(7 * 24 * 3600)

    static func forgetIdempotencyKeys(_ store: IdempotencyStore, logger: Logger) -> Housekeeping {
        Housekeeping(logger: logger, name: "forget expired idempotency keys") {
            let forgotten = try await store.deleteExpired(olderThan: idempotencyRetention)
            return forgotten > 0 ? "forgot \(forgotten) expired idempotency keys" : nil
        }
    }

    /// Vacancies whose application deadline passed are closed, not only left out of matching.
    static func closeExpiredVacancies(_ vacancies: VacancyService, logger: Logger) -> Housekeeping {
        Housekeeping(logger: logger, name: "close expired vacancies") {
            let closed = try await vacancies.closeExpired()
            return closed > 0 ? "closed \(closed) vacancies whose deadline passed" : nil
        }
    }
}
