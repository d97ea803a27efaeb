import Foundation
import MinningDomain
import MinningPersistence
import PostgresNIO

/// Facts entered wrong, set right: never overwritten silently, always with a reason, the old value
/// kept, and the subsidy claims granted from the old facts judged again.
extension PlacementService {
    /// Corrects a hire or separation date. The employer's destination bureau corrects facts of its
    /// own placements while both days lie in the backdating window; older ones, and any in its
    /// scope, a cooperation office.
    public func correct(_ id: UUID, _ correction: PlacementCorrection, by actor: AuditActor) async throws -> PlacementRecord {
        let principal = actor.principal
        try Permission.correctPlacementFacts.check(principal)
        let (placements, clock, backdating) = (self.placements, self.clock, self.backdating)
        let today = clock.today
        return try await database.transaction { connection in
            guard let (current, sides) = try await placements.lockedWithSides(id, in: principal.scope, on: connection) else {
                throw DomainError.notFound(.noneInScope(.placement))
            }
            let months = try await placements.months(of: id, on: connection)
            let issues = correction.problems(for: current, months: months, today: today)
            guard issues.isEmpty, let old = correction.current(in: current) else { throw DomainError.invalid(issues) }
            try Self.checkCorrector(principal, sides: sides, days: [old, correction.to], window: backdating, today: today)
            try await placements.correct(id, correction, from: old, at: clock.now, by: actor, on: connection)
            try await rejudgeClaims(of: current, because: .day(correction.fact, from: old, to: correction.to, reason: correction.reason), by: actor, on: connection)
            return try await placements.find(id, on: connection)!
        }
    }

    /// Corrects the wage recorded for a month worked (nil: worked, not paid), with the same
    /// window and the same consequences as a date: the month's alerts are raised again for the
    /// new wage, and claims that no longer hold are withdrawn or flagged.
    public func correctMonth(_ id: UUID, _ correction: MonthCorrection, by actor: AuditActor) async throws -> PlacementRecord {
        let principal = actor.principal
        try Permission.correctPlacementFacts.check(principal)
        let (placements, alerts, clock, backdating) = (self.placements, self.alerts, self.clock, self.backdating)
        let today = clock.today
        return try await database.transaction { connection in
            guard let (current, sides) = try await placements.lockedWithSides(id, in: principal.scope, on: connection) else {
                throw DomainError.notFound(.noneInScope(.placement))
            }
            guard let old = try await placements.month(correction.month, of: id, on: connection) else {
                throw DomainError.invalid([FieldIssue(field: "month", message: .monthNotRecorded(correction.month))])
            }
            guard old != correction.to else {
                let field = correction.to.worked ? "wage_paid_fen" : "worked"
                throw DomainError.invalid([FieldIssue(field: field, message: .monthAlreadyAs(correction.month, worked: old.worked, wagePaidFen: old.wagePaidFen))])
            }
            try Self.checkCorrector(principal, sides: sides, days: [correction.month], window: backdating, today: today)
            try await placements.correctMonth(id, correction, from: old, at: clock.now, by: actor, on: connection)
            if case .worked(let wage) = correction.to {
                try await Self.raiseWageAlerts(correction.month, wagePaidFen: wage, of: current, placements: placements, alerts: alerts, on: connection)
            }
            try await rejudgeClaims(
                of: current, because: .month(correction.month, from: old, to: correction.to, reason: correction.reason), by: actor, on: connection
            )
            return try await placements.find(id, on: connection)!
        }
    }

    public func corrections(of id: UUID, by principal: Principal) async throws -> [PlacementCorrectionRecord] {
        try await readCorrections(of: id, by: principal) { placements, connection in try await placements.corrections(of: id, on: connection) }
    }

    public func monthCorrections(of id: UUID, by principal: Principal) async throws -> [MonthCorrectionRecord] {
        try await readCorrections(of: id, by: principal) { placements, connection in try await placements.monthCorrections(of: id, on: connection) }
    }

    private func readCorrections<Record: Sendable>(
        of id: UUID, by principal: Principal, _ read: @escaping @Sendable (PlacementRepository, PostgresConnection) async throws -> [Record]
    ) async throws -> [Record] {
        try Permission.readPlacementCorrections.check(principal)
        guard try await placements.find(id, in: principal.scope) != nil else {
            throw DomainError.notFound(.noneInScope(.placement))
        }
        let placements = self.placements
        return try await database.transaction { connection in try await read(placements, connection) }
    }

    /// The employer's destination bureau corrects its own placements' facts within the window;
    /// cooperation offices and admins any in their scope.
    static func checkCorrector(_ principal: Principal, sides: PlacementRepository.Sides, days: [CalendarDay], window: BackdatingWindow, today: CalendarDay) throws {
        guard principal.role == .destinationBureau else { return }
        guard sides.destinationSide(principal.scope) else {
            throw DomainError.forbidden(.factsCorrectedBy)
        }
        let start = window.start(today: today)
        guard days.allSatisfy({ $0 >= start }) else {
            throw DomainError.forbidden(.factBeforeByOffice(start))
        }
    }

    /// Judges the placement's claims again on its facts as they are now: one not yet paid that no
    /// longer holds is withdrawn with `reason`; a paid one raises an alert, never a silent reversal.
    func rejudgeClaims(of placement: PlacementRecord, because cause: CorrectionCause, by actor: AuditActor, on connection: PostgresConnection) async throws {
        let subsidies = SubsidyRepository(database: database)
        let policies = try await subsidies.policies(on: connection)
        for claim in try await subsidies.lockedClaims(ofPlacement: placement.id, on: connection) {
            let facts = try await subsidies.placementFacts(asOf: claim.evaluatedAsOf, scope: .everywhere, placement: placement.id, on: connection).first
            let policy = policies.first { $0.code == claim.policyCode }
            guard facts.flatMap({ policy?.claim(for: $0, asOf: claim.evaluatedAsOf) }) == nil else { continue }
            if claim.status == .paid {
                try await alerts.raise(
                    .paidClaimFactsChanged(claimId: claim.id.uuidString.lowercased(), policyCode: claim.policyCode, amountFen: claim.amountFen, cause: cause),
                    worker: placement.workerId, placement: placement.id, month: nil, on: connection
                )
            } else {
                try await subsidies.withdraw(claim.id, because: cause, by: actor, on: connection)
            }
        }
    }
}
