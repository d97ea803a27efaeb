import Foundation
import PostgresNIO

/// The read behind every `GET /v1/vacancies/{id}`, the API's busiest single read: prepared once
/// per connection, so PostgreSQL parses and plans it once rather than on every request.
struct VacancyById: PostgresPreparedStatement {
    static let sql = "SELECT \(VacancyColumns.select) FROM vacancies v JOIN employers e ON e.id = v.employer_id WHERE v.id = $1"
    typealias Row = PostgresRow

    let id: UUID

    func makeBindings() -> PostgresBindings {
        var bindings = PostgresBindings()
        bindings.append(id)
        return bindings
    }

    func decodeRow(_ row: PostgresRow) -> PostgresRow { row }
}
