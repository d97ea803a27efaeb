import Foundation
import MinningDomain
import PostgresNIO

extension WorkerRepository {
    /// The names of those of `ids` registered in `scope`, for a table of a cohort: one read, not
    /// one per worker. A worker who withdrew consent has no name and is left out.
    public func names(of ids: [UUID], in scope: Scope) async throws -> [UUID: String] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await database.query(
            """
            SELECT id, name FROM workers
            WHERE id = ANY(\(ids)) AND origin_region_code LIKE \(scope.codePrefix) || '%' AND name IS NOT NULL
            """
        )
        var names: [UUID: String] = [:]
        for try await (id, name) in rows.decode((UUID, String).self) { names[id] = name }
        return names
    }
}
