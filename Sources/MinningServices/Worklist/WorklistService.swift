import Foundation
import MinningDomain
import MinningPersistence

/// What waits for a bureau today, for the console's home page: answers its workers owe, months
/// not yet recorded for last month, alerts nobody has acknowledged, and the joint meetings'
/// follow-up items (督办事项) the bureau owns and has not finished.
public struct WorklistService: Sendable {
    let worklist: WorklistRepository
    let alerts: AlertRepository
    let meetings: MeetingRepository
    let clock: ChinaClock

    public init(worklist: WorklistRepository, alerts: AlertRepository, meetings: MeetingRepository, clock: ChinaClock) {
        self.worklist = worklist
        self.alerts = alerts
        self.meetings = meetings
        self.clock = clock
    }

    public struct Worklist: Sendable {
        public let awaitingAnswer: [WaitingPlacement]
        /// Accepted by the worker, not yet hired: the employer's side records the first day.
        public let awaitingHire: [WaitingPlacement]
        /// The month whose record is overdue: the one before today's.
        public let overdueMonth: CalendarDay
        public let monthMissing: [WaitingPlacement]
        public let unacknowledgedAlerts: [AlertRecord]
        /// Open follow-up items the bureau owns, soonest due first; `today` says which are overdue.
        public let openDecisions: [MeetingDecisionRecord]
        public let today: CalendarDay
        /// Whether any list was cut at `limit`.
        public let limit: Int
    }

    /// Each list holds at most `limit` items, oldest first: what waited longest comes first.
    public func worklist(limit: Int, by principal: Principal) async throws -> Worklist {
        let follows = Permission.followPlacements.allows(principal.role)
        let month = clock.today.previousMonth
        async let awaiting = follows ? worklist.waiting(in: .proposed, in: principal.scope, limit: limit) : []
        async let accepted = follows ? worklist.waiting(in: .accepted, in: principal.scope, limit: limit) : []
        async let missing = follows ? worklist.monthMissing(month, in: principal.scope, limit: limit) : []
        async let alerted = Permission.readAlerts.allows(principal.role)
            ? alerts.list(in: principal.scope, acknowledged: false, limit: limit) : []
        async let decisions = Permission.reportDecisionProgress.allows(principal.role)
            ? meetings.openDecisions(ownedBy: principal.bureauId, limit: limit) : []
        // The employer's side learns who a worker is only once the worker accepted its job.
        var unanswered = try await awaiting
        if principal.role == .destinationBureau { unanswered = unanswered.map { var item = $0; item.workerName = nil; return item } }
        return Worklist(
            awaitingAnswer: unanswered, awaitingHire: try await accepted, overdueMonth: month, monthMissing: try await missing,
            unacknowledgedAlerts: try await alerted, openDecisions: try await decisions, today: clock.today, limit: limit
        )
    }
}
