import Foundation
import Testing

@testable import MinningPersistence

@Suite("Import work split across cores")
struct ImportPartsTests {
    @Test("parts cover every index once, in order, for any count and number of parts")
    func partsInOrder() throws {
        for count in [0, 1, 2, 7, 2_000, 4_001] {
            for parts in [1, 2, 3, 8] {
                let seen = ParallelParts.map(count: count, parts: parts) { Array($0) }
                #expect(seen.joined().elementsEqual(0..<count), "count \(count), parts \(parts)")
            }
        }
    }

    @Test("an error in one part is thrown, not lost")
    func errorsSurface() {
        struct Bad: Error {}
        #expect(throws: Bad.self) {
            _ = try ParallelParts.map(count: 10_000, parts: 4) { range in
                if range.contains(7_500) { throw Bad() }
                return range.count
            }
        }
    }

    @Test("row ids made from a generator are distinct version-4 UUIDs with the RFC 9562 variant")
    func rowIds() {
        var random = SystemRandomNumberGenerator()
        let ids = (0..<20_000).map { _ in UUID.random(using: &random) }
        #expect(Set(ids).count == ids.count)
        for id in ids.prefix(1_000) {
            let text = id.uuidString.lowercased()
            let version = text[text.index(text.startIndex, offsetBy: 14)]
            let variant = text[text.index(text.startIndex, offsetBy: 19)]
            #expect(version == "4")
            #expect("89ab".contains(variant))
        }
    }
}
