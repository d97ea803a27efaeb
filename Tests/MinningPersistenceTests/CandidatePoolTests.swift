import Foundation
import MinningDomain
import MinningPersistence
import MinningTestSupport
import Testing

@Suite("Candidate pools follow the scorer's occupation values")
struct CandidatePoolTests {
    /// Unit groups of the seed near the vacancy's 7533 (same minor, sub-major and major group) and
    /// one outside it, so every level of `OccupationFit` is reached.
    static let codes = ["7533", "7531", "7536", "7511", "7522", "7411", "7212", "8153", "8156"]

    @Test("on random workers the pool is exactly the top of all eligible workers by occupation value, then id, for any pool size")
    func poolIsTopByOccupationValue() async throws {
        try await withTestDatabase { database, _ in
            var rng = SplitMix(seed: 20261203)
            let file = WorkerImportTests.csv(count: 150) { _, fields in
                var fields = fields
                let skillCount = Int(rng.next() % 3)
                fields[7] = Array(Set((0..<skillCount).map { _ in Self.codes[Int(rng.next() % UInt64(Self.codes.count))] })).sorted()
                    .map { rng.next() % 2 == 0 ? "\($0):证书" : $0 }.joined(separator: "|")
                fields[9] = rng.next() % 2 == 0 ? Self.codes[Int(rng.next() % UInt64(Self.codes.count))] : ""
                return fields
            }
            let actor = try await WorkerImportTests.actor(database)
            _ = try await WorkerBulkImport(database: database, cipher: TestDatabaseServer.personalData).run(try WorkerImportTests.rows(file), by: actor)
            let vacancy = Self.vacancy()
            func pool(_ size: Int) async throws -> [MatchWorker] {
                let repository = MatchingRepository(database: database, candidatePool: size)
                return try await database.transaction { connection in try await repository.candidates(for: vacancy, on: connection) }
            }
            let everyone = try await pool(10_000)
            let expected = everyone.map { (value: OccupationFit.value(of: $0.profile, for: "7533"), id: $0.id) }
                .sorted { $0.value != $1.value ? $0.value > $1.value : $0.id.precedes($1.id) }
            // Everyone with a skill or wish in major group 7 is a candidate, and no one else.
            #expect(expected.allSatisfy { $0.value > 0 })
            #expect(expected.count > 60, "the random file reaches enough workers: \(expected.count)")
            #expect(Set(expected.map(\.value)).count >= 8, "most levels are present: \(Set(expected.map(\.value)).sorted())")
            for size in [5, 17, 40, expected.count] {
                #expect(try await pool(size).map(\.id) == expected.prefix(size).map(\.id), "pool of \(size)")
            }
        }
    }

    static func vacancy() -> MatchVacancy {
        let terms = VacancyTerms(
            title: "平车工", occupationCode: "7533", openings: 5, wageMinFen: 450_000, wageMaxFen: 650_000,
            housingProvided: true, mealsProvided: true, workRegion: RegionCode("350102")!, minAge: 16, maxAge: 65,
            minEducation: .none, requiredCertificates: [], startsOn: CalendarDay(year: 2027, month: 1, day: 5)!,
            closesOn: CalendarDay(year: 2026, month: 12, day: 31)!, status: .open
        )
        return MatchVacancy(id: UUID(), employerId: UUID(), industryCode: "C", terms: terms, remainingOpenings: 5)
    }
}

/// A small deterministic generator, so a failure can be replayed.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
