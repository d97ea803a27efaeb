import Foundation
import MinningDomain
import PostgresNIO

/// A placement waiting for someone, with what a clerk needs to recognise it.
public struct WaitingPlacement: Sendable, Equatable {
    public let placementId: UUID
    public let workerId: UUID
    /// Nil once the worker withdrew consent, or for a reader who may not know who the worker is.
    public var workerName: String?
    public let vacancyTitle: String
    public let employerName: String
    /// The day the wait began: proposed on, or hired on.
    public let since: CalendarDay
}

/// What is waiting for a bureau's people: placements its workers have not answered, and hired
/// placements whose month has not been recorded. Each is one indexed read of the bureau's scope,
/// either side, like the placements list.
public struct WorklistRepository: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    /// Placements in `status` (proposed: the worker's answer is owed; accepted: the hire), oldest first.
    public func waiting(in status: PlacementStatus, in scope: Scope, limit: Int) async throws -> [WaitingPlacement] {
        let since = status == .accepted ? "p.accepted_on" : "p.proposed_on"
        let rows = try await database.query(
            """
            SELECT p.id, p.worker_id, w.name, v.title, e.name AS employer_name, \(unescaped: since) AS since
            FROM placements p JOIN workers w ON w.id = p.worker_id JOIN vacancies v ON v.id = p.vacancy_id JOIN employers e ON e.id = v.employer_id
            WHERE p.status = \(status) AND (w.origin_region_code LIKE \(scope.codePrefix) || '%' OR e.region_code LIKE \(scope.codePrefix) || '%')
            ORDER BY \(unescaped: since), p.id
            LIMIT \(limit)
            """
        )
        return try await Self.decode(rows)
    }

    /// Hired placements with no record for `month` (a first day) although the worker was hired
    /// before it ended.
    public func monthMissing(_ month: CalendarDay, in scope: Scope, limit: Int) async throws -> [WaitingPlacement] {
        let rows = try await database.query(
            """
            SELECT p.id, p.worker_id, w.name, v.title, e.name AS employer_name, p.hired_on AS since
            FROM placements p JOIN workers w ON w.id = p.worker_id JOIN vacancies v ON v.id = p.vacancy_id JOIN employers e ON e.id = v.employer_id
            WHERE p.status = 'hired' AND p.hired_on < (\(month)::date + interval '1 month')
              AND (w.origin_region_code LIKE \(scope.codePrefix) || '%' OR e.region_code LIKE \(scope.codePrefix) || '%')
              AND NOT EXISTS (SELECT 1 FROM placement_months m WHERE m.placement_id = p.id AND m.month = \(month)::date)
            ORDER BY p.hired_on, p.id
            LIMIT \(limit)
            """
        )
        return try await Self.decode(rows)
    }

    private static func decode(_ rows: PostgresRowSequence) async throws -> [WaitingPlacement] {
        var found: [WaitingPlacement] = []
        for try await row in rows {
            let row = NamedRow(row)
            found.append(WaitingPlacement(
                placementId: try row("id"), workerId: try row("worker_id"), workerName: try row("name"), vacancyTitle: try row("title"),
                employerName: try row("employer_name"), since: try row("since")
            ))
        }
        return found
    }
}
