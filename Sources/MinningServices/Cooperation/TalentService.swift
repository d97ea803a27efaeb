import Foundation
import MinningDomain
import MinningPersistence
import PostgresNIO

/// People sent to serve on the other side of a pairing (人才交流): recorded and ended by
/// cooperation offices of either side, read by those who read the cooperation's records.
public struct TalentService: Sendable {
    let database: Database
    let talent: TalentRepository
    let pairings: CooperationPairing
    let idempotency: IdempotencyStore
    let clock: ChinaClock

    public init(database: Database, idempotency: IdempotencyStore, clock: ChinaClock) {
        self.database = database
        self.talent = TalentRepository(database: database)
        self.pairings = CooperationPairing(access: PairingAccess(database: database))
        self.idempotency = idempotency
        self.clock = clock
    }

    public func record(_ assignment: TalentAssignment, by actor: AuditActor, once: OnceOnly<Recorded<TalentAssignment>>) async throws -> IdempotencyStore.Outcome {
        try Permission.keepCooperationRecords.check(actor.principal)
        let issues = assignment.problems(today: clock.today)
        guard issues.isEmpty else { throw DomainError.invalid(issues) }
        return try await idempotency.run(once) { connection in try await record(assignment, by: actor, on: connection) }
    }

    /// In the caller's transaction: the demo seeder's path too.
    func record(_ assignment: TalentAssignment, by actor: AuditActor, on connection: PostgresConnection) async throws -> Recorded<TalentAssignment> {
        _ = try await pairings.forWriting(assignment.pairingId, on: assignment.startsOn, dayField: "starts_on", by: actor.principal, on: connection)
        return try await talent.insert(assignment, by: actor, at: clock.now, on: connection)
    }

    /// Postings serving at some time in `year` (or ever), of one pairing or every one in scope.
    public func list(pairingId: Int?, year: Int?, by principal: Principal) async throws -> [Recorded<TalentAssignment>] {
        try Permission.readCooperationRecords.check(principal)
        let (talent, pairings) = (self.talent, self.pairings)
        return try await database.transaction { connection in
            try await talent.list(pairingIds: try await pairings.forReading(pairingId, by: principal, on: connection), year: year, on: connection)
        }
    }

    public func find(_ id: UUID, by principal: Principal) async throws -> Recorded<TalentAssignment> {
        try Permission.readCooperationRecords.check(principal)
        let (talent, pairings) = (self.talent, self.pairings)
        return try await database.transaction { connection in
            guard let found = try await talent.find(id, on: connection),
                  try await pairings.access.pairing(found.value.pairingId, in: principal.scope, on: connection) != nil else {
                throw DomainError.notFound(.noneInScope(.talentAssignment))
            }
            return found
        }
    }

    /// A change after the fact: the host unit, the post, or the day the posting ended (null: still serving).
    public struct Change: Sendable {
        public var hostUnit: String?
        public var post: String?
        public var endsOn: CalendarDay??

        public init(hostUnit: String? = nil, post: String? = nil, endsOn: CalendarDay?? = nil) {
            self.hostUnit = hostUnit
            self.post = post
            self.endsOn = endsOn
        }

        public var isEmpty: Bool { fields.isEmpty }

        var fields: [String] {
            [hostUnit.map { _ in "host_unit" }, post.map { _ in "post" }, endsOn.map { _ in "ends_on" }].compactMap { $0 }
        }
    }

    public func change(_ id: UUID, _ change: Change, expectedVersion: Int?, by actor: AuditActor) async throws -> Recorded<TalentAssignment> {
        try Permission.keepCooperationRecords.check(actor.principal)
        guard !change.fields.isEmpty else { throw DomainError.invalid([FieldIssue(field: "body", message: .mustChangeSomething)]) }
        let (talent, pairings, today) = (self.talent, self.pairings, clock.today)
        return try await database.transaction { connection in
            guard let found = try await talent.find(id, on: connection, forUpdate: true),
                  try await pairings.access.pairing(found.value.pairingId, in: actor.principal.scope, on: connection) != nil else {
                throw DomainError.notFound(.noneInScope(.talentAssignment))
            }
            if let expectedVersion, expectedVersion != found.version { throw StaleVersion(current: found.version) }
            let old = found.value
            let changed = TalentAssignment(
                pairingId: old.pairingId, kind: old.kind, direction: old.direction, personName: old.personName, homeUnit: old.homeUnit,
                hostUnit: change.hostUnit ?? old.hostUnit, post: change.post ?? old.post, startsOn: old.startsOn, endsOn: change.endsOn ?? old.endsOn
            )
            let issues = changed.problems(today: today).filter { $0.field != "starts_on" }
            guard issues.isEmpty else { throw DomainError.invalid(issues) }
            return try await talent.update(
                id, hostUnit: changed.hostUnit, post: changed.post, endsOn: changed.endsOn, fields: change.fields, by: actor, on: connection
            )
        }
    }
}
