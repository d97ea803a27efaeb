import Foundation
import MinningDomain
@testable import MinningPersistence
import MinningTestSupport
import PostgresNIO
import Testing

/// Days, region codes and vocabularies travel as typed columns: what PostgreSQL stores is what the
/// domain reads, and a stored value the domain does not know fails the read.
@Suite("Typed columns")
struct ColumnCodingTests {
    @Test("calendar days round-trip through PostgreSQL's date and agree with its own text", arguments: [
        "0001-01-01", "1899-12-31", "1970-01-01", "1999-12-31", "2000-01-01", "2000-02-29", "2026-11-27", "9999-12-31",
    ])
    func calendarDays(iso: String) async throws {
        let day = try #require(CalendarDay(iso: iso))
        try await withTestDatabase { database, _ in
            let row = try #require(try await database.query("SELECT \(day), (\(day))::text, \(iso)::date").collect().first)
            let (back, text, parsed) = try row.decode((CalendarDay, String, CalendarDay).self)
            #expect(back == day)
            #expect(text == iso)
            #expect(parsed == day)
        }
    }

    @Test("arrays of days, regions and vocabulary values decode element by element")
    func arrays() async throws {
        try await withTestDatabase { database, _ in
            let row = try #require(try await database.query(
                "SELECT ARRAY['2026-01-01', '2026-02-01']::date[], ARRAY['640422', '350203']::text[], ARRAY['available', 'placed']::text[]"
            ).collect().first)
            let (days, regions, statuses) = try row.decode(([CalendarDay], [RegionCode], [WorkerStatus]).self)
            #expect(days.map(\.description) == ["2026-01-01", "2026-02-01"])
            #expect(regions.map(\.rawValue) == ["640422", "350203"])
            #expect(statuses == [.available, .placed])
        }
    }

    @Test("a stored value the domain does not know fails the read instead of becoming a default")
    func unknownValuesFail() async throws {
        try await withTestDatabase { database, _ in
            let row = try #require(try await database.query("SELECT 'retired'::text, '64042'::text, 'infinity'::date").collect().first)
            let cells = row.makeRandomAccess()
            #expect(throws: PostgresDecodingError.self) { try cells[0].decode(WorkerStatus.self) }
            #expect(throws: PostgresDecodingError.self) { try cells[1].decode(RegionCode.self) }
            #expect(throws: PostgresDecodingError.self) { try cells[2].decode(CalendarDay.self) }
            #expect(try cells[0].decode(String.self) == "retired")
        }
    }

    @Test("a column the decoder names but the query does not return is an error, not a crash")
    func missingColumn() async throws {
        try await withTestDatabase { database, _ in
            let row = try #require(try await database.query("SELECT 1 AS present").collect().first)
            let named = NamedRow(row)
            #expect(try named("present", as: Int.self) == 1)
            #expect(throws: MissingColumn.self) { try named("absent", as: Int.self) }
        }
    }
}
