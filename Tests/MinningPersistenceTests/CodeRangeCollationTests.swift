import Foundation
@testable import MinningPersistence
import MinningTestSupport
import PostgresNIO
import Testing

/// Candidate generation compares region and occupation codes with ranges on indexes. The ranges
/// must find exactly the codes a prefix finds, whatever collation the database was created with.
@Suite("Code ranges and collations")
struct CodeRangeCollationTests {
    @Test("padded code ranges find exactly the codes a prefix finds, byte-ordered and under ICU; an open bound past the prefix would not")
    func rangesMatchPrefixes() async throws {
        try await withTestDatabase { database, _ in
            for (table, width, lengths) in [("regions", 6, [2, 4, 6]), ("occupations", 4, [1, 2, 3])] {
                let codes = try await database.query(PostgresQuery(unsafeSQL: "SELECT code FROM \(table) WHERE length(code) = \(width)"))
                    .collect().map { try $0.decode(String.self) }
                let prefixes = Array(Set(codes.flatMap { code in lengths.map { String(code.prefix($0)) } })).sorted()
                let padded = prefixes.map { MatchingRepository.codeRange($0, width: width) }
                // The bound used before: the prefix with its last digit raised by one ("3509" → "350:").
                let open = prefixes.map { prefix in (prefix, String(prefix.dropLast()) + String(UnicodeScalar(prefix.unicodeScalars.last!.value + 1)!)) }
                for collation in ["C", "und-x-icu"] {
                    func mismatches(_ bounds: [(String, String)], inclusive: Bool) async throws -> Int {
                        var binds = PostgresBindings()
                        binds.append(prefixes)
                        binds.append(bounds.map(\.0))
                        binds.append(bounds.map(\.1))
                        let upper = inclusive ? "<=" : "<"
                        return try await database.query(PostgresQuery(unsafeSQL: """
                            SELECT count(*)::bigint FROM \(table) t, unnest($1::text[], $2::text[], $3::text[]) p(prefix, low, high)
                            WHERE length(t.code) = \(width)
                              AND ((t.code COLLATE "\(collation)" >= p.low AND t.code COLLATE "\(collation)" \(upper) p.high)
                                   <> (t.code LIKE p.prefix || '%'))
                            """, binds: binds)).collect().first!.decode(Int.self)
                    }
                    #expect(try await mismatches(padded, inclusive: true) == 0, "\(table) under \(collation)")
                    if collation != "C" {
                        #expect(try await mismatches(open, inclusive: false) > 0, "\(table): ICU orders ':' before digits, so the open bound misses codes")
                    }
                }
            }
        }
    }
}
