import Foundation
@testable import MinningHTTP
import Testing

@Suite("Ranking of recommendations")
struct RankingTests {
    @Test("UUIDs compare by their bytes in the order of their strings, which the lists used before")
    func uuidOrder() {
        let ids = (0..<2_000).map { _ in UUID() } + [UUID(uuidString: "00000000-0000-0000-0000-000000000000")!, UUID(uuidString: "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF")!]
        #expect(ids.sorted { $0.precedes($1) } == ids.sorted { $0.uuidString < $1.uuidString })
        #expect(!ids[0].precedes(ids[0]))
    }
}
