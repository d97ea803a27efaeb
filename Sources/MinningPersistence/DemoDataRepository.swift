import Foundation
import MinningDomain
import PostgresNIO

/// What the demo seeders read to stay idempotent and to find what an earlier step made; they write
/// through the use cases, like real data.
public struct DemoDataRepository: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    public func employerId(creditCode: String, on connection: PostgresConnection) async throws -> UUID? {
        try await connection.query("SELECT id FROM employers WHERE credit_code = \(creditCode)", logger: database.logger)
            .collect().first?.decode(UUID.self)
    }

    public func vacancyExists(employerId: UUID, title: String, on connection: PostgresConnection) async throws -> Bool {
        try await !connection.query(
            "SELECT 1 FROM vacancies WHERE employer_id = \(employerId) AND title = \(title)", logger: database.logger
        ).collect().isEmpty
    }

    public func trainingBaseExists(named name: String, on connection: PostgresConnection) async throws -> Bool {
        try await !connection.query("SELECT 1 FROM training_bases WHERE name = \(name)", logger: database.logger).collect().isEmpty
    }

    public func ledgerEntries(documentNumberPrefix prefix: String) async throws -> Int {
        try await database.query("SELECT count(*) FROM fund_ledger WHERE starts_with(document_number, \(prefix))")
            .collect().first!.decode(Int.self)
    }

    public func meetingCount() async throws -> Int {
        try await database.query("SELECT count(*) FROM meetings").collect().first!.decode(Int.self)
    }

    public func placementCount() async throws -> Int {
        try await database.query("SELECT count(*) FROM placements").collect().first!.decode(Int.self)
    }

    /// The first registered worker of this name and the first open vacancy of this occupation.
    public func firstPair(workerNamed name: String, occupation: String) async throws -> (worker: UUID, vacancy: UUID)? {
        let row = try await database.query(
            """
            SELECT w.id, v.id FROM workers w, vacancies v
            WHERE w.name = \(name) AND v.occupation_code = \(occupation) AND v.status = 'open'
            ORDER BY w.created_at, v.created_at LIMIT 1
            """
        ).collect().first
        return try row.map { try $0.decode((UUID, UUID).self) }
    }

    /// Demo only: dates a proposal and its acceptance in the past, so that the demo's hires of
    /// months ago follow them as the timeline rule requires, and the report's days from proposal to
    /// hire read as a real one would.
    public func dateSteps(of placementId: UUID, proposedOn: CalendarDay, acceptedOn: CalendarDay) async throws {
        try await database.query(
            """
            UPDATE placements SET created_at = \(proposedOn)::timestamptz, proposed_on = \(proposedOn), accepted_on = \(acceptedOn)
            WHERE id = \(placementId)
            """
        )
    }
}
