import Foundation
import MinningDomain
import PostgresNIO

public struct ParkRecord: Sendable, Equatable {
    public let id: UUID
    public let name: String
    public let regionCode: String
    public let establishedOn: CalendarDay
    public let createdAt: Date
}

public struct ParkEnterpriseRecord: Sendable, Equatable {
    public let id: UUID
    public let parkId: UUID
    public let name: String
    public let creditCode: String
    public let relocatedFromRegionCode: String?
    public let industryCode: String
    public let investmentFen: Int
    public let enteredOn: CalendarDay
}

/// Parks, their enterprises and yearly figures; written by cooperation offices whose scope holds
/// the park. Read, like pairings, from either side: the park's region, or the Fujian region an
/// enterprise in it relocated from.
public struct ParkRepository: Sendable {
    let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func createPark(name: String, region: RegionCode, establishedOn: CalendarDay, by actor: AuditActor, on connection: PostgresConnection) async throws -> ParkRecord {
        guard actor.principal.scope.contains(region) else {
            throw DomainError.invalid([FieldIssue(field: "region_code", message: "is outside your bureau's region")])
        }
        let known = try await connection.query("SELECT 1 FROM regions WHERE code = \(region.rawValue)", logger: database.logger).collect()
        guard !known.isEmpty else { throw DomainError.invalid([FieldIssue(field: "region_code", message: "no region has the code \(region.rawValue)")]) }
        let rows = try await connection.query(
            """
            INSERT INTO parks (name, region_code, established_on, recorded_by_bureau)
            VALUES (\(name), \(region.rawValue), \(establishedOn.description)::date, \(actor.principal.bureauId))
            RETURNING id, name, region_code, to_char(established_on, 'YYYY-MM-DD'), created_at
            """,
            logger: database.logger
        )
        let park = try await Self.decodeParks(rows).first!
        try await AuditLog.record("create", objectType: "park", objectId: park.id, by: actor, on: connection, logger: database.logger)
        return park
    }

    public func parks(in scope: Scope) async throws -> [ParkRecord] {
        try await Self.decodeParks(try await database.query(
            """
            SELECT p.id, p.name, p.region_code, to_char(p.established_on, 'YYYY-MM-DD'), p.created_at FROM parks p
            WHERE (p.region_code LIKE \(scope.codePrefix) || '%' OR EXISTS (SELECT 1 FROM park_enterprises pe WHERE pe.park_id = p.id AND pe.relocated_from_region_code LIKE \(scope.codePrefix) || '%')) ORDER BY p.name
            """
        ))
    }

    public func addEnterprise(
        parkId: UUID, name: String, creditCode: CreditCode, relocatedFrom: RegionCode?, industryCode: String, investmentFen: Int,
        enteredOn: CalendarDay, by actor: AuditActor, on connection: PostgresConnection
    ) async throws -> ParkEnterpriseRecord {
        try await requirePark(parkId, scope: actor.principal.scope, on: connection)
        var issues: [FieldIssue] = []
        if let relocatedFrom, !relocatedFrom.isInFujian {
            issues.append(FieldIssue(field: "relocated_from_region_code", message: "must be a Fujian region code"))
        }
        let industry = try await connection.query("SELECT 1 FROM industries WHERE code = \(industryCode)", logger: database.logger).collect()
        if industry.isEmpty { issues.append(FieldIssue(field: "industry_code", message: "must be a GB/T 4754-2017 section letter A–T")) }
        if !issues.isEmpty { throw DomainError.invalid(issues) }
        let rows = try await connection.query(
            """
            INSERT INTO park_enterprises (park_id, name, credit_code, relocated_from_region_code, industry_code, investment_fen, entered_on, recorded_by_bureau)
            VALUES (\(parkId), \(name), \(creditCode.text), \(relocatedFrom?.rawValue), \(industryCode), \(investmentFen), \(enteredOn.description)::date, \(actor.principal.bureauId))
            RETURNING \(unescaped: Self.enterpriseColumns)
            """,
            logger: database.logger
        )
        let enterprise = try await Self.decodeEnterprises(rows).first!
        try await AuditLog.record("create", objectType: "park_enterprise", objectId: enterprise.id, by: actor, on: connection, logger: database.logger)
        return enterprise
    }

    public func enterprises(parkId: UUID, scope: Scope) async throws -> [ParkEnterpriseRecord] {
        try await database.transaction { connection in
            let visible = try await connection.query(
                "SELECT 1 FROM parks p WHERE p.id = \(parkId) AND (p.region_code LIKE \(scope.codePrefix) || '%' OR EXISTS (SELECT 1 FROM park_enterprises pe WHERE pe.park_id = p.id AND pe.relocated_from_region_code LIKE \(scope.codePrefix) || '%'))", logger: database.logger
            ).collect()
            guard !visible.isEmpty else { throw DomainError.notFound("no park with this id is in your scope") }
            return try await Self.decodeEnterprises(try await connection.query(
                "SELECT \(unescaped: Self.enterpriseColumns) FROM park_enterprises WHERE park_id = \(parkId) ORDER BY entered_on, id",
                logger: database.logger
            ))
        }
    }

