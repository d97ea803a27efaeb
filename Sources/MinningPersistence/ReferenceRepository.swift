import MinningDomain
import PostgresNIO

/// Occupations, industries and pairings: small tables read whole or by one filter.
public struct ReferenceRepository: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    public func occupations(parent: String?, level: String?) async throws -> [Occupation] {
        let rows = try await database.query(
            """
            SELECT code, level, parent_code, name_en, name_zh FROM occupations
            WHERE (\(parent)::text IS NULL OR parent_code = \(parent))
              AND (\(level)::text IS NULL OR level = \(level))
            ORDER BY code
            """
        )
        var result: [Occupation] = []
        for try await (code, level, parent, en, zh) in rows.decode((String, String, String?, String, String).self) {
            result.append(Occupation(code: code, level: level, parentCode: parent, nameEn: en, nameZh: zh))
        }
        return result
    }

    /// The monthly minimum wage in force on `day` for each region under `prefix` that has its own
    /// (a county, or a prefecture whose counties have none of their own).
    public func minimumWages(under prefix: String, on day: CalendarDay) async throws -> [(regionCode: String, monthlyFen: Int)] {
        let rows = try await database.query(
            """
            SELECT DISTINCT ON (region_code) region_code, monthly_fen FROM minimum_wages
            WHERE region_code LIKE \(prefix) || '%' AND effective_from <= \(day)
            ORDER BY region_code, effective_from DESC
            """
        )
        var result: [(regionCode: String, monthlyFen: Int)] = []
        for try await (code, fen) in rows.decode((String, Int).self) { result.append((code, fen)) }
        return result
    }

    public func industries() async throws -> [Industry] {
        let rows = try await database.query("SELECT code, name_zh, name_en FROM industries ORDER BY code")
        var result: [Industry] = []
        for try await (code, zh, en) in rows.decode((String, String, String).self) {
            result.append(Industry(code: code, nameZh: zh, nameEn: en))
        }
        return result
    }

    /// Pairings touching `region` on either side (by prefix), active in `year` when given.
    public func pairings(region: RegionCode?, year: Int?) async throws -> [Pairing] {
        let prefix = region?.scopePrefix ?? ""
        let rows = try await database.query(
            """
            SELECT id, fujian_region_code, ningxia_region_code, start_year, end_year, basis, source, kind FROM pairings
            WHERE (fujian_region_code LIKE \(prefix) || '%' OR ningxia_region_code LIKE \(prefix) || '%')
              AND (\(year)::integer IS NULL OR (start_year <= \(year) AND (end_year IS NULL OR end_year >= \(year))))
            ORDER BY ningxia_region_code, start_year, fujian_region_code
            """
        )
        var result: [Pairing] = []
        for try await (id, fujian, ningxia, start, end, basis, source, kind) in rows.decode((Int, String, String, Int, Int?, String, String, PairingKind).self) {
            result.append(Pairing(
                id: id, fujianRegionCode: fujian, ningxiaRegionCode: ningxia, startYear: start, endYear: end, basis: basis, source: source, kind: kind
            ))
        }
        return result
    }
}
