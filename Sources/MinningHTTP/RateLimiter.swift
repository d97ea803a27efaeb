import Foundation
import Synchronization

/// A token bucket per API key: `perMinute` requests a minute on average, up to `burst` at once.
/// It lives in one process, so with N replicas a key gets up to N times the limit; the nginx or
/// ingress in front can add a global limit (docs/operations.md).
final class RateLimiter: Sendable {
    struct Bucket {
        var tokens: Double
        var updated: ContinuousClock.Instant
    }

    let perMinute: Int
    let burst: Int
    private let buckets = Mutex<[UUID: Bucket]>([:])

    init(perMinute: Int, burst: Int? = nil) {
        self.perMinute = perMinute
        self.burst = burst ?? max(1, perMinute / 10)
    }

    /// Nil when the request may go ahead; otherwise the seconds until it may.
    func wait(for key: UUID, now: ContinuousClock.Instant = .now) -> Int? {
        let perSecond = Double(perMinute) / 60
        return buckets.withLock { buckets in
            var bucket = buckets[key] ?? Bucket(tokens: Double(burst), updated: now)
            let elapsed = Double((now - bucket.updated).components.seconds) + Double((now - bucket.updated).components.attoseconds) / 1e18
            bucket.tokens = min(Double(burst), bucket.tokens + elapsed * perSecond)
            bucket.updated = now
            defer {
                buckets[key] = bucket
                // Keys come and go; forget buckets that are full again, so the table stays small.
                if buckets.count > 10_000 { buckets = buckets.filter { $0.value.tokens < Double(burst) } }
            }
            if bucket.tokens >= 1 {
                bucket.tokens -= 1
                return nil
            }
            return Int(((1 - bucket.tokens) / perSecond).rounded(.up))
        }
    }
}
