import MinningDomain
import PostgresNIO

/// The pairing a cooperation record belongs to, when the caller's scope holds either of its sides:
/// a Fujian office records what its county bought or sent, a Ningxia office what its county received.
public struct PairingAccess: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    public func pairing(_ id: Int, in scope: Scope, on connection: PostgresConnection) async throws -> Pairing? {
        let rows = try await connection.query(
            """
            SELECT id, fujian_region_code, ningxia_region_code, start_year, end_year, basis, source, kind FROM pairings
            WHERE id = \(id) AND (fujian_region_code LIKE \(scope.codePrefix) || '%' OR ningxia_region_code LIKE \(scope.codePrefix) || '%')
            """,
            logger: database.logger
        ).collect()
        return try rows.first.map { row in
            let (id, fujian, ningxia, start, end, basis, source, kind) = try row.decode((Int, String, String, Int, Int?, String, String, PairingKind).self)
            return Pairing(id: id, fujianRegionCode: fujian, ningxiaRegionCode: ningxia, startYear: start, endYear: end, basis: basis, source: source, kind: kind)
        }
    }

    /// The ids of the pairings the scope sees.
    public func visibleIds(in scope: Scope, on connection: PostgresConnection) async throws -> [Int] {
        let rows = try await connection.query(
            """
            SELECT id FROM pairings
            WHERE fujian_region_code LIKE \(scope.codePrefix) || '%' OR ningxia_region_code LIKE \(scope.codePrefix) || '%'
            """,
            logger: database.logger
        )
        var ids: [Int] = []
        for try await id in rows.decode(Int.self) { ids.append(id) }
        return ids
    }
}

extension PairingAccess {
    /// The pairings whose records a pairing's assessment counts: itself, or for the provinces' pair
    /// every pairing of its kind with both sides inside it.
    public func members(of pairing: Pairing, on connection: PostgresConnection) async throws -> [Int] {
        guard pairing.isProvincePair, let fujian = RegionCode(pairing.fujianRegionCode), let ningxia = RegionCode(pairing.ningxiaRegionCode) else {
            return [pairing.id]
        }
        let rows = try await connection.query(
            """
            SELECT id FROM pairings WHERE kind = \(pairing.kind.rawValue)
              AND fujian_region_code LIKE \(fujian.scopePrefix) || '%' AND ningxia_region_code LIKE \(ningxia.scopePrefix) || '%'
            """,
            logger: database.logger
        )
        var ids: [Int] = []
        for try await id in rows.decode(Int.self) { ids.append(id) }
        return ids
    }
}
