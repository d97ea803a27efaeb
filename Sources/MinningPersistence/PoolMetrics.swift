import Metrics
import Synchronization

/// How busy the connection pool is, as operators read it from /metrics: transactions waiting for
/// a connection, and transactions holding one. PostgresNIO keeps its own pool observer internal,
/// so these are counted at the one place every transaction passes.
public enum PoolMetrics {
    // Looked up on each use rather than kept: a meter made before the metrics backend is
    // bootstrapped would report to nowhere for the life of the process.
    static var waiting: Meter { Meter(label: "minning_database_transactions_waiting") }
    static var inUse: Meter { Meter(label: "minning_database_transactions_in_use") }

    /// Makes both gauges appear (at zero) as soon as the service starts, before any traffic.
    public static func export() {
        waiting.increment(by: 0)
        inUse.increment(by: 0)
    }

    /// Marks the moment a transaction gets its connection, once.
    final class Lease: Sendable {
        private let acquired = Mutex(false)

        init() { PoolMetrics.waiting.increment() }

        func acquire() {
            guard acquired.withLock({ flag in defer { flag = true }; return !flag }) else { return }
            PoolMetrics.waiting.decrement()
            PoolMetrics.inUse.increment()
        }

        /// When the transaction ends: it held a connection, or gave up waiting for one.
        func end() {
            if acquired.withLock({ $0 }) {
                PoolMetrics.inUse.decrement()
            } else {
                PoolMetrics.waiting.decrement()
            }
        }
    }
}
