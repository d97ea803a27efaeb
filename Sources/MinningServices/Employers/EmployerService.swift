import Foundation
import MinningDomain
import MinningPersistence
import PostgresNIO

/// Registering and keeping Fujian employers: written by the destination bureau whose scope holds
/// the employer's county, read by every bureau (what an employer is and where is not confidential;
/// its contact's phone is masked for everyone).
public struct EmployerService: Sendable {
    let database: Database
    let employers: EmployerRepository
    let idempotency: IdempotencyStore

    public init(database: Database, employers: EmployerRepository, idempotency: IdempotencyStore) {
        self.database = database
        self.employers = employers
        self.idempotency = idempotency
    }

    public func register(_ employer: NewEmployer, by actor: AuditActor, once: OnceOnly<EmployerRecord>) async throws -> IdempotencyStore.Outcome {
        try Permission.keepEmployers.check(actor.principal)
        return try await idempotency.run(once) { connection in try await register(employer, by: actor, on: connection) }
    }

    /// The registration itself, in the caller's transaction: the demo seeder's path too.
    func register(_ employer: NewEmployer, by actor: AuditActor, on connection: PostgresConnection) async throws -> EmployerRecord {
        guard actor.principal.scope.contains(employer.region) else {
            throw DomainError.invalid([FieldIssue(field: "region_code", message: .outsideYourRegion)])
        }
        try await checkReferences(region: employer.region, industry: employer.industryCode, on: connection)
        if let existing = try await employers.registered(creditCode: employer.creditCode, on: connection) {
            throw DomainError.conflict(.employerRegistered(existing.uuidString.lowercased()))
        }
        return try await employers.create(employer, by: actor, on: connection)
    }

    public func show(_ id: UUID) async throws -> EmployerRecord {
        guard let employer = try await employers.find(id) else { throw DomainError.notFound(.noSuchId(.employer)) }
        return employer
    }

    public func list(filter: EmployerRepository.Filter, after cursor: ListCursor?, limit: Int) async throws -> [EmployerRecord] {
        try await employers.list(filter: filter, after: cursor, limit: limit)
    }

    public func update(_ id: UUID, expectedVersion: Int, changes: EmployerChanges, by actor: AuditActor) async throws -> EmployerRecord {
        try Permission.keepEmployers.check(actor.principal)
        let employers = self.employers
        return try await database.transaction { connection in
            guard let current = try await employers.lockedForUpdate(id, on: connection), actor.principal.scope.contains(current.region) else {
                throw DomainError.notFound(.noneInScope(.employer))
            }
            guard current.version == expectedVersion else { throw StaleVersion(current: current.version) }
            if let industry = changes.industryCode {
                try await checkReferences(region: current.region, industry: industry, on: connection)
            }
            return try await employers.write(id, changes: changes, by: actor, on: connection)
        }
    }

    private func checkReferences(region: RegionCode, industry: String, on connection: PostgresConnection) async throws {
        let known = try await employers.known(region: region, industry: industry, on: connection)
        var issues: [FieldIssue] = []
        if !known.region { issues.append(FieldIssue(field: "region_code", message: .unknownRegion(region.rawValue))) }
        if !known.industry { issues.append(FieldIssue(field: "industry_code", message: .unknownCode(.industrySection, industry))) }
        if !issues.isEmpty { throw DomainError.invalid(issues) }
    }
}
