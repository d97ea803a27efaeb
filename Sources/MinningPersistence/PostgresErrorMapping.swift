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
                return DomainError.conflict(.vacancyFull)
            case "23503":
                return DomainError.invalid([FieldIssue(field: fieldName(psql) ?? "reference", message: .refersToNothing)])
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
    static let constraintMessages: [String: Message] = [
        "placements_one_job_per_worker": .placementClash(.workerHasJob),
        "placements_one_live_per_pair": .placementClash(.liveForPair),
        "placement_months_pkey": .placementClash(.monthRecorded),
    ]

    private static func conflictMessage(_ error: PSQLError) -> Message {
        let constraint = error.serverInfo?[.constraintName] ?? "unique"
        return constraintMessages[constraint] ?? .duplicate(constraint: constraint)
    }

    private static func fieldName(_ error: PSQLError) -> String? {
        error.serverInfo?[.columnName]
    }
}
