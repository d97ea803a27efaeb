import MinningPersistence
import Testing

@Suite("CSV seed files")
struct CSVTableTests {
    @Test("quoted fields keep commas and doubled quotes")
    func quoted() throws {
        let table = try CSVTable(name: "t.csv", text: "code,name\nA,\"农、林, 牧\"\nB,\"say \"\"hi\"\"\"\n")
        #expect(table.rows == [["A", "农、林, 牧"], ["B", "say \"hi\""]])
        #expect(try table.column("name") == ["农、林, 牧", "say \"hi\""])
    }

    @Test("a row with the wrong number of fields names its line")
    func ragged() {
        #expect(throws: CSVTable.ParseError.self) { try CSVTable(name: "t.csv", text: "a,b\n1,2\n3\n") }
        do {
            _ = try CSVTable(name: "t.csv", text: "a,b\n1,2\n3\n")
        } catch let error as CSVTable.ParseError {
            #expect(error.line == 3)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test("every seed file parses with a consistent header")
    func seedFiles() throws {
        let seeds = TestDatabaseServerPaths.seeds
        for name in ["regions.csv", "key_assistance_counties.csv", "pairings.csv", "occupations.csv", "industries.csv", "demo/bureaus.csv"] {
            let table = try CSVTable.load(seeds.appendingPathComponent(name))
            #expect(!table.rows.isEmpty, "\(name) is empty")
        }
    }
}
