import Foundation
import MinningDomain
import MinningPersistence

/// A placement as its follow-up page shows it: the job, every month recorded, and the steps the
/// reader's bureau may take now.
public struct PlacementSheet: Sendable {
    public let placement: PlacementRecord
    public let job: PlacementJob
    public let months: [MonthRecord]
    /// The next statuses this reader may move the placement to, by the side each belongs to.
    public let steps: [PlacementStatus]
    /// Whether this reader records its months (the employer's side, once hired).
    public let recordsMonths: Bool
    /// Whether a day before the backdating window may be given with a reason (offices and admins).
    public let mayBackdate: Bool
}

extension PlacementService {
    public func sheet(_ id: UUID, by principal: Principal) async throws -> PlacementSheet {
        try Permission.followPlacements.check(principal)
        guard let (placement, sides) = try await placements.findWithSides(id, in: principal.scope),
              let (job, months) = try await placements.sheet(of: id)
        else { throw DomainError.notFound(.noneInScope(.placement)) }
        let scope = principal.scope
        let steps = Permission.stepPlacements.allows(principal.role) ? placement.status.allowedNext.filter { next in
            switch PlacementSide.allowed(to: next) {
            case .origin: sides.originSide(scope)
            case .destination: sides.destinationSide(scope)
            case .both: true
            }
        } : []
        let recordsMonths = Permission.recordMonth.allows(principal.role) && sides.destinationSide(scope)
            && [.hired, .separated].contains(placement.status)
        return PlacementSheet(
            placement: placement, job: job, months: months, steps: steps, recordsMonths: recordsMonths,
            mayBackdate: [.cooperationOffice, .admin].contains(principal.role)
        )
    }
}
