import Foundation
import MinningDomain
import PostgresNIO

public struct SubsidyReportRepository: Sendable {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    /// Claims evaluated in `year` (on `period`'s days when given) whose worker's origin or
    /// employer's county is in `scope`.
    public func report(year: Int, narrowedTo period: ReportPeriod?, scope: Scope) async throws -> SubsidyReport {
        let days = period ?? ReportPeriod(year: year)
        return try await database.transaction { connection in
            let rows = try await connection.query(
                """
                SELECT c.policy_code, sp.name_zh, c.status, count(*)::bigint, sum(c.amount_fen)::bigint
                FROM subsidy_claims c JOIN subsidy_policies sp ON sp.code = c.policy_code
                JOIN workers w ON w.id = c.worker_id JOIN employers e ON e.id = c.employer_id
                WHERE c.evaluated_as_of BETWEEN \(days.from) AND \(days.to)
                  AND (w.origin_region_code LIKE \(scope.codePrefix) || '%' OR e.region_code LIKE \(scope.codePrefix) || '%')
                GROUP BY c.policy_code, sp.name_zh, c.status
                ORDER BY c.policy_code, c.status
                """,
                logger: database.logger
            )
            var lines: [SubsidyReport.Line] = []
            for try await (code, name, status, claims, amount) in rows.decode((String, String, SubsidyClaimStatus, Int, Int).self) {
                lines.append(SubsidyReport.Line(policyCode: code, policyName: name, status: status, claims: claims, amountFen: amount))
            }
            return SubsidyReport(year: year, lines: lines)
        }
    }
}
