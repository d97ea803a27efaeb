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
    /// Why a correction of the placement's facts withdrew it: the English written at the time.
    public let withdrawalReason: String?
    /// The correction itself; nil for a claim withdrawn before it was kept (migration 0024).
    public let withdrawalCause: CorrectionCause?
    public let ledgerPosition: Int?
    /// The key that approved it: paying takes another (four eyes on money).
    public let approvedByKey: UUID?
    public let createdAt: Date
}

/// Rows of subsidy policies and claims, and the placement facts claims are granted from.
public struct SubsidyRepository: Sendable {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func policies() async throws -> [SubsidyPolicy] {
        try await database.withConnection { connection in try await policies(on: connection) }
    }

    public func policies(on connection: PostgresConnection) async throws -> [SubsidyPolicy] {
        let rows = try await connection.query(
            """
            SELECT code, name_zh, beneficiary, amount_fen, origin_prefixes, poverty_statuses, min_verified_months, contract_required,
                   limit_kind, valid_from, valid_to
            FROM subsidy_policies ORDER BY code
            """,
            logger: database.logger
        )
        var policies: [SubsidyPolicy] = []
        for try await row in rows {
            let row = NamedRow(row)
            policies.append(SubsidyPolicy(
                code: try row("code"), nameZh: try row("name_zh"), beneficiary: try row("beneficiary"), amountFen: try row("amount_fen"),
                originPrefixes: try row("origin_prefixes"), povertyStatuses: try row("poverty_statuses"),
                minVerifiedMonths: try row("min_verified_months"), contractRequired: try row("contract_required"),
                limit: try row("limit_kind"), validFrom: try row("valid_from"), validTo: try row("valid_to")
            ))
        }
        return policies
    }

    /// Records a pending claim unless one exists for the same policy, beneficiary and period
    /// (safe under concurrent evaluations); the new claim's id, or nil when it existed.
    public func insertPending(_ draft: SubsidyClaimDraft, asOf: CalendarDay, by actor: AuditActor, on connection: PostgresConnection) async throws -> UUID? {
        let factsJSON = String(decoding: try Self.factsEncoder.encode(draft.facts), as: UTF8.self)
        let inserted = try await connection.query(
            """
            INSERT INTO subsidy_claims (policy_code, beneficiary, worker_id, employer_id, placement_id, period_key, beneficiary_key,
                                        amount_fen, facts, evaluated_as_of, status)
            VALUES (\(draft.policyCode), \(draft.beneficiary), \(draft.facts.workerId), \(draft.facts.employerId),
                    \(draft.facts.placementId), \(draft.periodKey), \(draft.beneficiaryKey), \(draft.amountFen), \(factsJSON)::jsonb,
                    \(asOf), 'pending')
            ON CONFLICT (policy_code, beneficiary_key, period_key) DO NOTHING
            RETURNING id
            """,
            logger: database.logger
        ).collect()
        guard let id = try inserted.first?.decode(UUID.self) else { return nil }
        try await AuditLog.record("create", objectType: "subsidy_claim", objectId: id, by: actor, on: connection, logger: database.logger)
        return id
    }

