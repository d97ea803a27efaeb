import Foundation
import MinningDomain
import PostgresNIO

/// Builds the funds report from the ledger alone, for the pairings a caller may see.
public struct FundsReportRepository: Sendable {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    /// The ledger entries of `year`'s agreements; with `period`, only those recorded on its days
    /// (an entry's day may lie up to a year either side of its agreement year).
    public func report(year: Int, narrowedTo period: ReportPeriod?, scope: Scope) async throws -> FundsReport {
        let narrowed = period != nil
        let days = period ?? ReportPeriod(year: year)
        return try await database.transaction { connection in
            let rows = try await connection.query(
                """
                WITH live AS (
                    SELECT e.* FROM fund_ledger e
                    WHERE e.year = \(year) AND e.kind <> 'reversal'
                      AND (NOT \(narrowed) OR e.entry_date BETWEEN \(days.from) AND \(days.to))
                      AND NOT EXISTS (SELECT 1 FROM fund_ledger r WHERE r.reverses_position = e.position)
                )
                SELECT p.id, p.fujian_region_code, f.name_zh, p.ningxia_region_code, n.name_zh, p.kind,
                       EXISTS (SELECT 1 FROM key_assistance_counties k WHERE k.region_code = p.ningxia_region_code),
                       coalesce(sum(l.amount_fen) FILTER (WHERE l.kind = 'commitment'), 0)::bigint,
                       coalesce(sum(l.amount_fen) FILTER (WHERE l.kind = 'transfer'), 0)::bigint,
                       coalesce(sum(l.amount_fen) FILTER (WHERE l.kind = 'expenditure'), 0)::bigint
                FROM pairings p
                JOIN regions f ON f.code = p.fujian_region_code
                JOIN regions n ON n.code = p.ningxia_region_code
                LEFT JOIN live l ON l.pairing_id = p.id
                WHERE p.start_year <= \(year) AND (p.end_year IS NULL OR p.end_year >= \(year))
                  AND (p.fujian_region_code LIKE \(scope.codePrefix) || '%' OR p.ningxia_region_code LIKE \(scope.codePrefix) || '%')
                GROUP BY p.id, p.fujian_region_code, f.name_zh, p.ningxia_region_code, n.name_zh, p.kind
                ORDER BY p.id
                """,
                logger: database.logger
            )
            var lines: [FundsReport.PairingLine] = []
            for try await (id, fujian, fujianName, ningxia, ningxiaName, kind, key, committed, transferred, spent) in rows.decode(
                (Int, String, String, String, String, PairingKind, Bool, Int, Int, Int).self
            ) {
                lines.append(FundsReport.PairingLine(
                    pairingId: id, fujianRegionCode: fujian, fujianRegionName: fujianName, ningxiaRegionCode: ningxia,
                    ningxiaRegionName: ningxiaName, keyAssistanceCounty: key,
                    balance: FundsBalance(committedFen: committed, transferredFen: transferred, spentFen: spent), kind: kind
                ))
            }
            let pairingIds = lines.map(\.pairingId)
            let categories = try await connection.query(
                """
                SELECT pr.category, sum(e.amount_fen)::bigint FROM fund_ledger e
                LEFT JOIN projects pr ON pr.id = e.project_id
                WHERE e.year = \(year) AND e.kind = 'expenditure' AND e.pairing_id = ANY(\(pairingIds))
                  AND (NOT \(narrowed) OR e.entry_date BETWEEN \(days.from) AND \(days.to))
                  AND NOT EXISTS (SELECT 1 FROM fund_ledger r WHERE r.reverses_position = e.position)
                GROUP BY pr.category ORDER BY pr.category NULLS LAST
                """,
                logger: database.logger
            )
            var byCategory: [(category: ProjectCategory?, fen: Int)] = []
            for try await (category, fen) in categories.decode((ProjectCategory?, Int).self) {
                byCategory.append((category, fen))
            }
            // The floor judges a county's whole year with all its mountain counties, whatever part of
            // them the reader sees or the days the report is narrowed to.
            let giving = Array(Set(lines.filter { $0.kind == .mountainSea }.map(\.fujianRegionCode)))
            let floorRows = try await connection.query(
                """
                SELECT p.fujian_region_code, r.name_zh, coalesce(sum(e.amount_fen), 0)::bigint
                FROM pairings p JOIN regions r ON r.code = p.fujian_region_code
                LEFT JOIN fund_ledger e ON e.pairing_id = p.id AND e.year = \(year) AND e.kind = 'transfer'
                    AND NOT EXISTS (SELECT 1 FROM fund_ledger x WHERE x.reverses_position = e.position)
                WHERE p.kind = 'mountain_sea' AND p.fujian_region_code = ANY(\(giving))
                GROUP BY p.fujian_region_code, r.name_zh ORDER BY p.fujian_region_code
                """,
                logger: database.logger
            )
            var floor: [FundsReport.FloorLine] = []
            for try await (code, name, transferred) in floorRows.decode((String, String, Int).self) {
                floor.append(FundsReport.FloorLine(regionCode: code, regionName: name, transferredFen: transferred))
            }
            let head = try await LedgerRepository(database: database).headHash(on: connection)
            return FundsReport(year: year, pairings: lines, spentByCategory: byCategory, ledgerHeadHash: LedgerHash.hex(head), mountainSeaFloor: floor)
        }
    }
}
