import Foundation
import HTTPTypes
import HummingbirdTesting
import MinningDomain
import MinningPersistence
import MinningTestSupport
import PostgresNIO
import Testing

/// Recommendations read a worker's wished-for counties and cities as code ranges on an index; a
/// wrong range would hide good vacancies without any error, so this checks the edges.
@Suite("Recommendations by region")
struct RecommendationRegionsTests {
    @Test("a worker sees every vacancy inside the cities they named and none outside; a worker who named none sees all")
    func regionRanges() async throws {
        try await withApp { client, cast, database in
            let base = try await PlacementsTests.vacancy(client, cast)
            // 福州 (named), 福清 in 福州 (named through the city), 厦门 (not named), 漳州 芗城 (named), 泉州 (not named, code just above 3501/3506 ranges' ends).
            let regions = ["350102": true, "350181": true, "350203": false, "350602": true, "350700": false, "350583": false]
            var expected: Set<String> = [base.lowercased()]
            var everywhere: Set<String> = [base.lowercased()]
            for (region, named) in regions {
                let id = UUID().uuidString.lowercased()
                try await cloneRow(database, table: "vacancies", id: base, overrides: ["id": id, "work_region_code": region, "live_placements": "0"])
                if named { expected.insert(id) }
                everywhere.insert(id)
            }
            let worker = try await PlacementsTests.worker(client, cast, sequence: 71)  // wishes for 350100 and 350600
            let listed = try await client.send(.get, "/v1/workers/\(worker)/recommendations?limit=100", as: cast.xijiOrigin)
            let ids = Set(listed.items.compactMap { ($0["vacancy"] as? [String: Any])?["id"] as? String }.map { $0.lowercased() })
            #expect(ids == expected)
            _ = try await database.query(PostgresQuery(unsafeSQL: "UPDATE workers SET preferred_destinations = '{}' WHERE id = '\(worker)'")).collect()
            let anywhere = try await client.send(.get, "/v1/workers/\(worker)/recommendations?limit=100", as: cast.xijiOrigin)
            #expect(Set(anywhere.items.compactMap { ($0["vacancy"] as? [String: Any])?["id"] as? String }.map { $0.lowercased() }) == everywhere)
        }
    }
}

@Suite("Candidate lists after a failed preparation")
struct PreparedStatementRecoveryTests {
    @Test("a candidate query that failed to prepare (schema not migrated yet) does not keep failing on the pooled connection once the schema is back")
    func recoversAfterFailedPreparation() async throws {
        try await withApp { client, cast, database in
            let vacancy = try await PlacementsTests.vacancy(client, cast)
            _ = try await PlacementsTests.worker(client, cast, sequence: 81)
            // As if the service ran before `minning migrate`: a column the statement reads is missing.
            _ = try await database.query("ALTER TABLE workers RENAME COLUMN birth_year TO birth_year_pending").collect()
            for _ in 0..<3 {
                let failed = try await client.send(.get, "/v1/vacancies/\(vacancy)/candidates", as: cast.fuzhouDestination)
                #expect(failed.status == .internalServerError)
            }
            _ = try await database.query("ALTER TABLE workers RENAME COLUMN birth_year_pending TO birth_year").collect()
            for _ in 0..<8 {
                let listed = try await client.send(.get, "/v1/vacancies/\(vacancy)/candidates", as: cast.fuzhouDestination)
                #expect(listed.status == .ok && listed.items.count == 1, "\(listed.json)")
            }
        }
    }
}
