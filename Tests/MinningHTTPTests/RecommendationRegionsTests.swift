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
                for sql in ["CREATE TEMP TABLE IF NOT EXISTS vacancy_clone AS SELECT * FROM vacancies LIMIT 0", "DELETE FROM vacancy_clone",
                            "INSERT INTO vacancy_clone SELECT * FROM vacancies WHERE id = '\(base)'",
                            "UPDATE vacancy_clone SET id = '\(id)', work_region_code = '\(region)', live_placements = 0",
                            "INSERT INTO vacancies SELECT * FROM vacancy_clone"] {
                    _ = try await database.query(PostgresQuery(unsafeSQL: sql)).collect()
                }
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
