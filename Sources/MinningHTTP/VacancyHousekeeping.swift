import Logging
import MinningServices
import ServiceLifecycle

/// Closes vacancies whose application deadline has passed, at start and then hourly, for as long
/// as the service runs. Several instances may do it at once: the second finds nothing to close.
struct VacancyHousekeeping: Service {
    let vacancies: VacancyService
    let logger: Logger
    var interval: Duration = .seconds(3600)

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do {
                    let closed = try await vacancies.closeExpired()
                    if closed > 0 { logger.info("closed vacancies whose deadline passed", metadata: ["vacancies": "\(closed)"]) }
                } catch {
                    logger.warning("could not close expired vacancies; trying again later", metadata: ["error": "\(String(describing: type(of: error)))"])
                }
                try? await Task.sleep(for: interval)
            }
        }
    }
}
