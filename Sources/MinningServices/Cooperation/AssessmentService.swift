import Foundation
import MinningDomain
import MinningPersistence
import PostgresNIO

/// The yearly agreements' targets (协议指标) and the assessment of each pairing against them (自评):
/// cooperation offices set targets, versioned with a reason; offices, the meeting and admins read
/// the assessment, computed from the records every time.
public struct AssessmentService: Sendable {
    let database: Database
    let targets: TargetRepository
    let ledger: LedgerRepository
    let reference: ReferenceRepository
    let regions: RegionRepository
    let talent: TalentRepository
    let consumption: ConsumptionRepository
    let donations: DonationRepository
    let access: PairingAccess
    let clock: ChinaClock

    public init(database: Database, clock: ChinaClock) {
        self.database = database
        self.targets = TargetRepository(database: database)
        self.ledger = LedgerRepository(database: database)
        self.reference = ReferenceRepository(database: database)
        self.regions = RegionRepository(database: database)
        self.talent = TalentRepository(database: database)
        self.consumption = ConsumptionRepository(database: database)
        self.donations = DonationRepository(database: database)
        self.access = PairingAccess(database: database)
        self.clock = clock
    }

    /// Every pairing of the reader's scope that runs in `year` (or only `pairingId`), judged against its targets.
    public func assessments(year: Int, pairingId: Int? = nil, for reader: Requester) async throws -> [(pairing: Pairing, assessment: Assessment)] {
        let scope = try reader.scope(allowedBy: .readReports)
        let pairings = try await reference.pairings(region: nil, year: year).filter { pairing in
            (pairingId.map { $0 == pairing.id } ?? true)
                && [pairing.fujianRegionCode, pairing.ningxiaRegionCode].contains { code in RegionCode(code).map(scope.contains) ?? false }
        }
        let (targets, service) = (self.targets, self)
        return try await database.transaction { connection in
            let set = try await targets.current(pairingIds: pairings.map(\.id), year: year, on: connection)
            var result: [(pairing: Pairing, assessment: Assessment)] = []
            for pairing in pairings {
                let actuals = try await service.actuals(of: pairing, year: year, on: connection)
                let previous = try await service.actuals(of: pairing, year: year - 1, on: connection)
                result.append((pairing, Assessment(pairingId: pairing.id, year: year, targets: set[pairing.id] ?? [:], actuals: actuals, previousActuals: previous)))
            }
            return result
        }
    }

    /// The same assessments with the pairings' names, for the JSON report and its CSV.
    public func report(year: Int, for reader: Requester) async throws -> AssessmentReport {
        let assessed = try await assessments(year: year, for: reader)
        var names: [String: String] = [:]
        for code in Set(assessed.flatMap { [$0.pairing.fujianRegionCode, $0.pairing.ningxiaRegionCode] }) {
            if let region = RegionCode(code), let found = try await regions.find(region) { names[code] = found.nameZh }
        }
        return AssessmentReport(year: year, entries: assessed.map { pairing, assessment in
            AssessmentReport.Entry(
                pairing: pairing, fujianName: names[pairing.fujianRegionCode] ?? pairing.fujianRegionCode,
                ningxiaName: names[pairing.ningxiaRegionCode] ?? pairing.ningxiaRegionCode, assessment: assessment
            )
        })
    }

    private func actuals(of pairing: Pairing, year: Int, on connection: PostgresConnection) async throws -> [TargetMetric: Int] {
        guard let fujian = RegionCode(pairing.fujianRegionCode), let ningxia = RegionCode(pairing.ningxiaRegionCode) else { return [:] }
        var actuals = try await targets.actuals(
            fujianPrefix: fujian.scopePrefix, ningxiaPrefix: ningxia.scopePrefix, workPrefix: pairing.kind == .mountainSea ? fujian.scopePrefix : "35",
            year: year, on: connection
        )
        let members = try await access.members(of: pairing, on: connection)
        let balance = try await ledger.balance(pairingIds: members, year: year, on: connection)
        actuals[.fundsCommittedFen] = balance.committedFen
        actuals[.fundsTransferredFen] = balance.transferredFen
        actuals.merge(try await talent.sentCounts(pairingIds: members, year: year, today: clock.today, on: connection)) { $1 }
        actuals[.consumptionFen] = try await consumption.total(pairingIds: members, year: year, on: connection)
        actuals[.donationsFen] = try await donations.total(pairingIds: members, year: year, on: connection)
        return actuals
    }

    public func history(pairingId: Int, year: Int, for reader: Requester) async throws -> [TargetVersion] {
        _ = try reader.scope(allowedBy: .readReports)
        return try await targets.history(pairingId: pairingId, year: year)
    }

    /// Sets a pairing's targets for a year: each changed value becomes a new version with the
    /// reason; an unchanged one is left alone. The pairing must be in the office's scope and run
    /// in that year.
    /// `expectedRevision`: the number of versions the caller read (nil: whatever is stored now).
    public func setTargets(
        pairingId: Int, year: Int, values: [TargetMetric: Int], reason: String, expectedRevision: Int? = nil, by actor: AuditActor
    ) async throws -> [TargetMetric] {
        try Permission.keepLedger.check(actor.principal)
        var issues: [FieldIssue] = []
        for (metric, value) in values where !(0...metric.maximum).contains(value) {
            issues.append(FieldIssue(field: metric.rawValue, message: .outOfRange(0, metric.maximum)))
        }
        let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { issues.append(FieldIssue(field: "reason", message: .blank)) }
        if trimmed.unicodeScalars.count > 200 { issues.append(FieldIssue(field: "reason", message: .tooLong(max: 200))) }
        guard issues.isEmpty else { throw DomainError.invalid(issues) }
        let (targets, ledger, now) = (self.targets, self.ledger, clock.now)
        return try await database.transaction { connection in
            guard let run = try await ledger.pairingRun(pairingId, in: actor.principal.scope, on: connection) else {
                throw DomainError.invalid([FieldIssue(field: "pairing_id", message: .noneInScope(.pairing))])
            }
            guard year >= run.start, year <= (run.end ?? 2100) else {
                throw DomainError.invalid([FieldIssue(field: "year", message: .pairingYears(start: run.start, end: run.end, year: year))])
            }
            return try await targets.set(
                pairingId: pairingId, year: year, values: values, reason: trimmed, expectedRevision: expectedRevision, by: actor, at: now, on: connection
            )
        }
    }
}
