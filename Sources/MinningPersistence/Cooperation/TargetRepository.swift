import Foundation
import MinningDomain
import PostgresNIO

/// A version of one target as kept: the value, why it was set and by which bureau, when.
public struct TargetVersion: Sendable, Equatable {
    public let metric: TargetMetric
    public let version: Int
    public let value: Int
    public let reason: String
    public let setByBureau: String
    public let setAt: Date
}

/// Rows of `pairing_targets`, and the records a pairing's year is judged by.
public struct TargetRepository: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    /// Every version of a pairing's targets for a year, newest first.
    public func history(pairingId: Int, year: Int) async throws -> [TargetVersion] {
        let rows = try await database.query(
            """
            SELECT t.metric, t.version, t.value, t.reason, b.name, t.set_at FROM pairing_targets t JOIN bureaus b ON b.id = t.set_by_bureau
            WHERE t.pairing_id = \(pairingId) AND t.year = \(year) ORDER BY t.set_at DESC, t.metric, t.version DESC
            """
        )
        var versions: [TargetVersion] = []
        for try await (metric, version, value, reason, bureau, at) in rows.decode((TargetMetric, Int, Int, String, String, Date).self) {
            versions.append(TargetVersion(metric: metric, version: version, value: value, reason: reason, setByBureau: bureau, setAt: at))
        }
        return versions
    }

    /// How many versions a pairing's year has: what a change names (If-Match) so that it is not made
    /// against targets someone else changed since they were read.
    public func revision(pairingId: Int, year: Int, on connection: PostgresConnection) async throws -> Int {
        try await connection.query(
            "SELECT count(*) FROM pairing_targets WHERE pairing_id = \(pairingId) AND year = \(year)", logger: database.logger
        ).collect().first?.decode(Int.self) ?? 0
    }

    /// The targets in force: each metric's highest version.
    public func current(pairingIds: [Int], year: Int, on connection: PostgresConnection) async throws -> [Int: [TargetMetric: Int]] {
        let rows = try await connection.query(
            """
            SELECT DISTINCT ON (pairing_id, metric) pairing_id, metric, value FROM pairing_targets
            WHERE pairing_id = ANY(\(pairingIds)) AND year = \(year) ORDER BY pairing_id, metric, version DESC
            """,
            logger: database.logger
        )
        var targets: [Int: [TargetMetric: Int]] = [:]
        for try await (pairing, metric, value) in rows.decode((Int, TargetMetric, Int).self) { targets[pairing, default: [:]][metric] = value }
        return targets
    }

    /// A new version of each target whose value changed; the others are left as they are. The
    /// pairing's year is locked first, so two offices saving at once number their versions in turn.
    public func set(
        pairingId: Int, year: Int, values: [TargetMetric: Int], reason: String, expectedRevision: Int?, by actor: AuditActor, at now: Date,
        on connection: PostgresConnection
    ) async throws -> [TargetMetric] {
        try await connection.query("SELECT pg_advisory_xact_lock(\(Int64(pairingId) * 10_000 + Int64(year)))", logger: database.logger)
        if let expectedRevision {
            let revision = try await self.revision(pairingId: pairingId, year: year, on: connection)
            guard revision == expectedRevision else { throw StaleVersion(current: revision) }
        }
        let current = try await self.current(pairingIds: [pairingId], year: year, on: connection)[pairingId] ?? [:]
        var changed: [TargetMetric] = []
        for metric in TargetMetric.allCases {
            guard let value = values[metric], current[metric] != value else { continue }
            try await connection.query(
                """
                INSERT INTO pairing_targets (pairing_id, year, metric, version, value, reason, set_by_key, set_by_bureau, set_at)
                SELECT \(pairingId), \(year), \(metric.rawValue), coalesce(max(version), 0) + 1, \(value), \(reason),
                       \(actor.principal.keyId), \(actor.principal.bureauId), \(now)
                FROM pairing_targets WHERE pairing_id = \(pairingId) AND year = \(year) AND metric = \(metric.rawValue)
                """,
                logger: database.logger
            )
            changed.append(metric)
        }
        if !changed.isEmpty {
            try await AuditLog.record(
                "update", objectType: "pairing_target", objectId: "\(pairingId)/\(year)", fields: changed.map(\.rawValue), by: actor,
                on: connection, logger: database.logger
            )
        }
        return changed
    }

    /// What the records show for a pairing's year, metric by metric, for those Minning keeps:
    /// people of the Ningxia county hired in Fujian that year (and of them the lifted and the
    /// monitored), the county's workers who began training, enterprises from the Fujian side that
    /// entered the county's parks, the investment of such enterprises that arrived in the year, and
    /// the jobs they gave people of lifted or monitored households — the year's last headcount, or
    /// the yearly figure where no headcount was taken.
    /// `workPrefix`: where a placement must be to count — anywhere in Fujian for an east–west
    /// pairing, the better-off county itself for a 山海协作 one.
    public func actuals(
        fujianPrefix: String, ningxiaPrefix: String, workPrefix: String = "35", year: Int, on connection: PostgresConnection
    ) async throws -> [TargetMetric: Int] {
        let from = CalendarDay(year: year, month: 1, day: 1)!, to = CalendarDay(year: year, month: 12, day: 31)!
        var actuals: [TargetMetric: Int] = [:]
        let placed = try await connection.query(
            """
            SELECT count(*), count(*) FILTER (WHERE w.poverty_status = 'lifted'), count(*) FILTER (WHERE w.poverty_status = 'monitored')
            FROM placements p JOIN workers w ON w.id = p.worker_id JOIN vacancies v ON v.id = p.vacancy_id
            WHERE p.hired_on BETWEEN \(from) AND \(to) AND w.origin_region_code LIKE \(ningxiaPrefix) || '%' AND v.work_region_code LIKE \(workPrefix) || '%'
            """,
            logger: database.logger
        ).collect().first?.decode((Int, Int, Int).self)
        if let (all, lifted, monitored) = placed {
            (actuals[.peoplePlaced], actuals[.liftedPlaced], actuals[.monitoredPlaced]) = (all, lifted, monitored)
        }
        actuals[.peopleTrained] = try await connection.query(
            """
            SELECT count(DISTINCT e.worker_id) FROM enrolments e JOIN workers w ON w.id = e.worker_id
            WHERE e.starts_on BETWEEN \(from) AND \(to) AND w.origin_region_code LIKE \(ningxiaPrefix) || '%'
            """,
            logger: database.logger
        ).collect().first?.decode(Int.self)
        let entered = try await connection.query(
            """
            SELECT count(*) FROM park_enterprises pe JOIN parks p ON p.id = pe.park_id
            WHERE p.region_code LIKE \(ningxiaPrefix) || '%' AND pe.relocated_from_region_code LIKE \(fujianPrefix) || '%'
              AND pe.entered_on BETWEEN \(from) AND \(to)
            """,
            logger: database.logger
        ).collect().first?.decode(Int.self)
        actuals[.enterprisesBroughtIn] = entered
        actuals[.investmentArrivedFen] = try await connection.query(
            """
            SELECT coalesce(sum(a.amount_fen), 0)::bigint FROM park_investment_arrivals a
            JOIN park_enterprises pe ON pe.id = a.enterprise_id JOIN parks p ON p.id = pe.park_id
            WHERE a.arrived_on BETWEEN \(from) AND \(to)
              AND p.region_code LIKE \(ningxiaPrefix) || '%' AND pe.relocated_from_region_code LIKE \(fujianPrefix) || '%'
            """,
            logger: database.logger
        ).collect().first?.decode(Int.self)
        actuals[.jobsForLifted] = try await connection.query(
            """
            SELECT coalesce(sum(coalesce(
                       (SELECT h.lifted_jobs FROM park_headcounts h
                        WHERE h.enterprise_id = pe.id AND h.counted_on BETWEEN \(from) AND \(to) ORDER BY h.counted_on DESC LIMIT 1),
                       (SELECT y.priority_hires FROM park_enterprise_years y WHERE y.enterprise_id = pe.id AND y.year = \(year)),
                       0)), 0)::bigint
            FROM park_enterprises pe JOIN parks p ON p.id = pe.park_id
            WHERE p.region_code LIKE \(ningxiaPrefix) || '%' AND pe.relocated_from_region_code LIKE \(fujianPrefix) || '%'
            """,
            logger: database.logger
        ).collect().first?.decode(Int.self)
        return actuals
    }
}
