import Foundation
import MinningDomain
import PostgresNIO

/// A month of a placement as recorded: worked or struck out, with the wage paid and who checked it.
public struct MonthRecord: Sendable, Equatable {
    public let month: CalendarDay
    public let worked: Bool
    public let wagePaidFen: Int?
    public let verifiedBy: String
}

/// The job a placement is for, as a clerk names it.
public struct PlacementJob: Sendable, Equatable {
    public let vacancyTitle: String
    public let employerName: String
    public let workRegion: RegionCode
}

extension PlacementRepository {
    /// The placement and its sides when `scope` holds either side, without a lock: for reading.
    public func findWithSides(_ id: UUID, in scope: Scope) async throws -> (PlacementRecord, Sides)? {
        try await database.withConnection { connection in try await fetchWithSides(id, scope: scope, on: connection) }
    }

    /// Every month recorded for the placement, oldest first, and the job it is for.
    public func sheet(of id: UUID) async throws -> (job: PlacementJob, months: [MonthRecord])? {
        let job = try await database.query(
            """
            SELECT v.title, e.name, v.work_region_code FROM placements p JOIN vacancies v ON v.id = p.vacancy_id JOIN employers e ON e.id = v.employer_id
            WHERE p.id = \(id)
            """
        ).collect().first.map { row in
            let (title, employer, region) = try row.decode((String, String, RegionCode).self)
            return PlacementJob(vacancyTitle: title, employerName: employer, workRegion: region)
        }
        guard let job else { return nil }
        let months = try await database.query(
            "SELECT month, worked, wage_paid_fen, verified_by FROM placement_months WHERE placement_id = \(id) ORDER BY month"
        ).collect().map { row in
            let (month, worked, wage, verifiedBy) = try row.decode((CalendarDay, Bool, Int?, String).self)
            return MonthRecord(month: month, worked: worked, wagePaidFen: wage, verifiedBy: verifiedBy)
        }
        return (job, months)
    }
}
