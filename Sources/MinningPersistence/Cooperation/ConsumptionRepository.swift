import Foundation
import MinningDomain
import PostgresNIO

/// Rows of `consumption_purchases`.
public struct ConsumptionRepository: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    static let columns = "id, pairing_id, buyer_name, buyer_kind, product_category, origin_region_code, amount_fen, purchased_on, evidence_ref, created_at"

    /// Stores purchases in one statement, each audited; the caller's transaction makes a file all or nothing.
    public func insert(_ purchases: [ConsumptionPurchase], by actor: AuditActor, at now: Date, on connection: PostgresConnection) async throws -> [Recorded<ConsumptionPurchase>] {
        let ids = purchases.map { _ in UUID() }
        let rows = try await connection.query(
            """
            INSERT INTO consumption_purchases (id, pairing_id, buyer_name, buyer_kind, product_category, origin_region_code, amount_fen,
                                               purchased_on, evidence_ref, recorded_by_bureau, created_at)
            SELECT id, pairing_id, buyer_name, buyer_kind, product_category, origin_region_code, amount_fen, purchased_on, evidence_ref,
                   \(actor.principal.bureauId), \(now)
            FROM unnest(\(ids), \(purchases.map(\.pairingId)), \(purchases.map(\.buyerName)), \(purchases.map(\.buyerKind.rawValue)),
                        \(purchases.map(\.productCategory.rawValue)), \(purchases.map(\.originRegion.rawValue)), \(purchases.map(\.amountFen)),
                        \(purchases.map(\.purchasedOn)), \(purchases.map(\.evidenceRef)))
                 AS t(id, pairing_id, buyer_name, buyer_kind, product_category, origin_region_code, amount_fen, purchased_on, evidence_ref)
            RETURNING \(unescaped: Self.columns)
            """,
            logger: database.logger
        )
        let recorded = try await Self.decode(rows)
        try await connection.query(
            """
            INSERT INTO audit_log (key_id, bureau_id, role, action, object_type, object_id, request_id, fields)
            SELECT \(actor.principal.keyId), \(actor.principal.bureauId), \(actor.principal.role.rawValue), 'create', 'consumption_purchase',
                   id::text, \(actor.requestId), '{}'
            FROM unnest(\(ids)) AS t(id)
            """,
            logger: database.logger
        )
        let order = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        return recorded.sorted { order[$0.id]! < order[$1.id]! }
    }

    /// A pairing's purchases in a year, by day, a page at a time.
    public func list(pairingIds: [Int], year: Int?, limit: Int, offset: Int, on connection: PostgresConnection) async throws -> [Recorded<ConsumptionPurchase>] {
        let (from, to) = ReportPeriod.whole(year).days
        return try await Self.decode(try await connection.query(
            """
            SELECT \(unescaped: Self.columns) FROM consumption_purchases
            WHERE pairing_id = ANY(\(pairingIds)) AND purchased_on BETWEEN \(from) AND \(to)
            ORDER BY purchased_on, id LIMIT \(limit) OFFSET \(offset)
            """,
            logger: database.logger
        ))
    }

    public func total(pairingIds: [Int], year: Int, on connection: PostgresConnection) async throws -> Int {
        let (from, to) = ReportPeriod.whole(year).days
        return try await connection.query(
            "SELECT coalesce(sum(amount_fen), 0)::bigint FROM consumption_purchases WHERE pairing_id = ANY(\(pairingIds)) AND purchased_on BETWEEN \(from) AND \(to)",
            logger: database.logger
        ).collect().first?.decode(Int.self) ?? 0
    }

    /// Whether a region code is in the reference table.
    public func isKnownRegion(_ code: RegionCode, on connection: PostgresConnection) async throws -> Bool {
        try await !connection.query("SELECT 1 FROM regions WHERE code = \(code)", logger: database.logger).collect().isEmpty
    }

    static func decode(_ rows: PostgresRowSequence) async throws -> [Recorded<ConsumptionPurchase>] {
        var result: [Recorded<ConsumptionPurchase>] = []
        for try await row in rows {
            let (id, pairing, buyer, kind, category, origin, amount, day, evidence, created) = try row.decode(
                (UUID, Int, String, ConsumptionPurchase.BuyerKind, ConsumptionPurchase.ProductCategory, RegionCode, Int, CalendarDay, String, Date).self
            )
            result.append(Recorded(id: id, value: ConsumptionPurchase(
                pairingId: pairing, buyerName: buyer, buyerKind: kind, productCategory: category, originRegion: origin, amountFen: amount,
                purchasedOn: day, evidenceRef: evidence
            ), version: 1, createdAt: created))
        }
        return result
    }
}
