import Synchronization

/// Every pending deadline of the process, fired by one sleeping task.
///
/// A deadline that a healthy database beats by far is the common case; giving each query a timer
/// task of its own cost a task, a sleep and a timer system call per query. Here a query costs two
/// short locks, and the one task wakes every `resolution` only while deadlines are pending, so a
/// deadline fires at most that late.
final class DeadlineWatch: Sendable {
    static let shared = DeadlineWatch(resolution: .milliseconds(50))

    private struct State {
        var pending: [UInt64: (deadline: ContinuousClock.Instant, expire: @Sendable () -> Void)] = [:]
        var nextTicket: UInt64 = 0
        var ticking = false
    }

    private let resolution: Duration
    private let state = Mutex(State())

    init(resolution: Duration) {
        self.resolution = resolution
    }

    /// Calls `expire` once `deadline` has passed, unless `cancel` with the returned ticket came first.
    func watch(until deadline: ContinuousClock.Instant, expire: @escaping @Sendable () -> Void) -> UInt64 {
        let (ticket, startTicking) = state.withLock { state -> (UInt64, Bool) in
            state.nextTicket &+= 1
            state.pending[state.nextTicket] = (deadline, expire)
            let start = !state.ticking
            state.ticking = true
            return (state.nextTicket, start)
        }
        if startTicking {
            Task.detached { [self] in await tick() }
        }
        return ticket
    }

    func cancel(_ ticket: UInt64) {
        _ = state.withLock { $0.pending.removeValue(forKey: ticket) }
    }

    private func tick() async {
        while true {
            try? await Task.sleep(for: resolution)
            let now = ContinuousClock.now
            let (expired, goOn) = state.withLock { state -> ([@Sendable () -> Void], Bool) in
                var expired: [@Sendable () -> Void] = []
                for (ticket, entry) in state.pending where entry.deadline <= now {
                    expired.append(entry.expire)
                    state.pending[ticket] = nil
                }
                // Decided under the lock that `watch` takes: a deadline added after this sees
                // `ticking` false and starts the next ticker itself.
                if state.pending.isEmpty { state.ticking = false }
                return (expired, state.ticking)
            }
            expired.forEach { $0() }
            if !goOn { return }
        }
    }
}
