import Foundation
import MinningDomain
import PostgresNIO

public struct SubsidyClaimRecord: Sendable, Equatable {
    public let id: UUID
    public let policyCode: String
    public let beneficiary: SubsidyPolicy.Beneficiary
    public let workerId: UUID
    public let employerId: UUID
    public let placementId: UUID
    public let amountFen: Int
    public let factsJSON: String
    public let evaluatedAsOf: CalendarDay
    public let status: SubsidyClaimStatus
    public let rejectionReason: String?
    public let ledgerPosition: Int?
    public let createdAt: Date
}

/// Subsidy evaluation and claims. Evaluation is idempotent and safe to run concurrently: claims are
/// inserted with ON CONFLICT DO NOTHING against the (policy, beneficiary, period) constraint.
public struct SubsidyRepository: Sendable {
    let database: Database

    public init(database: Database) {
        self.database = database.withDeadline(.seconds(600))
    }

    public func policies() async throws -> [SubsidyPolicy] {
        try await database.transaction { connection in try await policies(on: connection) }
    }

    func policies(on connection: PostgresConnection) async throws -> [SubsidyPolicy] {
        let rows = try await connection.query(
            """
            SELECT code, name_zh, beneficiary, amount_fen, origin_prefixes, poverty_statuses, min_verified_months, contract_required,
                   limit_kind, to_char(valid_from, 'YYYY-MM-DD'), to_char(valid_to, 'YYYY-MM-DD')
            FROM subsidy_policies ORDER BY code
            """,
            logger: database.logger
        )
        var policies: [SubsidyPolicy] = []
        for try await row in rows {
            let c = row.makeRandomAccess()
            policies.append(SubsidyPolicy(
                code: try c[0].decode(String.self), nameZh: try c[1].decode(String.self),
                beneficiary: SubsidyPolicy.Beneficiary(rawValue: try c[2].decode(String.self)) ?? .worker,
                amountFen: try c[3].decode(Int.self), originPrefixes: try c[4].decode([String].self),
                povertyStatuses: try c[5].decode([String].self).compactMap(PovertyStatus.init(rawValue:)),
                minVerifiedMonths: try c[6].decode(Int.self), contractRequired: try c[7].decode(Bool.self),
                limit: SubsidyPolicy.Limit(rawValue: try c[8].decode(String.self)) ?? .oncePerPlacement,
                validFrom: CalendarDay(iso: try c[9].decode(String.self))!, validTo: try c[10].decode(String?.self).flatMap(CalendarDay.init(iso:))
            ))
        }
        return policies
    }

    public struct Evaluation: Sendable, Equatable {
        public let asOf: CalendarDay
        public let placementsExamined: Int
        /// New pending claims, by policy code.
        public let created: [String: Int]
        public var createdTotal: Int { created.values.reduce(0, +) }
    }

    /// Finds every placement whose facts on `asOf` meet a policy and records a pending claim for
    /// it, unless one exists for the same policy, beneficiary and period.
    public func evaluate(asOf: CalendarDay, by actor: AuditActor) async throws -> Evaluation {
        try await database.transaction { connection in
            let policies = try await policies(on: connection)
            let facts = try await placementFacts(asOf: asOf, scope: actor.principal.scope, on: connection)
            let drafts = facts.flatMap { fact in policies.compactMap { $0.claim(for: fact, asOf: asOf) } }
            var created: [String: Int] = [:]
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            for draft in drafts {
                let factsJSON = String(decoding: try encoder.encode(draft.facts), as: UTF8.self)
                let inserted = try await connection.query(
                    """
                    INSERT INTO subsidy_claims (policy_code, beneficiary, worker_id, employer_id, placement_id, period_key, beneficiary_key,
                                                amount_fen, facts, evaluated_as_of, status)
                    VALUES (\(draft.policyCode), \(draft.beneficiary.rawValue), \(draft.facts.workerId), \(draft.facts.employerId),
                            \(draft.facts.placementId), \(draft.periodKey), \(draft.beneficiaryKey), \(draft.amountFen), \(factsJSON)::jsonb,
                            \(asOf.description)::date, 'pending')
                    ON CONFLICT (policy_code, beneficiary_key, period_key) DO NOTHING
                    RETURNING id
                    """,
                    logger: database.logger
                ).collect()
                if let id = try inserted.first?.decode(UUID.self) {
                    created[draft.policyCode, default: 0] += 1
                    try await AuditLog.record("create", objectType: "subsidy_claim", objectId: id, by: actor, on: connection, logger: database.logger)
                }
            }
            return Evaluation(asOf: asOf, placementsExamined: facts.count, created: created)
        }
    }

