import MinningDomain
import Synchronization

/// The scorer recommendations use, kept for a minute. Building it reads the priority table and
/// aggregates every hire's six-month outcome, which grows with the placement history; a list a
/// clerk opens does not need retention figures fresher than a minute, and a policy change reaches
/// recommendations within one. Allocations and hand-made proposals read both afresh.
final class RecentScorer: Sendable {
    private struct Entry {
        let scorer: MatchScorer
        let readAt: ContinuousClock.Instant
    }

    private let maximumAge: Duration
    private let entry = Mutex<Entry?>(nil)

    init(maximumAge: Duration) {
        self.maximumAge = maximumAge
    }

    func scorer(today: CalendarDay, read: () async throws -> MatchScorer) async throws -> MatchScorer {
        let now = ContinuousClock.now
        if let cached = entry.withLock({ $0 }), cached.scorer.today == today, now - cached.readAt < maximumAge {
            return cached.scorer
        }
        let fresh = try await read()
        entry.withLock { $0 = Entry(scorer: fresh, readAt: now) }
        return fresh
    }
}
