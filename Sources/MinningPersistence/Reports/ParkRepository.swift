import Foundation
import MinningDomain
import PostgresNIO

/// Rows of parks, their enterprises and yearly figures, and the parks report. A park is read from
/// either side, like a pairing: the park's region, or the Fujian region an enterprise in it
/// relocated from.
public struct ParkRepository: Sendable {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func insertPark(name: String, region: RegionCode, establishedOn: CalendarDay, by actor: AuditActor, on connection: PostgresConnection) async throws -> ParkRecord {
        let rows = try await connection.query(
            """
            INSERT INTO parks AS p (name, region_code, established_on, recorded_by_bureau)
            VALUES (\(name), \(region), \(establishedOn), \(actor.principal.bureauId))
            RETURNING \(unescaped: Self.parkColumns)
            """,
            logger: database.logger
        )
        let park = try await Self.decodeParks(rows).first!
        try await AuditLog.record("create", objectType: "park", objectId: park.id, by: actor, on: connection, logger: database.logger)
        return park
    }

    public func isKnownRegion(_ region: RegionCode, on connection: PostgresConnection) async throws -> Bool {
        try await !connection.query("SELECT 1 FROM regions WHERE code = \(region)", logger: database.logger).collect().isEmpty
    }

    public func isKnownIndustry(_ code: String, on connection: PostgresConnection) async throws -> Bool {
        try await !connection.query("SELECT 1 FROM industries WHERE code = \(code)", logger: database.logger).collect().isEmpty
    }

    public func parks(in scope: Scope) async throws -> [ParkRecord] {
        try await Self.decodeParks(try await database.query(
            """
            SELECT \(unescaped: Self.parkColumns) FROM parks p
            WHERE (p.region_code LIKE \(scope.codePrefix) || '%'
                   OR EXISTS (SELECT 1 FROM park_enterprises pe WHERE pe.park_id = p.id AND pe.relocated_from_region_code LIKE \(scope.codePrefix) || '%'))
            ORDER BY p.name
            """
        ))
    }

    /// Whether `scope` reads the park (its region or a relocated enterprise's origin).
    public func isVisible(_ parkId: UUID, in scope: Scope, on connection: PostgresConnection) async throws -> Bool {
        try await !connection.query(
            """
            SELECT 1 FROM parks p WHERE p.id = \(parkId)
              AND (p.region_code LIKE \(scope.codePrefix) || '%'
                   OR EXISTS (SELECT 1 FROM park_enterprises pe WHERE pe.park_id = p.id AND pe.relocated_from_region_code LIKE \(scope.codePrefix) || '%'))
            """,
            logger: database.logger
        ).collect().isEmpty
    }

    /// Whether the park lies in `scope` (only its own region writes to it).
    public func isHeld(_ parkId: UUID, in scope: Scope, on connection: PostgresConnection) async throws -> Bool {
        try await !connection.query(
            "SELECT 1 FROM parks WHERE id = \(parkId) AND region_code LIKE \(scope.codePrefix) || '%'", logger: database.logger
        ).collect().isEmpty
    }

    public func insertEnterprise(
        parkId: UUID, name: String, creditCode: CreditCode, relocatedFrom: RegionCode?, industryCode: String, investmentFen: Int,
        enteredOn: CalendarDay, by actor: AuditActor, on connection: PostgresConnection
    ) async throws -> ParkEnterpriseRecord {
        let rows = try await connection.query(
            """
            INSERT INTO park_enterprises (park_id, name, credit_code, relocated_from_region_code, industry_code, investment_fen, entered_on, recorded_by_bureau)
            VALUES (\(parkId), \(name), \(creditCode.text), \(relocatedFrom), \(industryCode), \(investmentFen), \(enteredOn), \(actor.principal.bureauId))
            RETURNING \(unescaped: Self.enterpriseColumns)
            """,
            logger: database.logger
        )
        let enterprise = try await Self.decodeEnterprises(rows).first!
        try await AuditLog.record("create", objectType: "park_enterprise", objectId: enterprise.id, by: actor, on: connection, logger: database.logger)
        return enterprise
    }

    public func enterprises(parkId: UUID, on connection: PostgresConnection) async throws -> [ParkEnterpriseRecord] {
        try await Self.decodeEnterprises(try await connection.query(
            "SELECT \(unescaped: Self.enterpriseColumns) FROM park_enterprises WHERE park_id = \(parkId) ORDER BY entered_on, id",
            logger: database.logger
        ))
    }

    public func enterprise(_ id: UUID, isIn parkId: UUID, on connection: PostgresConnection) async throws -> Bool {
        try await !connection.query(
            "SELECT 1 FROM park_enterprises WHERE id = \(id) AND park_id = \(parkId)", logger: database.logger
        ).collect().isEmpty
    }

