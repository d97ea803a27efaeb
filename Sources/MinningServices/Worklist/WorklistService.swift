import Foundation
import MinningDomain
import MinningPersistence

/// What waits for a bureau today, for the console's home page: answers its workers owe, months
/// not yet recorded for last month, and alerts nobody has acknowledged.
public struct WorklistService: Sendable {
    let worklist: WorklistRepository
    let alerts: AlertRepository
    let clock: ChinaClock

    public init(worklist: WorklistRepository, alerts: AlertRepository, clock: ChinaClock) {
        self.worklist = worklist
        self.alerts = alerts
        self.clock = clock
    }

    public struct Worklist: Sendable {
        public let awaitingAnswer: [WaitingPlacement]
        /// The month whose record is overdue: the one before today's.
        public let overdueMonth: CalendarDay
        public let monthMissing: [WaitingPlacement]
        public let unacknowledgedAlerts: [AlertRecord]
        /// Whether any list was cut at `limit`.
        public let limit: Int
    }

    /// Each list holds at most `limit` items, oldest first: what waited longest comes first.
    public func worklist(limit: Int, by principal: Principal) async throws -> Worklist {
        let follows = Permission.followPlacements.allows(principal.role)
        let month = Self.previousMonth(of: clock.today)
        async let awaiting = follows ? worklist.awaitingAnswer(in: principal.scope, limit: limit) : []
        async let missing = follows ? worklist.monthMissing(month, in: principal.scope, limit: limit) : []
        async let alerted = Permission.readAlerts.allows(principal.role)
            ? alerts.list(in: principal.scope, acknowledged: false, limit: limit) : []
        return Worklist(
            awaitingAnswer: try await awaiting, overdueMonth: month, monthMissing: try await missing,
            unacknowledgedAlerts: try await alerted, limit: limit
        )
    }

    static func previousMonth(of day: CalendarDay) -> CalendarDay {
        day.month == 1 ? CalendarDay(year: day.year - 1, month: 12, day: 1)! : CalendarDay(year: day.year, month: day.month - 1, day: 1)!
    }
}
