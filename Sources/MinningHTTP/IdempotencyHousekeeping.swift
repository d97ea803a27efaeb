import Logging
import MinningPersistence
import ServiceLifecycle

/// Forgets idempotency keys once they are a week old, once an hour, for as long as the service
/// runs. Several instances may do it at once: the deletes simply find less to do.
struct IdempotencyHousekeeping: Service {
    static let retention: Duration = .seconds(7 * 24 * 3600)

    let store: IdempotencyStore
    let logger: Logger
    var interval: Duration = .seconds(3600)

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do {
                    let forgotten = try await store.deleteExpired(olderThan: Self.retention)
                    if forgotten > 0 { logger.info("forgot expired idempotency keys", metadata: ["keys": "\(forgotten)"]) }
                } catch {
                    logger.warning("could not forget expired idempotency keys; trying again later", metadata: ["error": "\(String(describing: type(of: error)))"])
                }
                try? await Task.sleep(for: interval)
            }
        }
    }
}
