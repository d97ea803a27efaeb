import Foundation

/// Growing waits after failed logins, then a lock: guessing a password by trying becomes too slow
/// to succeed, while a person who mistypes twice waits a second or two.
public enum LoginThrottle {
    /// Failures in a row that lock the account.
    public static let failuresBeforeLock = 5
    public static let lockDuration: Duration = .seconds(15 * 60)

    /// How long after the `failures`-th failure in a row the next try is taken: 1, 2, 4, 8 s.
    public static func wait(afterFailures failures: Int) -> Duration {
        failures <= 0 ? .zero : .seconds(1 << min(failures - 1, 10))
    }

    public enum Refusal: Sendable, Equatable {
        case wait(seconds: Int)
        case locked(until: Date)
    }

    /// Why a login at `now` is not even checked, or nil when it is.
    public static func refusal(failures: Int, lastFailedAt: Date?, lockedUntil: Date?, now: Date) -> Refusal? {
        if let lockedUntil, lockedUntil > now { return .locked(until: lockedUntil) }
        guard let lastFailedAt, failures > 0 else { return nil }
        let allowedAt = lastFailedAt.addingTimeInterval(TimeInterval(wait(afterFailures: failures).components.seconds))
        guard allowedAt > now else { return nil }
        return .wait(seconds: Int(allowedAt.timeIntervalSince(now).rounded(.up)))
    }

    /// The lock a failure brings when it is the `failures`-th in a row, or nil.
    public static func lock(afterFailures failures: Int, now: Date) -> Date? {
        failures >= failuresBeforeLock ? now.addingTimeInterval(TimeInterval(lockDuration.components.seconds)) : nil
    }
}
