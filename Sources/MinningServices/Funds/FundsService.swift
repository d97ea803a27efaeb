import Foundation
import MinningDomain
import MinningPersistence
import PostgresNIO

/// What recording a ledger entry came to.
public enum LedgerRecording: Sendable {
    case appended(LedgerEntry)
    /// An expenditure above the threshold, waiting for a second key.
    case awaitingConfirmation(PendingExpenditure)
}

/// The fund ledger and projects: written by cooperation offices for pairings in
/// their scope, read by them, observers and admins.
public struct FundsService: Sendable {
    let database: Database
    let ledger: LedgerRepository
    let projects: ProjectRepository
    let pending: PendingExpenditureRepository
    let idempotency: IdempotencyStore
    let clock: ChinaClock
    /// Expenditures above this wait for a second key (Settings.ledgerConfirmationThresholdFen).
    let confirmationThresholdFen: Int

    public init(
        database: Database, idempotency: IdempotencyStore, clock: ChinaClock,
        confirmationThresholdFen: Int = ExpenditureConfirmation.defaultThresholdFen
    ) {
        self.database = database
        self.ledger = LedgerRepository(database: database)
        self.projects = ProjectRepository(database: database)
        self.pending = PendingExpenditureRepository(database: database)
        self.idempotency = idempotency
        self.clock = clock
        self.confirmationThresholdFen = confirmationThresholdFen
    }

    /// Records what a clerk entered: appended to the ledger at once, or, for an expenditure above
    /// the confirmation threshold, kept waiting for a second key (`confirm`).
    public func record(_ request: LedgerAppend, by actor: AuditActor, once: OnceOnly<LedgerRecording>) async throws -> IdempotencyStore.Outcome {
        try Permission.keepLedger.check(actor.principal)
        return try await idempotency.run(once) { connection in try await record(request, by: actor, on: connection) }
    }

    public func record(_ request: LedgerAppend, by actor: AuditActor) async throws -> LedgerRecording {
        try Permission.keepLedger.check(actor.principal)
        return try await database.transaction { connection in try await record(request, by: actor, on: connection) }
    }

    private func record(_ request: LedgerAppend, by actor: AuditActor, on connection: PostgresConnection) async throws -> LedgerRecording {
        guard case .entry(let new) = request, ExpenditureConfirmation.isNeeded(for: new, thresholdFen: confirmationThresholdFen) else {
            return .appended(try await append(request, by: actor, on: connection))
        }
        // Judged now as an append would be, so that a clerk learns at once what is wrong; judged
        // again at confirmation, against the ledger as it is then.
        try await ledger.lockForAppend(on: connection)
        _ = try await checked(request, in: actor.principal.scope, on: connection)
        return .awaitingConfirmation(try await pending.insert(new, requestedAt: clock.now, by: actor, on: connection))
    }

    /// Appends a waiting expenditure, by a key other than the one that recorded it. The row lock
    /// makes two confirmations at once append once: the second finds it confirmed.
    public func confirm(_ id: UUID, by actor: AuditActor) async throws -> PendingExpenditure {
        try Permission.keepLedger.check(actor.principal)
        let pending = self.pending
        return try await database.transaction { connection in
            guard let waiting = try await pending.locked(id, in: actor.principal.scope, on: connection) else {
                throw DomainError.notFound(.noneInScope(.pendingExpenditure))
            }
            guard waiting.status == .pending else {
                throw DomainError.conflict(.expenditureConfirmed(ledgerPosition: waiting.ledgerPosition ?? 0))
            }
            guard waiting.requestedByKey != actor.principal.keyId else {
                throw DomainError.forbidden(.recorderCannotConfirm)
            }
            let entry = try await append(.entry(waiting.entry), by: actor, on: connection)
            return try await pending.markConfirmed(id, ledgerPosition: entry.position, by: actor, on: connection)
        }
    }

    public func pendingExpenditures(status: PendingExpenditure.Status?, limit: Int, by principal: Principal) async throws -> [PendingExpenditure] {
        try Permission.readFunds.check(principal)
        return try await pending.list(in: principal.scope, status: status, limit: limit)
    }

    public func pendingExpenditure(_ id: UUID, by principal: Principal) async throws -> PendingExpenditure {
        try Permission.readFunds.check(principal)
        let pending = self.pending
        guard let found = try await database.transaction({ connection in try await pending.find(id, in: principal.scope, on: connection) }) else {
            throw DomainError.notFound(.noneInScope(.pendingExpenditure))
        }
        return found
    }

    /// Appends within the caller's transaction, which holds the ledger's lock until it ends: the
    /// chain head and the balance are read as they are, so the overspend rule holds under concurrency.
    /// No confirmation threshold here: a subsidy payment reaches it already approved by a second key.
    func append(_ request: LedgerAppend, by actor: AuditActor, on connection: PostgresConnection) async throws -> LedgerEntry {
        try await ledger.lockForAppend(on: connection)
        let entry = try await checked(request, in: actor.principal.scope, on: connection)
        let appended = try await ledger.write(entry, recordedAt: clock.now, by: actor, on: connection)
        ServiceMetrics.ledgerEntries.increment()
        return appended
    }