    /// Records (or replaces) an enterprise's figures for a year.
    public func putYear(enterpriseId: UUID, year: Int, figures: ParkYearFigures, by actor: AuditActor, on connection: PostgresConnection) async throws {
        try await connection.query(
            """
            INSERT INTO park_enterprise_years (enterprise_id, year, jobs, local_hires, priority_hires, output_value_fen)
            VALUES (\(enterpriseId), \(year), \(figures.jobs), \(figures.localHires), \(figures.priorityHires), \(figures.outputValueFen))
            ON CONFLICT (enterprise_id, year) DO UPDATE SET jobs = EXCLUDED.jobs, local_hires = EXCLUDED.local_hires,
                priority_hires = EXCLUDED.priority_hires, output_value_fen = EXCLUDED.output_value_fen, updated_at = now()
            """,
            logger: database.logger
        )
        try await AuditLog.record("update", objectType: "park_enterprise", objectId: enterpriseId, fields: ["year \(year)"], by: actor, on: connection, logger: database.logger)
    }

    /// Each park's enterprises at the end of `year` (with `period`, those that moved in on its
    /// days), with their figures for the year.
    public func report(year: Int, narrowedTo period: ReportPeriod?, scope: Scope) async throws -> ParksReport {
        let narrowed = period != nil
        let days = period ?? ReportPeriod(year: year)
        return try await database.transaction { connection in
            let rows = try await connection.query(
                """
                SELECT p.name, p.region_code, r.name_zh AS region_name,
                       count(e.id)::bigint AS enterprises,
                       count(e.id) FILTER (WHERE e.relocated_from_region_code IS NOT NULL)::bigint AS relocated,
                       coalesce(sum(e.investment_fen), 0)::bigint AS investment_fen,
                       coalesce(sum(y.jobs), 0)::bigint AS jobs, coalesce(sum(y.local_hires), 0)::bigint AS local_hires,
                       coalesce(sum(y.priority_hires), 0)::bigint AS priority_hires, coalesce(sum(y.output_value_fen), 0)::bigint AS output_value_fen
                FROM parks p JOIN regions r ON r.code = p.region_code
                LEFT JOIN park_enterprises e ON e.park_id = p.id AND e.entered_on <= \(days.to)
                    AND (NOT \(narrowed) OR e.entered_on >= \(days.from))
                LEFT JOIN park_enterprise_years y ON y.enterprise_id = e.id AND y.year = \(year)
                WHERE (p.region_code LIKE \(scope.codePrefix) || '%' OR EXISTS (SELECT 1 FROM park_enterprises pe WHERE pe.park_id = p.id AND pe.relocated_from_region_code LIKE \(scope.codePrefix) || '%'))
                GROUP BY p.id, p.name, p.region_code, r.name_zh ORDER BY p.name
                """,
                logger: database.logger
            )
            var lines: [ParksReport.Line] = []
            for try await row in rows {
                let row = NamedRow(row)
                lines.append(ParksReport.Line(
                    parkName: try row("name"), regionCode: try row("region_code"), regionName: try row("region_name"),
                    enterprises: try row("enterprises"), relocatedFromFujian: try row("relocated"), investmentFen: try row("investment_fen"),
                    jobs: try row("jobs"), localHires: try row("local_hires"), priorityHires: try row("priority_hires"),
                    outputValueFen: try row("output_value_fen")
                ))
            }
            return ParksReport(year: year, parks: lines)
        }
    }

    static let parkColumns = "p.id, p.name, p.region_code, p.established_on, p.created_at"
    static let enterpriseColumns = "id, park_id, name, credit_code, relocated_from_region_code, industry_code, investment_fen, entered_on"

    static func decodeParks(_ rows: PostgresRowSequence) async throws -> [ParkRecord] {
        var parks: [ParkRecord] = []
        for try await row in rows {
            let row = NamedRow(row)
            parks.append(ParkRecord(
                id: try row("id"), name: try row("name"), region: try row("region_code"), establishedOn: try row("established_on"),
                createdAt: try row("created_at")
            ))
        }
        return parks
    }

    static func decodeEnterprises(_ rows: PostgresRowSequence) async throws -> [ParkEnterpriseRecord] {
        var enterprises: [ParkEnterpriseRecord] = []
        for try await row in rows {
            let row = NamedRow(row)
            enterprises.append(ParkEnterpriseRecord(
                id: try row("id"), parkId: try row("park_id"), name: try row("name"), creditCode: try row("credit_code"),
                relocatedFrom: try row("relocated_from_region_code"), industryCode: try row("industry_code"),
                investmentFen: try row("investment_fen"), enteredOn: try row("entered_on")
            ))
        }
        return enterprises
    }
}