    static let factsEncoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return encoder
    }()

    /// Hired (or since separated) placements with the months verified up to `asOf`, of workers
    /// from `scope` or at employers in it: an office evaluates the placements it answers for.
    public func placementFacts(
        asOf: CalendarDay, scope: Scope, placement: UUID? = nil, on connection: PostgresConnection
    ) async throws -> [PlacementFacts] {
        let rows = try await connection.query(
            """
            SELECT p.id, p.worker_id, v.employer_id, w.origin_region_code, w.poverty_status, p.status, p.hired_on,
                   coalesce((SELECT array_agg(m.month ORDER BY m.month) FROM placement_months m
                             WHERE m.placement_id = p.id AND m.month <= \(asOf) AND m.wage_paid_fen IS NOT NULL), '{}') AS paid_months
            FROM placements p JOIN vacancies v ON v.id = p.vacancy_id JOIN workers w ON w.id = p.worker_id
            JOIN employers e ON e.id = v.employer_id
            WHERE p.hired_on IS NOT NULL AND p.hired_on <= \(asOf) AND (\(placement)::uuid IS NULL OR p.id = \(placement))
              AND (w.origin_region_code LIKE \(scope.codePrefix) || '%' OR e.region_code LIKE \(scope.codePrefix) || '%')
            ORDER BY p.id
            """,
            logger: database.logger
        )
        var facts: [PlacementFacts] = []
        for try await row in rows {
            let row = NamedRow(row)
            let paid = try row("paid_months", as: [CalendarDay].self).map { (month: $0, wagePaid: true) }
            facts.append(PlacementFacts(
                placementId: try row("id"), workerId: try row("worker_id"), employerId: try row("employer_id"),
                originRegion: try row("origin_region_code"), povertyStatus: try row("poverty_status"), status: try row("status"),
                hiredOn: try row("hired_on"), consecutiveVerifiedMonths: VerifiedMonths.consecutive(paid)
            ))
        }
        return facts
    }

    // MARK: - Claims

    static let columns = """
        c.id, c.policy_code, c.beneficiary, c.worker_id, c.employer_id, c.placement_id, c.amount_fen, c.facts::text AS facts,
        c.evaluated_as_of, c.status, c.rejection_reason, c.withdrawal_reason, c.withdrawal_cause::text AS withdrawal_cause, c.ledger_position, c.approved_by_key, c.created_at
        """
    static let joins = "FROM subsidy_claims c JOIN workers w ON w.id = c.worker_id JOIN employers e ON e.id = c.employer_id"

    /// Claims whose worker's origin or employer's county is in `scope`.
    public func claims(in scope: Scope, status: SubsidyClaimStatus?, policyCode: String?, limit: Int) async throws -> [SubsidyClaimRecord] {
        try await database.withConnection { connection in
            try await Self.decode(try await connection.query(
                """
                SELECT \(unescaped: Self.columns) \(unescaped: Self.joins)
                WHERE (w.origin_region_code LIKE \(scope.codePrefix) || '%' OR e.region_code LIKE \(scope.codePrefix) || '%')
                  AND (\(status)::text IS NULL OR c.status = \(status))
                  AND (\(policyCode)::text IS NULL OR c.policy_code = \(policyCode))
                ORDER BY c.created_at, c.id LIMIT \(limit)
                """,
                logger: database.logger
            ))
        }
    }

    /// The claim when its worker's origin or its employer's county is in `scope`, locked until
    /// the transaction ends.
    public func locked(_ id: UUID, in scope: Scope, on connection: PostgresConnection) async throws -> SubsidyClaimRecord? {
        let rows = try await connection.query(
            """
            SELECT \(unescaped: Self.columns) \(unescaped: Self.joins)
            WHERE c.id = \(id)
              AND (w.origin_region_code LIKE \(scope.codePrefix) || '%' OR e.region_code LIKE \(scope.codePrefix) || '%')
            FOR UPDATE OF c
            """,
            logger: database.logger
        )
        return try await Self.decode(rows).first
    }

    /// The claims of a placement that a change of its facts could touch, locked until the
    /// transaction ends: pending, approved and paid ones.
    public func lockedClaims(ofPlacement placement: UUID, on connection: PostgresConnection) async throws -> [SubsidyClaimRecord] {
        try await Self.decode(try await connection.query(
            """
            SELECT \(unescaped: Self.columns) \(unescaped: Self.joins)
            WHERE c.placement_id = \(placement) AND c.status IN ('pending', 'approved', 'paid')
            ORDER BY c.created_at, c.id
            FOR UPDATE OF c
            """,
            logger: database.logger
        ))
    }

    /// A claim whose facts no longer hold, withdrawn for the correction that changed them (never by a request).
    public func withdraw(_ id: UUID, because cause: CorrectionCause, by actor: AuditActor, on connection: PostgresConnection) async throws {
        let reason = String(Message.correctionCause(cause).text(in: .en).prefix(300))
        let facts = String(decoding: try JSONEncoder().encode(cause), as: UTF8.self)
        try await connection.query(
            """
            UPDATE subsidy_claims SET status = 'withdrawn', withdrawal_reason = \(reason), withdrawal_cause = \(facts)::jsonb,
                   decided_by_key = \(actor.principal.keyId), updated_at = now()
            WHERE id = \(id)
            """,
            logger: database.logger
        )
        try await AuditLog.record("update", objectType: "subsidy_claim", objectId: id, fields: ["status"], by: actor, on: connection, logger: database.logger)
    }

    /// Writes a decision already judged valid: the status, a rejection's reason, a payment's ledger position.
    public func writeDecision(
        _ id: UUID, status: SubsidyClaimStatus, rejectionReason: String?, ledgerPosition: Int?, by actor: AuditActor,
        on connection: PostgresConnection
    ) async throws -> SubsidyClaimRecord {
        try await connection.query(
            """
            UPDATE subsidy_claims SET status = \(status), rejection_reason = coalesce(\(rejectionReason), rejection_reason),
                ledger_position = coalesce(\(ledgerPosition), ledger_position), decided_by_key = \(actor.principal.keyId),
                approved_by_key = CASE WHEN \(status) = 'approved' THEN \(actor.principal.keyId) ELSE approved_by_key END, updated_at = now()
            WHERE id = \(id)
            """,
            logger: database.logger
        )
        try await AuditLog.record("update", objectType: "subsidy_claim", objectId: id, fields: ["status"], by: actor, on: connection, logger: database.logger)
        return try await Self.decode(try await connection.query(
            "SELECT \(unescaped: Self.columns) \(unescaped: Self.joins) WHERE c.id = \(id)", logger: database.logger
        )).first!
    }

    static func decode(_ rows: PostgresRowSequence) async throws -> [SubsidyClaimRecord] {
        var claims: [SubsidyClaimRecord] = []
        for try await row in rows {
            let row = NamedRow(row)
            claims.append(SubsidyClaimRecord(
                id: try row("id"), policyCode: try row("policy_code"), beneficiary: try row("beneficiary"),
                workerId: try row("worker_id"), employerId: try row("employer_id"), placementId: try row("placement_id"),
                amountFen: try row("amount_fen"), factsJSON: try row("facts"), evaluatedAsOf: try row("evaluated_as_of"),
                status: try row("status"), rejectionReason: try row("rejection_reason"), withdrawalReason: try row("withdrawal_reason"),
                withdrawalCause: try row("withdrawal_cause", as: String?.self).flatMap { try? JSONDecoder().decode(CorrectionCause.self, from: Data($0.utf8)) },
                ledgerPosition: try row("ledger_position"),
                approvedByKey: try row("approved_by_key"), createdAt: try row("created_at")
            ))
        }
        return claims
    }
}