    public struct YearFigures: Sendable, Equatable {
        public let jobs: Int
        public let localHires: Int
        public let priorityHires: Int
        public let outputValueFen: Int

        public init(jobs: Int, localHires: Int, priorityHires: Int, outputValueFen: Int) {
            self.jobs = jobs
            self.localHires = localHires
            self.priorityHires = priorityHires
            self.outputValueFen = outputValueFen
        }
    }

    /// Records (or replaces) an enterprise's figures for a year.
    public func putYear(parkId: UUID, enterpriseId: UUID, year: Int, figures: YearFigures, by actor: AuditActor) async throws -> YearFigures {
        var issues: [FieldIssue] = []
        if figures.localHires > figures.jobs { issues.append(FieldIssue(field: "local_hires", message: "must not exceed jobs")) }
        if figures.priorityHires > figures.jobs { issues.append(FieldIssue(field: "priority_hires", message: "must not exceed jobs")) }
        if !issues.isEmpty { throw DomainError.invalid(issues) }
        return try await database.transaction { connection in
            try await requirePark(parkId, scope: actor.principal.scope, on: connection)
            let found = try await connection.query(
                "SELECT 1 FROM park_enterprises WHERE id = \(enterpriseId) AND park_id = \(parkId)", logger: database.logger
            ).collect()
            guard !found.isEmpty else { throw DomainError.notFound("no enterprise with this id is in this park") }
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
            return figures
        }
    }

    public func report(year: Int, scope: Scope) async throws -> ParksReport {
        try await database.transaction { connection in
            let rows = try await connection.query(
                """
                SELECT p.name, p.region_code, r.name_zh,
                       count(e.id) FILTER (WHERE e.entered_on <= make_date(\(year)::integer, 12, 31))::bigint,
                       count(e.id) FILTER (WHERE e.entered_on <= make_date(\(year)::integer, 12, 31) AND e.relocated_from_region_code IS NOT NULL)::bigint,
                       coalesce(sum(e.investment_fen) FILTER (WHERE e.entered_on <= make_date(\(year)::integer, 12, 31)), 0)::bigint,
                       coalesce(sum(y.jobs), 0)::bigint, coalesce(sum(y.local_hires), 0)::bigint, coalesce(sum(y.priority_hires), 0)::bigint,
                       coalesce(sum(y.output_value_fen), 0)::bigint
                FROM parks p JOIN regions r ON r.code = p.region_code
                LEFT JOIN park_enterprises e ON e.park_id = p.id
                LEFT JOIN park_enterprise_years y ON y.enterprise_id = e.id AND y.year = \(year)
                WHERE (p.region_code LIKE \(scope.codePrefix) || '%' OR EXISTS (SELECT 1 FROM park_enterprises pe WHERE pe.park_id = p.id AND pe.relocated_from_region_code LIKE \(scope.codePrefix) || '%'))
                GROUP BY p.id, p.name, p.region_code, r.name_zh ORDER BY p.name
                """,
                logger: database.logger
            )
            var lines: [ParksReport.Line] = []
            for try await (name, code, regionName, count, relocated, investment, jobs, local, priority, output) in rows.decode(
                (String, String, String, Int, Int, Int, Int, Int, Int, Int).self
            ) {
                lines.append(ParksReport.Line(parkName: name, regionCode: code, regionName: regionName, enterprises: count, relocatedFromFujian: relocated,
                                              investmentFen: investment, jobs: jobs, localHires: local, priorityHires: priority, outputValueFen: output))
            }
            return ParksReport(year: year, parks: lines)
        }
    }

    private func requirePark(_ id: UUID, scope: Scope, on connection: PostgresConnection) async throws {
        let rows = try await connection.query(
            "SELECT 1 FROM parks WHERE id = \(id) AND region_code LIKE \(scope.codePrefix) || '%'", logger: database.logger
        ).collect()
        guard !rows.isEmpty else { throw DomainError.notFound("no park with this id is in your scope") }
    }

    static let enterpriseColumns = "id, park_id, name, credit_code, relocated_from_region_code, industry_code, investment_fen, to_char(entered_on, 'YYYY-MM-DD')"

    static func decodeParks(_ rows: PostgresRowSequence) async throws -> [ParkRecord] {
        var parks: [ParkRecord] = []
        for try await (id, name, region, established, created) in rows.decode((UUID, String, String, String, Date).self) {
            parks.append(ParkRecord(id: id, name: name, regionCode: region, establishedOn: CalendarDay(iso: established)!, createdAt: created))
        }
        return parks
    }

    static func decodeEnterprises(_ rows: PostgresRowSequence) async throws -> [ParkEnterpriseRecord] {
        var enterprises: [ParkEnterpriseRecord] = []
        for try await (id, park, name, code, relocated, industry, investment, entered) in rows.decode(
            (UUID, UUID, String, String, String?, String, Int, String).self
        ) {
            enterprises.append(ParkEnterpriseRecord(id: id, parkId: park, name: name, creditCode: code, relocatedFromRegionCode: relocated,
                                                    industryCode: industry, investmentFen: investment, enteredOn: CalendarDay(iso: entered)!))
        }
        return enterprises
    }
}