    /// Hired (or since separated) placements with the months verified up to `asOf`, of workers
    /// from `scope` or at employers in it: an office evaluates the placements it answers for.
    func placementFacts(asOf: CalendarDay, scope: Scope, on connection: PostgresConnection) async throws -> [PlacementFacts] {
        let rows = try await connection.query(
            """
            SELECT p.id, p.worker_id, v.employer_id, w.origin_region_code, w.poverty_status, p.status, to_char(p.hired_on, 'YYYY-MM-DD'),
                   coalesce((SELECT array_agg(to_char(m.month, 'YYYY-MM-DD') ORDER BY m.month) FROM placement_months m
                             WHERE m.placement_id = p.id AND m.month <= \(asOf.description)::date AND m.wage_paid_fen IS NOT NULL), '{}')
            FROM placements p JOIN vacancies v ON v.id = p.vacancy_id JOIN workers w ON w.id = p.worker_id
            JOIN employers e ON e.id = v.employer_id
            WHERE p.hired_on IS NOT NULL AND p.hired_on <= \(asOf.description)::date
              AND (w.origin_region_code LIKE \(scope.codePrefix) || '%' OR e.region_code LIKE \(scope.codePrefix) || '%')
            ORDER BY p.id
            """,
            logger: database.logger
        )
        var facts: [PlacementFacts] = []
        for try await (id, worker, employer, origin, poverty, status, hired, months) in rows.decode(
            (UUID, UUID, UUID, String, String, String, String?, [String]).self
        ) {
            let paid = months.compactMap(CalendarDay.init(iso:)).map { (month: $0, wagePaid: true) }
            facts.append(PlacementFacts(
                placementId: id, workerId: worker, employerId: employer, originRegion: origin,
                povertyStatus: PovertyStatus(rawValue: poverty) ?? .none, status: PlacementStatus(rawValue: status) ?? .withdrawn,
                hiredOn: hired.flatMap(CalendarDay.init(iso:)), consecutiveVerifiedMonths: VerifiedMonths.consecutive(paid)
            ))
        }
        return facts
    }

    // MARK: - Claims

    static let columns = """
        c.id, c.policy_code, c.beneficiary, c.worker_id, c.employer_id, c.placement_id, c.amount_fen, c.facts::text,
        to_char(c.evaluated_as_of, 'YYYY-MM-DD'), c.status, c.rejection_reason, c.ledger_position, c.created_at
        """
    static let joins = "FROM subsidy_claims c JOIN workers w ON w.id = c.worker_id JOIN employers e ON e.id = c.employer_id"

    /// Claims whose worker's origin or employer's county is in `scope`.
    public func claims(in scope: Scope, status: SubsidyClaimStatus?, policyCode: String?, limit: Int) async throws -> [SubsidyClaimRecord] {
        try await database.transaction { connection in
            try await Self.decode(try await connection.query(
                """
                SELECT \(unescaped: Self.columns) \(unescaped: Self.joins)
                WHERE (w.origin_region_code LIKE \(scope.codePrefix) || '%' OR e.region_code LIKE \(scope.codePrefix) || '%')
                  AND (\(status?.rawValue)::text IS NULL OR c.status = \(status?.rawValue))
                  AND (\(policyCode)::text IS NULL OR c.policy_code = \(policyCode))
                ORDER BY c.created_at, c.id LIMIT \(limit)
                """,
                logger: database.logger
            ))
        }
    }

    public struct Payment: Sendable {
        public let pairingId: Int
        public let entryDate: CalendarDay
        public let documentNumber: String

