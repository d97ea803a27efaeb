import MinningDomain
import PostgresNIO

/// Which of a list of code references the reference tables do not hold, in one set query: the
/// same query for one registration and for a file of 100,000 workers.
enum CodeReferenceCheck {
    /// The positions in `references` whose code is unknown, in order.
    static func unknown(_ references: [CodeReference], on connection: PostgresConnection, logger: Logger) async throws -> [Int] {
        guard !references.isEmpty else { return [] }
        let rows = try await connection.query(
            """
            SELECT (r.position - 1)::bigint
            FROM unnest(\(references.map(\.code))::text[], \(references.map(\.table.rawValue))::text[],
                        \(references.map(\.acceptsCountyOfUnseededProvince))::boolean[])
                 WITH ORDINALITY AS r(code, kind, lenient, position)
            WHERE CASE r.kind
                WHEN 'occupation' THEN NOT EXISTS (SELECT 1 FROM occupations o WHERE o.code = r.code)
                ELSE NOT EXISTS (SELECT 1 FROM regions g WHERE g.code = r.code)
                     AND NOT (r.lenient
                              AND EXISTS (SELECT 1 FROM regions g WHERE g.code = left(r.code, 2) || '0000')
                              AND NOT EXISTS (SELECT 1 FROM regions g WHERE g.parent_code = left(r.code, 2) || '0000'))
            END
            ORDER BY r.position
            """,
            logger: logger
        )
        var positions: [Int] = []
        for try await position in rows.decode(Int.self) { positions.append(position) }
        return positions
    }
}
