import Foundation
import MinningDomain
import MinningPersistence
import PostgresNIO

/// Donations to a pairing's Ningxia side (社会参与), in money or in kind, recorded by cooperation
/// offices of either side, with the pairing's project they went to when there is one.
public struct DonationService: Sendable {
    let database: Database
    let donations: DonationRepository
    let ledger: LedgerRepository
    let pairings: CooperationPairing
    let idempotency: IdempotencyStore
    let clock: ChinaClock

    public init(database: Database, idempotency: IdempotencyStore, clock: ChinaClock) {
        self.database = database
        self.donations = DonationRepository(database: database)
        self.ledger = LedgerRepository(database: database)
        self.pairings = CooperationPairing(access: PairingAccess(database: database))
        self.idempotency = idempotency
        self.clock = clock
    }

    public func record(_ donation: Donation, by actor: AuditActor, once: OnceOnly<Recorded<Donation>>) async throws -> IdempotencyStore.Outcome {
        try Permission.keepCooperationRecords.check(actor.principal)
        let issues = donation.problems(today: clock.today)
        guard issues.isEmpty else { throw DomainError.invalid(issues) }
        return try await idempotency.run(once) { connection in try await record(donation, by: actor, on: connection) }
    }

    func record(_ donation: Donation, by actor: AuditActor, on connection: PostgresConnection) async throws -> Recorded<Donation> {
        _ = try await pairings.forWriting(donation.pairingId, on: donation.receivedOn, dayField: "received_on", by: actor.principal, on: connection)
        if let project = donation.projectId, try await !ledger.project(project, belongsTo: donation.pairingId, on: connection) {
            throw DomainError.invalid([FieldIssue(field: "project_id", message: .noProjectOfPairing)])
        }
        return try await donations.insert(donation, by: actor, at: clock.now, on: connection)
    }

    public func list(pairingId: Int?, year: Int?, limit: Int, offset: Int, by principal: Principal) async throws -> [Recorded<Donation>] {
        try Permission.readCooperationRecords.check(principal)
        let (donations, pairings) = (self.donations, self.pairings)
        return try await database.transaction { connection in
            try await donations.list(
                pairingIds: try await pairings.forReading(pairingId, by: principal, on: connection), year: year, limit: limit, offset: offset, on: connection
            )
        }
    }
}