        public init(pairingId: Int, entryDate: CalendarDay, documentNumber: String) {
            self.pairingId = pairingId
            self.entryDate = entryDate
            self.documentNumber = documentNumber
        }
    }

    /// Approves, rejects or pays a claim. Paying appends an expenditure to the ledger from the
    /// named pairing's funds in the same transaction, so a claim is paid once and only with money
    /// that was transferred.
    public func transition(_ id: UUID, to next: SubsidyClaimStatus, reason: String?, payment: Payment?, by actor: AuditActor) async throws -> SubsidyClaimRecord {
        try await database.transaction { connection in
            let rows = try await connection.query(
                """
                SELECT \(unescaped: Self.columns) \(unescaped: Self.joins)
                WHERE c.id = \(id)
                  AND (w.origin_region_code LIKE \(actor.principal.scope.codePrefix) || '%' OR e.region_code LIKE \(actor.principal.scope.codePrefix) || '%')
                FOR UPDATE OF c
                """,
                logger: database.logger
            )
            guard let claim = try await Self.decode(rows).first else { throw DomainError.notFound("no subsidy claim with this id is in your scope") }
            if let problem = claim.status.transitionProblem(to: next) { throw DomainError.conflict(problem) }

            switch next {
            case .rejected:
                guard let reason else { throw DomainError.invalid([FieldIssue(field: "reason", message: "is required to reject")]) }
                try await connection.query(
                    "UPDATE subsidy_claims SET status = 'rejected', rejection_reason = \(reason), decided_by_key = \(actor.principal.keyId), updated_at = now() WHERE id = \(id)",
                    logger: database.logger
                )
            case .paid:
                guard let payment else {
                    throw DomainError.invalid([FieldIssue(field: "payment", message: "is required to pay: pairing_id, entry_date and document_number")])
                }
                let entry = try await LedgerRepository(database: database).append(.entry(NewLedgerEntry(
                    pairingId: payment.pairingId, year: payment.entryDate.year, projectId: nil, kind: .expenditure, amountFen: claim.amountFen,
                    entryDate: payment.entryDate, documentNumber: payment.documentNumber, reversesPosition: nil
                )), by: actor, on: connection)

                try await connection.query(
                    "UPDATE subsidy_claims SET status = 'paid', ledger_position = \(entry.position), decided_by_key = \(actor.principal.keyId), updated_at = now() WHERE id = \(id)",
                    logger: database.logger
                )
            default:
                try await connection.query(
                    "UPDATE subsidy_claims SET status = \(next.rawValue), decided_by_key = \(actor.principal.keyId), updated_at = now() WHERE id = \(id)",
                    logger: database.logger
                )
            }
            try await AuditLog.record("update", objectType: "subsidy_claim", objectId: id, fields: ["status"], by: actor, on: connection, logger: database.logger)
            return try await Self.decode(try await connection.query(
                "SELECT \(unescaped: Self.columns) \(unescaped: Self.joins) WHERE c.id = \(id)", logger: database.logger
            )).first!
        }
    }

    static func decode(_ rows: PostgresRowSequence) async throws -> [SubsidyClaimRecord] {
        var claims: [SubsidyClaimRecord] = []
        for try await row in rows {
            let c = row.makeRandomAccess()
            claims.append(SubsidyClaimRecord(
                id: try c[0].decode(UUID.self), policyCode: try c[1].decode(String.self),
                beneficiary: SubsidyPolicy.Beneficiary(rawValue: try c[2].decode(String.self)) ?? .worker,
                workerId: try c[3].decode(UUID.self), employerId: try c[4].decode(UUID.self), placementId: try c[5].decode(UUID.self),
                amountFen: try c[6].decode(Int.self), factsJSON: try c[7].decode(String.self),
                evaluatedAsOf: CalendarDay(iso: try c[8].decode(String.self))!,
                status: SubsidyClaimStatus(rawValue: try c[9].decode(String.self)) ?? .pending,
                rejectionReason: try c[10].decode(String?.self), ledgerPosition: try c[11].decode(Int?.self), createdAt: try c[12].decode(Date.self)
            ))
        }
        return claims
    }
}
