import Foundation
import MinningDomain
import MinningPersistence
import PostgresNIO

/// Investment that arrived and headcounts, each on its day: written by the offices whose scope
/// holds the park, read by those who read parks.
extension ParkService {
    public func recordArrival(
        parkId: UUID, _ arrival: InvestmentArrival, by actor: AuditActor, once: OnceOnly<Recorded<InvestmentArrival>>
    ) async throws -> IdempotencyStore.Outcome {
        try Permission.keepParks.check(actor.principal)
        let issues = arrival.problems(today: clock.today)
        guard issues.isEmpty else { throw DomainError.invalid(issues) }
        return try await idempotency.run(once) { connection in try await recordArrival(parkId: parkId, arrival, by: actor, on: connection) }
    }

    func recordArrival(parkId: UUID, _ arrival: InvestmentArrival, by actor: AuditActor, on connection: PostgresConnection) async throws -> Recorded<InvestmentArrival> {
        try await held(parkId: parkId, enterpriseId: arrival.enterpriseId, by: actor.principal, on: connection)
        return try await facts.insert(arrival, by: actor, at: clock.now, on: connection)
    }

    public func arrivals(parkId: UUID, enterpriseId: UUID, by principal: Principal) async throws -> [Recorded<InvestmentArrival>] {
        try Permission.readParks.check(principal)
        let facts = self.facts
        return try await readingVisible(parkId: parkId, enterpriseId: enterpriseId, by: principal) { try await facts.arrivals(enterpriseId: enterpriseId, on: $0) }
    }

    /// Records the headcount of a day, or corrects that day's; returns it with the version stored.
    public func putHeadcount(parkId: UUID, _ headcount: Headcount, _ write: HeadcountWrite = .create, by actor: AuditActor) async throws -> Headcount {
        try Permission.keepParks.check(actor.principal)
        let service = self
        return try await database.transaction { connection in
            let version = try await service.putHeadcount(parkId: parkId, headcount, write, by: actor, on: connection)
            let h = headcount
            return Headcount(enterpriseId: h.enterpriseId, countedOn: h.countedOn, jobs: h.jobs, liftedJobs: h.liftedJobs, localJobs: h.localJobs, version: version)
        }
    }

    @discardableResult
    func putHeadcount(parkId: UUID, _ headcount: Headcount, _ write: HeadcountWrite = .create, by actor: AuditActor, on connection: PostgresConnection) async throws -> Int {
        try await held(parkId: parkId, enterpriseId: headcount.enterpriseId, by: actor.principal, on: connection)
        let entered = try await facts.enteredOn(headcount.enterpriseId, on: connection) ?? headcount.countedOn
        let issues = headcount.problems(today: clock.today, enteredOn: entered)
        guard issues.isEmpty else { throw DomainError.invalid(issues) }
        return try await facts.put(headcount, write, by: actor, at: clock.now, on: connection)
    }

    public func headcounts(parkId: UUID, enterpriseId: UUID, by principal: Principal) async throws -> [Headcount] {
        try Permission.readParks.check(principal)
        let facts = self.facts
        return try await readingVisible(parkId: parkId, enterpriseId: enterpriseId, by: principal) { try await facts.headcounts(enterpriseId: enterpriseId, on: $0) }
    }

    /// Reads an enterprise's facts when the reader sees its park (from either side of the cooperation).
    private func readingVisible<Result: Sendable>(
        parkId: UUID, enterpriseId: UUID, by principal: Principal, _ read: @Sendable @escaping (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        let parks = self.parks
        return try await database.transaction { connection in
            guard try await parks.isVisible(parkId, in: principal.scope, on: connection),
                  try await parks.enterprise(enterpriseId, isIn: parkId, on: connection) else {
                throw DomainError.notFound(.noneInScope(.enterprise))
            }
            return try await read(connection)
        }
    }

    private func held(parkId: UUID, enterpriseId: UUID, by principal: Principal, on connection: PostgresConnection) async throws {
        guard try await parks.isHeld(parkId, in: principal.scope, on: connection) else { throw DomainError.notFound(.noneInScope(.park)) }
        guard try await parks.enterprise(enterpriseId, isIn: parkId, on: connection) else { throw DomainError.notFound(.noneInScope(.enterprise)) }
    }
}
