import Foundation
import MinningDomain
import MinningPersistence
import MinningServices
import MinningTestSupport
import PostgresNIO
import Testing

@Suite("Bulk import of employers and vacancies")
struct RegistryImportTests {
    static func fuzhou(_ database: Database, region: String = "350100") async throws -> AuditActor {
        let bureau = try await Fixtures(database: database).bureau("市人社局\(region)", kind: .destinationLaborBureau, region: region)
        return try await CommandLineActor.resolve(database, bureauId: bureau.id, label: "cli import", requestId: "import-test")
    }

    static let employerHeader = "name,credit_code,region_code,industry_code,size,contact_name,contact_phone"
    static func employers(_ lines: [String]) throws -> CSVTable { try CSVTable(name: "e.csv", text: ([employerHeader] + lines).joined(separator: "\n")) }

    @Test("employers land together; a bad code, a repeat and a county outside the bureau are named by line")
    func employers() async throws {
        try await withTestDatabase { database, _ in
            let actor = try await Self.fuzhou(database)
            let importer = EmployerBulkImport(database: database, cipher: TestDatabaseServer.personalData)
            let good = [
                "福州甲公司,\(Fixtures.creditCode(1)),350102,C,medium,陈明,13900000001",
                "福州乙公司,\(Fixtures.creditCode(2)),350104,G,small,林芳,13900000002",
            ]
            let (rows, issues) = EmployerBulkImport.rows(from: try Self.employers(good))
            #expect(issues.isEmpty)
            #expect(try await importer.run(rows, by: actor) == 2)
            let bad = EmployerBulkImport.rows(from: try Self.employers(["丙,91350102MA00000010,350102,C,medium,陈,13900000003"]))
            #expect(bad.1.map(\.field) == ["credit_code"], "a wrong check character is caught before the database")
            let clash = [
                "丁公司,\(Fixtures.creditCode(3)),350102,C,medium,陈明,13900000004",
                "丁公司重复,\(Fixtures.creditCode(3)),350102,C,medium,陈明,13900000005",
                "厦门公司,\(Fixtures.creditCode(4, region: "350200")),350203,C,medium,陈明,13900000006",
            ]
            do {
                _ = try await importer.run(EmployerBulkImport.rows(from: try Self.employers(clash)).0, by: actor)
                Issue.record("a repeated code and an out-of-scope county were accepted")
            } catch let rejected as ImportRejected {
                #expect(rejected.issues.map(\.line) == [3, 4])
                #expect(rejected.issues.map(\.field) == ["credit_code", "region_code"])
            }
            do {
                _ = try await importer.run(EmployerBulkImport.rows(from: try Self.employers([good[0]])).0, by: actor)
                Issue.record("an employer registered twice was accepted")
            } catch let rejected as ImportRejected {
                #expect(rejected.issues.first?.message.text(in: .en).hasPrefix("an employer with this credit code is already registered") == true)
            }
            let count = try await database.query("SELECT count(*) FROM employers").collect().first!.decode(Int.self)
            #expect(count == 2)
        }
    }

    @Test("vacancies: an unknown employer, one outside the bureau, and a wage below the county minimum stop the file")
    func vacancies() async throws {
        try await withTestDatabase { database, _ in
            let fuzhou = try await Self.fuzhou(database)
            let employers = EmployerBulkImport(database: database, cipher: TestDatabaseServer.personalData)
            let (rows, _) = EmployerBulkImport.rows(from: try Self.employers([
                "福州甲公司,\(Fixtures.creditCode(1)),350102,C,medium,陈明,13900000001",
            ]))
            _ = try await employers.run(rows, by: fuzhou)
            let header = "employer_credit_code,title,occupation_code,openings,wage_min_fen,wage_max_fen,housing_provided,meals_provided,work_region_code,starts_on,closes_on,required_certificates"
            let today = TestClock.today
            let dates = "\(today.adding(days: 60)),\(today.adding(days: 30))"
            func table(_ lines: [String]) throws -> CSVTable { try CSVTable(name: "v.csv", text: ([header] + lines).joined(separator: "\n")) }
            let good = "\(Fixtures.creditCode(1)),平车工,8153,10,450000,600000,是,是,350102,\(dates),7533"
            let importer = VacancyBulkImport(database: database)
            let (goodRows, goodIssues) = VacancyBulkImport.rows(from: try table([good, good]))
            #expect(goodIssues.isEmpty)
            #expect(try await importer.run(goodRows, by: fuzhou, today: today) == 2)
            let lines = [
                good,
                "\(Fixtures.creditCode(9)),平车工,8153,10,450000,600000,true,true,350102,\(dates),",
                "\(Fixtures.creditCode(1)),平车工,8153,10,100000,600000,true,true,350102,\(dates),",
                "\(Fixtures.creditCode(1)),平车工,8153,10,450000,600000,true,true,350102,\(dates),9999",
            ]
            do {
                _ = try await importer.run(VacancyBulkImport.rows(from: try table(lines)).0, by: fuzhou, today: today)
                Issue.record("bad vacancies were accepted")
            } catch let rejected as ImportRejected {
                #expect(rejected.issues.map(\.line) == [3, 4, 5])
                #expect(rejected.issues.map(\.field) == ["employer_credit_code", "wage_min_fen", "required_certificates[0]"])
            }
            let zhangzhou = try await Self.fuzhou(database, region: "350600")
            do {
                _ = try await importer.run(goodRows, by: zhangzhou, today: today)
                Issue.record("a vacancy of another city's employer was accepted")
            } catch let rejected as ImportRejected {
                #expect(rejected.issues.allSatisfy { $0.message == Message.employerOutsideImportingRegion })
            }
            let count = try await database.query("SELECT count(*) FROM vacancies").collect().first!.decode(Int.self)
            #expect(count == 2)
        }
    }
}
