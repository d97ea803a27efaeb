import MinningDomain
import PostgresNIO

/// Read access to the GB/T 2260 table. Regions are reference data: every authenticated caller may
/// read all of them, scope applies to what is registered in them.
public struct RegionRepository: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    public func list(parent: RegionCode?, level: RegionLevel?) async throws -> [Region] {
        let parentText = parent?.rawValue
        let levelText = level?.rawValue
        let rows = try await database.query(
            """
            SELECT r.code, r.name_zh, r.level, r.parent_code, k.region_code IS NOT NULL
            FROM regions r LEFT JOIN key_assistance_counties k ON k.region_code = r.code
            WHERE (\(parentText)::text IS NULL OR r.parent_code = \(parentText))
              AND (\(levelText)::text IS NULL OR r.level = \(levelText))
            ORDER BY r.code
            """
        )
        return try await collect(rows)
    }

    public func find(_ code: RegionCode) async throws -> Region? {
        let rows = try await database.query(
            """
            SELECT r.code, r.name_zh, r.level, r.parent_code, k.region_code IS NOT NULL
            FROM regions r LEFT JOIN key_assistance_counties k ON k.region_code = r.code
            WHERE r.code = \(code)
            """
        )
        return try await collect(rows).first
    }

    private func collect(_ rows: PostgresRowSequence) async throws -> [Region] {
        var regions: [Region] = []
        for try await (code, name, level, parent, key) in rows.decode((RegionCode, String, RegionLevel, RegionCode?, Bool).self) {
            regions.append(Region(code: code.rawValue, nameZh: name, level: level, parentCode: parent?.rawValue, keyAssistanceCounty: key))
        }
        return regions
    }
}
