import Foundation
import MinningDomain
import MinningPersistence
import MinningTestSupport
import PostgresNIO
import Testing

/// The recommendation pool is read tier by tier in the order of the scorer's occupation values;
/// a tier out of order would drop better vacancies without any error.
@Suite("Recommendation pools follow the scorer's occupation values")
struct RecommendationPoolTests {
    /// Unit groups around the worker's codes (7533, 8153 and a wish for 7411): the same unit,
    /// minor, sub-major and major groups, and one outside every group named (5120).
    static let codes = ["7533", "7531", "7536", "7511", "7522", "7411", "7212", "8153", "8156", "5120"]
    static let regions = ["350102", "350181", "350203", "350602"]

    @Test("on random vacancies the pool is exactly the top of all eligible vacancies by occupation value, then id, anywhere and in named cities")
    func poolIsTopByOccupationValue() async throws {
        try await withApp { client, cast, database in
            let base = try await PlacementsTests.vacancy(client, cast)
            var rng = SplitMix64(seed: 20261204)
            for _ in 0..<140 {
                try await cloneRow(database, table: "vacancies", id: base, overrides: [
                    "id": UUID().uuidString.lowercased(), "live_placements": "0",
                    "occupation_code": Self.codes[Int(rng.next() % UInt64(Self.codes.count))],
                    "work_region_code": Self.regions[Int(rng.next() % UInt64(Self.regions.count))],
                ])
            }
            let workerId = try await PlacementsTests.worker(client, cast, sequence: 91)
            for statement in [
                "UPDATE workers SET preferred_occupations = '{7411}' WHERE id = '\(workerId)'",
                "DELETE FROM worker_skills WHERE worker_id = '\(workerId)'",
                "INSERT INTO worker_skills (worker_id, occupation_code, certificate) VALUES ('\(workerId)', '7533', '缝纫工证'), ('\(workerId)', '8153', NULL)",
            ] {
                _ = try await database.query(PostgresQuery(unsafeSQL: statement)).collect()
            }
            for destinations in ["{}", "{350100,350602}"] {
                _ = try await database.query(PostgresQuery(unsafeSQL: "UPDATE workers SET preferred_destinations = '\(destinations)' WHERE id = '\(workerId)'")).collect()
                let worker = try #require(try await database.transaction { connection in
                    try await MatchingRepository(database: database, candidatePool: 500).workers([UUID(uuidString: workerId)!], in: .everywhere, on: connection)
                }.first)
                func pool(_ size: Int) async throws -> [MatchVacancy] {
                    let repository = MatchingRepository(database: database, candidatePool: size)
                    return try await database.transaction { connection in
                        try await repository.recommendationCandidates(for: worker, today: TestClock.today, on: connection)
                    }
                }
                let everyone = try await pool(10_000)
                let expected = everyone.map { (value: OccupationFit.value(of: worker.profile, for: $0.terms.occupationCode), id: $0.id) }
                    .sorted { $0.value != $1.value ? $0.value > $1.value : $0.id.precedes($1.id) }
                #expect(expected.allSatisfy { $0.value > 0 }, "only vacancies in a major group the worker named")
                #expect(expected.count > 40, "\(destinations): \(expected.count)")
                #expect(Set(expected.map(\.value)).count >= 7, "\(destinations): \(Set(expected.map(\.value)).sorted())")
                for size in [5, 17, 40, expected.count] {
                    #expect(try await pool(size).map(\.id) == expected.prefix(size).map(\.id), "\(destinations), pool of \(size)")
                }
            }
        }
    }
}
