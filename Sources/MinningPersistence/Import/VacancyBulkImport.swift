import Foundation
import MinningDomain
import PostgresNIO

/// Posts many vacancies at once, all or nothing. The employer must be registered and in the
/// importing bureau's scope; codes must exist and wages respect Fujian's minimum wage of the work
/// county — the same rules as `POST /v1/vacancies`, checked as set queries over the staging table.
public struct VacancyBulkImport: Sendable {
    let database: Database

    public init(database: Database) {
        self.database = database.withDeadline(.seconds(3600))
    }

    public static func rows(from table: CSVTable) -> ([(line: Int, row: VacancyCSVFormat.Row)], [LineIssue]) {
        ImportRecords.read(table, header: VacancyCSVFormat.header) { VacancyCSVFormat.parse(&$0) }
    }

    public func run(_ rows: [(line: Int, row: VacancyCSVFormat.Row)], by actor: AuditActor, today: CalendarDay, dryRun: Bool = false) async throws -> Int {
        do {
            return try await database.transaction { connection in
                try await connection.query(
                    """
                    CREATE TEMP TABLE import_vacancies (
                        id uuid, line integer, employer_credit_code text, title text, occupation_code text, openings integer,
                        wage_min_fen bigint, wage_max_fen bigint, housing_provided boolean, meals_provided boolean,
                        work_region_code text, min_age integer, max_age integer, min_education text,
                        required_certificates text[], starts_on date, closes_on date
                    ) ON COMMIT DROP
                    """,
                    logger: database.logger
                )
                try await connection.copyFrom(
                    table: "import_vacancies",
                    columns: ["id", "line", "employer_credit_code", "title", "occupation_code", "openings", "wage_min_fen", "wage_max_fen",
                              "housing_provided", "meals_provided", "work_region_code", "min_age", "max_age", "min_education",
                              "required_certificates", "starts_on", "closes_on"],
                    logger: database.logger
                ) { writer in
                    var out = CopyTextRows()
                    for (line, row) in rows {
                        let terms = row.terms
                        out.text(UUID().uuidString)
                        out.integer(line)
                        out.text(row.employerCreditCode)
                        out.text(terms.title)
                        out.text(terms.occupationCode)
                        out.integer(terms.openings)
                        out.integer(terms.wageMinFen)
                        out.integer(terms.wageMaxFen)
                        out.boolean(terms.housingProvided)
                        out.boolean(terms.mealsProvided)
                        out.text(terms.workRegion.rawValue)
                        out.integer(terms.minAge)
                        out.integer(terms.maxAge)
                        out.text(terms.minEducation.rawValue)
                        out.textArray(terms.requiredCertificates)
                        out.text(terms.startsOn.description)
                        out.text(terms.closesOn.description)
                        out.endRow()
                    }
                    if !out.isEmpty { try await writer.write(out.take()) }
                }
                let issues = try await referenceProblems(rows, on: connection) + problems(scope: actor.principal.scope, today: today, on: connection)
                guard issues.isEmpty else { throw ImportRejected(issues) }
                try await connection.query(
                    """
                    INSERT INTO vacancies (id, employer_id, title, occupation_code, openings, wage_min_fen, wage_max_fen,
                        housing_provided, meals_provided, work_region_code, min_age, max_age, min_education,
                        required_certificates, starts_on, closes_on, status, posted_by_bureau)
                    SELECT s.id, e.id, s.title, s.occupation_code, s.openings, s.wage_min_fen, s.wage_max_fen,
                        s.housing_provided, s.meals_provided, s.work_region_code, s.min_age, s.max_age, s.min_education,
                        s.required_certificates, s.starts_on, s.closes_on, 'open', \(actor.principal.bureauId)
                    FROM import_vacancies s JOIN employers e ON e.credit_code = s.employer_credit_code
                    ORDER BY s.line
                    """,
                    logger: database.logger
                )
                try await connection.query(
                    """
                    INSERT INTO audit_log (key_id, bureau_id, role, action, object_type, object_id, request_id, fields)
                    SELECT \(actor.principal.keyId), \(actor.principal.bureauId), \(actor.principal.role.rawValue),
                           'import', 'vacancy', id::text, \(actor.requestId), '{}'
                    FROM import_vacancies ORDER BY line
                    """,
                    logger: database.logger
                )
                if dryRun { throw DryRunRolledBack(outcome: ImportOutcome(count: rows.count)) }
                return rows.count
            }
        } catch let finished as DryRunRolledBack {
            return finished.outcome.count
        }
    }

    /// The codes each line names, checked by the same declaration and query as one posting.
    private func referenceProblems(_ rows: [(line: Int, row: VacancyCSVFormat.Row)], on connection: PostgresConnection) async throws -> [LineIssue] {
        var lines: [Int] = []
        var references: [CodeReference] = []
        for (line, row) in rows {
            let named = row.terms.codeReferences
            lines.append(contentsOf: repeatElement(line, count: named.count))
            references.append(contentsOf: named)
        }
        return try await CodeReferenceCheck.unknown(references, on: connection, logger: database.logger).map { position in
            let problem = references[position].problem
            return LineIssue(line: lines[position], field: problem.field, message: problem.message)
        }
    }

    private func problems(scope: Scope, today: CalendarDay, on connection: PostgresConnection) async throws -> [LineIssue] {
        let rows = try await connection.query(
            """
            SELECT s.line, 'employer_credit_code', 'unknown', 0
            FROM import_vacancies s WHERE NOT EXISTS (SELECT 1 FROM employers e WHERE e.credit_code = s.employer_credit_code)
            UNION ALL
            SELECT s.line, 'employer_credit_code', 'outside', 0
            FROM import_vacancies s JOIN employers e ON e.credit_code = s.employer_credit_code
            WHERE e.region_code NOT LIKE \(scope.codePrefix) || '%'
            UNION ALL
            SELECT s.line, 'work_region_code', s.work_region_code, 0
            FROM import_vacancies s WHERE NOT EXISTS (SELECT 1 FROM regions r WHERE r.code = s.work_region_code)
            UNION ALL
            SELECT s.line, 'wage_min_fen', s.work_region_code, m.monthly_fen::int
            FROM import_vacancies s
            CROSS JOIN LATERAL (
                SELECT mw.monthly_fen FROM minimum_wages mw
                WHERE mw.region_code IN (s.work_region_code, left(s.work_region_code, 4) || '00')
                  AND mw.effective_from <= \(today)
                ORDER BY (mw.region_code = s.work_region_code) DESC, mw.effective_from DESC LIMIT 1
            ) m
            WHERE s.wage_min_fen < m.monthly_fen
            """,
            logger: database.logger
        )
        var issues: [LineIssue] = []
        for try await (line, field, value, minimumFen) in rows.decode((Int, String, String, Int).self) {
            let message: Message = switch (field, value) {
            case ("employer_credit_code", "unknown"): .noneRegisteredWithCreditCode
            case ("employer_credit_code", _): .employerOutsideImportingRegion
            case ("work_region_code", _): .unknownRegion(value)
            default: .belowMinimumWage(region: value, minimumFen: minimumFen, meantFen: nil)
            }
            issues.append(LineIssue(line: line, field: field, message: message))
        }
        return issues
    }
}