    /// The entry `request` would append, with every rule judged against the ledger as it is:
    /// scope, the pairing's years, the project, what a reversal may reverse, and the balance.
    private func checked(_ request: LedgerAppend, in scope: Scope, on connection: PostgresConnection) async throws -> NewLedgerEntry {
        let entry: NewLedgerEntry
        var reversedKind: LedgerEntryKind?
        switch request {
        case .entry(let new):
            guard new.kind != .reversal else {
                throw DomainError.invalid([FieldIssue(field: "kind", message: .reversalNamesPosition)])
            }
            guard let run = try await ledger.pairingRun(new.pairingId, in: scope, on: connection) else {
                throw DomainError.invalid([FieldIssue(field: "pairing_id", message: .noneInScope(.pairing))])
            }
            var projectOfPairing = true
            if let project = new.projectId { projectOfPairing = try await ledger.project(project, belongsTo: new.pairingId, on: connection) }
            let issues = new.problems(pairingRuns: run.start, to: run.end, projectOfPairing: projectOfPairing)
            guard issues.isEmpty else { throw DomainError.invalid(issues) }
            entry = new
        case .reversal(let reversal):
            guard let target = try await ledger.entry(at: reversal.position, in: scope, on: connection) else {
                throw DomainError.invalid([FieldIssue(field: "reverses_position", message: .noneInScope(.ledgerEntry))])
            }
            guard target.entry.kind != .reversal else { throw DomainError.conflict(.reversalOfReversal) }
            guard try await !ledger.isReversed(reversal.position, on: connection) else {
                throw DomainError.conflict(.alreadyReversed(position: reversal.position))
            }
            reversedKind = target.entry.kind
            entry = NewLedgerEntry(
                pairingId: target.entry.pairingId, year: target.entry.year, projectId: target.entry.projectId, kind: .reversal,
                amountFen: target.entry.amountFen, entryDate: reversal.entryDate, documentNumber: reversal.documentNumber,
                reversesPosition: reversal.position
            )
        }
        let balance = try await ledger.balance(pairingId: entry.pairingId, year: entry.year, on: connection)
        guard balance.applying(entry.kind, amountFen: entry.amountFen, reversedKind: reversedKind) != nil else {
            throw DomainError.conflict(.overspend(
                pairing: String(entry.pairingId), year: entry.year, transferredFen: balance.transferredFen, spentFen: balance.spentFen
            ))
        }
        return entry
    }

    public func entry(at position: Int, by principal: Principal) async throws -> LedgerEntry {
        try Permission.readFunds.check(principal)
        guard let entry = try await ledger.find(position: position, in: principal.scope) else {
            throw DomainError.notFound(.noneInScope(.ledgerEntry))
        }
        return entry
    }

    public func entries(pairingId: Int?, year: Int?, afterPosition: Int, limit: Int, by principal: Principal) async throws -> [LedgerEntry] {
        try Permission.readFunds.check(principal)
        return try await ledger.list(in: principal.scope, pairingId: pairingId, year: year, afterPosition: afterPosition, limit: limit)
    }

    /// Recomputes every hash of the chain; open to every reader of funds (and the CLI).
    public func verify() async throws -> LedgerRepository.Verification {
        try await ledger.verify()
    }

    // MARK: - Projects

    public func createProject(
        pairingId: Int, category: ProjectCategory, title: String, budgetFen: Int, status: ProjectStatus, by actor: AuditActor,
        once: OnceOnly<ProjectRecord>
    ) async throws -> IdempotencyStore.Outcome {
        try Permission.keepLedger.check(actor.principal)
        return try await idempotency.run(once) { connection in
            try await createProject(pairingId: pairingId, category: category, title: title, budgetFen: budgetFen, status: status, by: actor, on: connection)
        }
    }

    func createProject(
        pairingId: Int, category: ProjectCategory, title: String, budgetFen: Int, status: ProjectStatus, by actor: AuditActor,
        on connection: PostgresConnection
    ) async throws -> ProjectRecord {
        guard try await ledger.pairingRun(pairingId, in: actor.principal.scope, on: connection) != nil else {
            throw DomainError.invalid([FieldIssue(field: "pairing_id", message: .noneInScope(.pairing))])
        }
        return try await projects.create(pairingId: pairingId, category: category, title: title, budgetFen: budgetFen, status: status, by: actor, on: connection)
    }

    public func projects(pairingId: Int?, limit: Int, by principal: Principal) async throws -> [ProjectRecord] {
        try Permission.readFunds.check(principal)
        return try await projects.list(in: principal.scope, pairingId: pairingId, limit: limit)
    }

    public func project(_ id: UUID, by principal: Principal) async throws -> ProjectRecord {
        try Permission.readFunds.check(principal)
        guard let project = try await projects.find(id, in: principal.scope) else { throw DomainError.notFound(.noneInScope(.project)) }
        return project
    }
}
