import Foundation

extension Database {
    /// The migration versions applied to this database: what readiness compares with the
    /// migrations a build expects.
    public func appliedMigrationVersions() async throws -> Set<Int> {
        var applied: Set<Int> = []
        let rows = try await query("SELECT version FROM schema_migrations")
        for try await version in rows.decode(Int.self) { applied.insert(version) }
        return applied
    }
}
