import Foundation
import MinningDomain
import MinningPersistence
import PostgresNIO

/// Subsidies granted from facts (免申即享): evaluation turns placements' verified facts into
/// pending claims; a cooperation office approves, rejects or pays them, paying from a pairing's
/// funds through the ledger.
public struct SubsidyService: Sendable {
    let database: Database
    let subsidies: SubsidyRepository
    let funds: FundsService
    let clock: ChinaClock

    public init(database: Database, funds: FundsService, clock: ChinaClock) {
        // Evaluating every placement of a province may take minutes.
        let database = database.withDeadline(.seconds(600))
        self.database = database
        self.subsidies = SubsidyRepository(database: database)
        self.funds = funds
        self.clock = clock
    }

    public struct Evaluation: Sendable, Equatable {
        public let asOf: CalendarDay
        public let placementsExamined: Int
        /// New pending claims, by policy code.
        public let created: [String: Int]
        public var createdTotal: Int { created.values.reduce(0, +) }
    }

    public func policies() async throws -> [SubsidyPolicy] {
        try await subsidies.policies()
    }

    /// Records a pending claim for every placement of the caller's scope whose facts on `asOf`
    /// meet a policy, unless one exists for the same policy, beneficiary and period. Idempotent,
    /// and safe to run concurrently.
    public func evaluate(asOf: CalendarDay, by actor: AuditActor) async throws -> Evaluation {
        try Permission.decideSubsidies.check(actor.principal)
        if asOf > clock.today { throw DomainError.invalid([FieldIssue(field: "as_of", message: .notInFuture)]) }
        let subsidies = self.subsidies
        let evaluation = try await database.transaction { connection in
            let policies = try await subsidies.policies(on: connection)
            let facts = try await subsidies.placementFacts(asOf: asOf, scope: actor.principal.scope, on: connection)
            var created: [String: Int] = [:]
            for draft in facts.flatMap({ fact in policies.compactMap { $0.claim(for: fact, asOf: asOf) } }) {
                if try await subsidies.insertPending(draft, asOf: asOf, by: actor, on: connection) != nil {
                    created[draft.policyCode, default: 0] += 1
                }
            }
            return Evaluation(asOf: asOf, placementsExamined: facts.count, created: created)
        }
        ServiceMetrics.subsidyEvaluations.increment()
        ServiceMetrics.subsidyClaimsCreated.increment(by: evaluation.createdTotal)
        return evaluation
    }

    /// Claims name workers and their poverty status (the facts): the offices that decide them
    /// read them; observers read the subsidy report, which names no one.
    public func claims(status: SubsidyClaimStatus?, policyCode: String?, limit: Int, by principal: Principal) async throws -> [SubsidyClaimRecord] {
        try Permission.decideSubsidies.check(principal)
        return try await subsidies.claims(in: principal.scope, status: status, policyCode: policyCode, limit: limit)
    }

    /// Approves, rejects or pays a claim. Paying appends an expenditure to the ledger from the
    /// named pairing's funds in the same transaction, so a claim is paid once and only with money
    /// that was transferred.
    public func decide(_ id: UUID, to next: SubsidyClaimStatus, reason: String?, payment: SubsidyPayment?, by actor: AuditActor) async throws -> SubsidyClaimRecord {
        try Permission.decideSubsidies.check(actor.principal)
        let (subsidies, funds) = (self.subsidies, self.funds)
        return try await database.transaction { connection in
            guard let claim = try await subsidies.locked(id, in: actor.principal.scope, on: connection) else {
                throw DomainError.notFound(.noneInScope(.subsidyClaim))
            }
            guard SubsidyClaimStatus.decisions.contains(next) else {
                throw DomainError.invalid([FieldIssue(field: "to", message: .notOneOf(["approved", "rejected", "paid"], term: "subsidy_claim_status"))])
            }
            if let problem = claim.status.transitionProblem(to: next) { throw DomainError.conflict(problem) }
            var ledgerPosition: Int?
            switch next {
            case .rejected:
                guard reason != nil else { throw DomainError.invalid([FieldIssue(field: "reason", message: .reasonRequiredToReject)]) }
            case .paid:
                guard claim.approvedByKey != actor.principal.keyId else {
                    throw DomainError.forbidden(.approverCannotPay)
                }
                guard let payment else {
                    throw DomainError.invalid([FieldIssue(field: "payment", message: .paymentRequired)])
                }
                let entry = try await funds.append(.entry(NewLedgerEntry(
                    pairingId: payment.pairingId, year: payment.entryDate.year, projectId: nil, kind: .expenditure, amountFen: claim.amountFen,
                    entryDate: payment.entryDate, documentNumber: payment.documentNumber, reversesPosition: nil
                )), by: actor, on: connection)
                ledgerPosition = entry.position
            default:
                break
            }
            return try await subsidies.writeDecision(
                id, status: next, rejectionReason: next == .rejected ? reason : nil, ledgerPosition: ledgerPosition, by: actor, on: connection
            )
        }
    }
}
