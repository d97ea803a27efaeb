import Foundation
import MinningDomain
import MinningPersistence
import PostgresNIO

/// Purchases of Ningxia products by Fujian buyers (消费协作): one at a time, or a county's ledger as
/// a CSV file, all or nothing; read by those who read the cooperation's records.
public struct ConsumptionService: Sendable {
    let database: Database
    let purchases: ConsumptionRepository
    let pairings: CooperationPairing
    let idempotency: IdempotencyStore
    let clock: ChinaClock

    public init(database: Database, idempotency: IdempotencyStore, clock: ChinaClock) {
        self.database = database
        self.purchases = ConsumptionRepository(database: database)
        self.pairings = CooperationPairing(access: PairingAccess(database: database))
        self.idempotency = idempotency
        self.clock = clock
    }

    public func record(_ purchase: ConsumptionPurchase, by actor: AuditActor, once: OnceOnly<Recorded<ConsumptionPurchase>>) async throws -> IdempotencyStore.Outcome {
        try Permission.keepCooperationRecords.check(actor.principal)
        return try await idempotency.run(once) { connection in try await record([purchase], by: actor, on: connection)[0] }
    }

    /// Checks every purchase against its pairing and the reference regions, then stores them all.
    func record(_ batch: [ConsumptionPurchase], lines: [Int]? = nil, by actor: AuditActor, on connection: PostgresConnection) async throws -> [Recorded<ConsumptionPurchase>] {
        var issues: [LineIssue] = []
        var pairingsById: [Int: Pairing] = [:]
        for (index, purchase) in batch.enumerated() {
            let line = lines?[index] ?? 0
            let pairing: Pairing
            if let known = pairingsById[purchase.pairingId] {
                pairing = known
            } else {
                guard let found = try await pairings.access.pairing(purchase.pairingId, in: actor.principal.scope, on: connection) else {
                    throw DomainError.invalid([FieldIssue(field: "pairing_id", message: .noneInScope(.pairing))])
                }
                pairing = found
                pairingsById[purchase.pairingId] = found
            }
            var found = purchase.problems(today: clock.today, pairingNingxiaSide: RegionCode(pairing.ningxiaRegionCode)!)
            if !pairing.runs(in: purchase.purchasedOn.year) {
                found.append(FieldIssue(field: "purchased_on", message: .pairingYears(start: pairing.startYear, end: pairing.endYear, year: purchase.purchasedOn.year)))
            }
            if found.isEmpty, try await !purchases.isKnownRegion(purchase.originRegion, on: connection) {
                found.append(FieldIssue(field: "origin_region_code", message: .unknownRegion(purchase.originRegion.rawValue)))
            }
            issues += found.map { LineIssue(line: line, field: $0.field, message: $0.message) }
        }
        guard issues.isEmpty else {
            if lines == nil { throw DomainError.invalid(issues.map { FieldIssue(field: $0.field, message: $0.message) }) }
            throw ImportRejected(issues)
        }
        return try await purchases.insert(batch, by: actor, at: clock.now, on: connection)
    }

    /// A county's purchase ledger for one pairing, read from CSV with Chinese or API headers: every
    /// bad line is named, and one bad line stores nothing. Stored once per key (`once`: a file sent
    /// twice is not counted twice); without a key, each call stores.
    public func importFile(_ table: CSVTable, pairingId: Int, by actor: AuditActor, once: OnceOnly<Int>) async throws -> IdempotencyStore.Outcome {
        let rows = try Self.rows(table, pairingId: pairingId, by: actor.principal)
        let service = self
        return try await idempotency.run(once) { connection in
            try await service.record(rows.map(\.row), lines: rows.map(\.line), by: actor, on: connection).count
        }
    }

    /// The same checks, storing nothing: how many purchases the file would add.
    public func checkFile(_ table: CSVTable, pairingId: Int, by actor: AuditActor) async throws -> Int {
        let rows = try Self.rows(table, pairingId: pairingId, by: actor.principal)
        let service = self
        do {
            return try await database.transaction { connection in
                let stored = try await service.record(rows.map(\.row), lines: rows.map(\.line), by: actor, on: connection)
                throw ConsumptionDryRun(count: stored.count)
            }
        } catch let dryRun as ConsumptionDryRun {
            return dryRun.count
        }
    }

    private static func rows(_ table: CSVTable, pairingId: Int, by principal: Principal) throws -> [(line: Int, row: ConsumptionPurchase)] {
        try Permission.keepCooperationRecords.check(principal)
        let (rows, issues) = ConsumptionPurchaseImport.rows(from: table, pairingId: pairingId)
        guard issues.isEmpty else { throw ImportRejected(issues) }
        guard !rows.isEmpty else { throw ImportRejected([LineIssue(line: 1, field: "file", message: .lineUnreadable(detail: "no purchases"))]) }
        return rows
    }

    public func list(pairingId: Int?, year: Int?, limit: Int, offset: Int, by principal: Principal) async throws -> [Recorded<ConsumptionPurchase>] {
        try Permission.readCooperationRecords.check(principal)
        let (purchases, pairings) = (self.purchases, self.pairings)
        return try await database.transaction { connection in
            try await purchases.list(
                pairingIds: try await pairings.forReading(pairingId, by: principal, on: connection), year: year, limit: limit, offset: offset, on: connection
            )
        }
    }
}

/// Thrown out of a dry run's transaction so that it rolls back once every line has been checked.
private struct ConsumptionDryRun: Error {
    let count: Int
}
