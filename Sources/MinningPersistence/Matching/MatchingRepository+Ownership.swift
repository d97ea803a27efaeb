import Foundation
import MinningDomain
import PostgresNIO

extension MatchingRepository {
    /// Whether the vacancy's employer is in `scope`: a destination bureau's own vacancy.
    public func vacancy(_ id: UUID, isOwnedIn scope: Scope, on connection: PostgresConnection) async throws -> Bool {
        try await !connection.query(
            """
            SELECT 1 FROM vacancies v JOIN employers e ON e.id = v.employer_id
            WHERE v.id = \(id) AND e.region_code LIKE \(scope.codePrefix) || '%'
            """,
            logger: database.logger
        ).collect().isEmpty
    }

    public func employer(_ id: UUID, isIn scope: Scope, on connection: PostgresConnection) async throws -> Bool {
        try await !connection.query(
            "SELECT 1 FROM employers WHERE id = \(id) AND region_code LIKE \(scope.codePrefix) || '%'",
            logger: database.logger
        ).collect().isEmpty
    }
}
