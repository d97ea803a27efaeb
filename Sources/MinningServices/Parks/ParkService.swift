import Foundation
import MinningDomain
import MinningPersistence
import PostgresNIO

/// Industrial parks (闽宁产业园) and their enterprises: written by cooperation offices whose scope
/// holds the park, read by those who read reports, from either side of the cooperation (the parks
/// report itself is `ReportService.parks`).
public struct ParkService: Sendable {
    let database: Database
    let parks: ParkRepository
    let facts: ParkFactsRepository
    let idempotency: IdempotencyStore
    let clock: ChinaClock

    public init(database: Database, idempotency: IdempotencyStore, clock: ChinaClock) {
        self.database = database
        self.parks = ParkRepository(database: database)
        self.facts = ParkFactsRepository(database: database)
        self.idempotency = idempotency
        self.clock = clock
    }

    public func createPark(name: String, region: RegionCode, establishedOn: CalendarDay, by actor: AuditActor, once: OnceOnly<ParkRecord>) async throws -> IdempotencyStore.Outcome {
        try Permission.keepParks.check(actor.principal)
        return try await idempotency.run(once) { connection in
            try await createPark(name: name, region: region, establishedOn: establishedOn, by: actor, on: connection)
        }
    }

    /// The creation itself, in the caller's transaction: the demo seeder's path too.
    func createPark(name: String, region: RegionCode, establishedOn: CalendarDay, by actor: AuditActor, on connection: PostgresConnection) async throws -> ParkRecord {
        guard actor.principal.scope.contains(region) else {
            throw DomainError.invalid([FieldIssue(field: "region_code", message: .outsideYourRegion)])
        }
        guard try await parks.isKnownRegion(region, on: connection) else {
            throw DomainError.invalid([FieldIssue(field: "region_code", message: .unknownRegion(region.rawValue))])
        }
        return try await parks.insertPark(name: name, region: region, establishedOn: establishedOn, by: actor, on: connection)
    }

    public func parks(by principal: Principal) async throws -> [ParkRecord] {
        try Permission.readParks.check(principal)
        return try await parks.parks(in: principal.scope)
    }

    public func addEnterprise(
        parkId: UUID, name: String, creditCode: CreditCode, relocatedFrom: RegionCode?, industryCode: String, investmentFen: Int,
        enteredOn: CalendarDay, by actor: AuditActor, once: OnceOnly<ParkEnterpriseRecord>
    ) async throws -> IdempotencyStore.Outcome {
        try Permission.keepParks.check(actor.principal)
        return try await idempotency.run(once) { connection in
            try await addEnterprise(
                parkId: parkId, name: name, creditCode: creditCode, relocatedFrom: relocatedFrom, industryCode: industryCode,
                investmentFen: investmentFen, enteredOn: enteredOn, by: actor, on: connection
            )
        }
    }

    func addEnterprise(
        parkId: UUID, name: String, creditCode: CreditCode, relocatedFrom: RegionCode?, industryCode: String, investmentFen: Int,
        enteredOn: CalendarDay, by actor: AuditActor, on connection: PostgresConnection
    ) async throws -> ParkEnterpriseRecord {
        guard try await parks.isHeld(parkId, in: actor.principal.scope, on: connection) else {
            throw DomainError.notFound(.noneInScope(.park))
        }
        var issues: [FieldIssue] = []
        if let relocatedFrom, !relocatedFrom.isInFujian {
            issues.append(FieldIssue(field: "relocated_from_region_code", message: .notFujianRegion))
        }
        if try await !parks.isKnownIndustry(industryCode, on: connection) {
            issues.append(FieldIssue(field: "industry_code", message: .notIndustrySection))
        }
        guard issues.isEmpty else { throw DomainError.invalid(issues) }
        return try await parks.insertEnterprise(
            parkId: parkId, name: name, creditCode: creditCode, relocatedFrom: relocatedFrom, industryCode: industryCode,
            investmentFen: investmentFen, enteredOn: enteredOn, by: actor, on: connection
        )
    }

    public func enterprises(parkId: UUID, by principal: Principal) async throws -> [ParkEnterpriseRecord] {
        try Permission.readParks.check(principal)
        let parks = self.parks
        return try await database.transaction { connection in
            guard try await parks.isVisible(parkId, in: principal.scope, on: connection) else {
                throw DomainError.notFound(.noneInScope(.park))
            }
            return try await parks.enterprises(parkId: parkId, on: connection)
        }
    }

    /// Records (or replaces) an enterprise's figures for a year.
    public func putYear(parkId: UUID, enterpriseId: UUID, year: Int, figures: ParkYearFigures, by actor: AuditActor) async throws -> ParkYearFigures {
        try Permission.keepParks.check(actor.principal)
        let issues = figures.problems()
        guard issues.isEmpty else { throw DomainError.invalid(issues) }
        let parks = self.parks
        return try await database.transaction { connection in
            guard try await parks.isHeld(parkId, in: actor.principal.scope, on: connection) else {
                throw DomainError.notFound(.noneInScope(.park))
            }
            guard try await parks.enterprise(enterpriseId, isIn: parkId, on: connection) else {
                throw DomainError.notFound(.noneInScope(.enterprise))
            }
            try await parks.putYear(enterpriseId: enterpriseId, year: year, figures: figures, by: actor, on: connection)
            return figures
        }
    }
}
