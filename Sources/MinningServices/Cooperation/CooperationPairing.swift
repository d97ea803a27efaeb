import MinningDomain
import MinningPersistence
import PostgresNIO

/// The pairing a cooperation record is written for: in the writer's scope, and running in the
/// year of the record's day, or the record names nothing the writer may touch.
struct CooperationPairing {
    let access: PairingAccess

    func forWriting(_ pairingId: Int, on day: CalendarDay, dayField: String, by principal: Principal, on connection: PostgresConnection) async throws -> Pairing {
        guard let pairing = try await access.pairing(pairingId, in: principal.scope, on: connection) else {
            throw DomainError.invalid([FieldIssue(field: "pairing_id", message: .noneInScope(.pairing))])
        }
        guard pairing.runs(in: day.year) else {
            throw DomainError.invalid([FieldIssue(field: dayField, message: .pairingYears(start: pairing.startYear, end: pairing.endYear, year: day.year))])
        }
        return pairing
    }

    /// The pairings a reader lists records of: one named (404 outside the scope) or every one it sees.
    func forReading(_ pairingId: Int?, by principal: Principal, on connection: PostgresConnection) async throws -> [Int] {
        guard let pairingId else { return try await access.visibleIds(in: principal.scope, on: connection) }
        guard try await access.pairing(pairingId, in: principal.scope, on: connection) != nil else {
            throw DomainError.notFound(.noneInScope(.pairing))
        }
        return [pairingId]
    }
}
