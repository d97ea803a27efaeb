import MinningDomain
import PostgresNIO

/// Thrown when PostgreSQL cannot be reached; the API answers 503 and clients may retry.
public struct DatabaseUnavailable: Error, CustomStringConvertible {
    public let underlying: String
    public var description: String { "database unavailable: \(underlying)" }
}

/// Turns driver errors into the domain's vocabulary at the repository boundary, so no handler
/// has to know SQLSTATE codes.
enum PostgresErrorMapping {
    static func map(_ error: any Error) -> any Error {
        guard let psql = error as? PSQLError else { return error }
        switch psql.code {
        case .server:
            let state = psql.serverInfo?[.sqlState]
            switch state {
            case "23505":
                return DomainError.conflict(conflictMessage(psql))
            case "23514" where psql.serverInfo?[.constraintName] == "vacancies_not_overbooked":
                return DomainError.conflict("the vacancy has no openings left")
            case "23503":
                return DomainError.invalid([FieldIssue(field: fieldName(psql) ?? "reference", message: "refers to something that does not exist")])
            case "57P01", "57P02", "57P03", "53300":
                return DatabaseUnavailable(underlying: psql.serverInfo?[.message] ?? "server shutting down")
            default:
                return error
            }
        case .connectionError, .serverClosedConnection, .clientClosedConnection, .poolClosed,
             .uncleanShutdown:
            return DatabaseUnavailable(underlying: "\(psql.code)")
        default:
            return error
        }
    }

    /// Constraints whose violation is a business rule get their own words.
    static let constraintMessages = [
        "placements_one_job_per_worker": "the worker already has an accepted or hired placement",
        "placements_one_live_per_pair": "this worker already has a live placement for this vacancy",
        "placement_months_pkey": "this month is already recorded for the placement (a month-correction changes or strikes it out)",
    ]

    private static func conflictMessage(_ error: PSQLError) -> String {
        let constraint = error.serverInfo?[.constraintName] ?? "a unique constraint"
        return constraintMessages[constraint] ?? "an object with the same values already exists (\(constraint))"
    }

    private static func fieldName(_ error: PSQLError) -> String? {
        error.serverInfo?[.columnName]
    }
}
