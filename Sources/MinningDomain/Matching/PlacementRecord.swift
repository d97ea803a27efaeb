import Foundation

/// A placement as stored, with the follow-up figures computed from its months.
public struct PlacementRecord: Sendable, Equatable {
    public let id: UUID
    public let workerId: UUID
    public let vacancyId: UUID
    public let status: PlacementStatus
    public let allocationId: UUID?
    public let proposedByBureau: UUID
    public let explanation: MatchExplanation
    /// The days of its steps, China time: proposed, accepted, hired, separated, and declined or
    /// withdrawn (`closedOn`).
    public let proposedOn: CalendarDay
    public let acceptedOn: CalendarDay?
    public let hiredOn: CalendarDay?
    public let separatedOn: CalendarDay?
    public let separationReason: String?
    public let closedOn: CalendarDay?
    /// Verified months in a row, counted back from the latest month recorded with a wage paid.
    public let consecutiveVerifiedMonths: Int
    public let version: Int
    public let createdAt: Date
    public let updatedAt: Date
    public let createdAtMicroseconds: Int64

    public init(
        id: UUID, workerId: UUID, vacancyId: UUID, status: PlacementStatus, allocationId: UUID?, proposedByBureau: UUID,
        explanation: MatchExplanation, proposedOn: CalendarDay, acceptedOn: CalendarDay?, hiredOn: CalendarDay?,
        separatedOn: CalendarDay?, separationReason: String?, closedOn: CalendarDay?, consecutiveVerifiedMonths: Int, version: Int, createdAt: Date, updatedAt: Date, createdAtMicroseconds: Int64
    ) {
        self.id = id
        self.workerId = workerId
        self.vacancyId = vacancyId
        self.status = status
        self.allocationId = allocationId
        self.proposedByBureau = proposedByBureau
        self.explanation = explanation
        self.proposedOn = proposedOn
        self.acceptedOn = acceptedOn
        self.hiredOn = hiredOn
        self.separatedOn = separatedOn
        self.separationReason = separationReason
        self.closedOn = closedOn
        self.consecutiveVerifiedMonths = consecutiveVerifiedMonths
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.createdAtMicroseconds = createdAtMicroseconds
    }
}

/// Months worked, counted the way 稳岗 subsidies count them: the run of consecutive calendar
/// months with a wage paid, ending at the latest such month.
public enum VerifiedMonths {
    /// `months` are first days of months; nil wages are months recorded without pay.
    public static func consecutive(_ months: [(month: CalendarDay, wagePaid: Bool)]) -> Int {
        let paid = Set(months.filter(\.wagePaid).map { $0.month.year * 12 + $0.month.month - 1 })
        guard var cursor = paid.max() else { return 0 }
        var run = 0
        while paid.contains(cursor) {
            run += 1
            cursor -= 1
        }
        return run
    }
}
