import Foundation
import MinningDomain
import MinningPersistence
import MinningServices
import MinningTestSupport
import PostgresNIO
import Testing

@Suite("Reference seeds")
struct SeederTests {
    @Test("the template database holds the expected reference rows")
    func counts() async throws {
        try await withTestDatabase { database, _ in
            func count(_ sql: String) async throws -> Int {
                try await database.query(PostgresQuery(unsafeSQL: sql)).collect().first!.decode(Int.self)
            }
            #expect(try await count("SELECT count(*) FROM regions WHERE code LIKE '64%' AND level = 'prefecture'") == 5)
            #expect(try await count("SELECT count(*) FROM regions WHERE code LIKE '64%' AND level = 'county'") == 22)
            #expect(try await count("SELECT count(*) FROM regions WHERE code LIKE '35%' AND level = 'prefecture'") == 9)
            #expect(try await count("SELECT count(*) FROM regions WHERE code LIKE '35%' AND level = 'county'") == 84)
            // Every province-level division of the mainland, each with its county-level divisions, so
            // a worker from anywhere is shown by name.
            #expect(try await count("SELECT count(*) FROM regions WHERE level = 'province'") == 31)
            #expect(try await count("SELECT count(*) FROM regions p WHERE p.level = 'province' AND NOT EXISTS (SELECT 1 FROM regions c WHERE c.level = 'county' AND left(c.code, 2) = left(p.code, 2))") == 0)
            // A county hangs under its prefecture where GB/T 2260 has one (not under 北京市's 1101, nor 仙桃's 4290).
            #expect(try await count("SELECT count(*) FROM regions c JOIN regions p ON p.code = left(c.code, 4) || '00' WHERE c.level = 'county' AND c.parent_code <> p.code") == 0)
            #expect(try await count("SELECT count(*) FROM regions WHERE code = '510104' AND name_zh = '锦江区' AND parent_code = '510100'") == 1)
            #expect(try await count("SELECT count(*) FROM regions WHERE code = '429004' AND parent_code = '420000'") == 1)
            #expect(try await count("SELECT count(*) FROM key_assistance_counties") == 5)
            #expect(try await count("SELECT count(*) FROM key_assistance_counties WHERE verified") >= 1)
            #expect(try await count("SELECT count(*) FROM industries") == 20)
            // Every Fujian county has a minimum wage.
            #expect(try await count("SELECT count(*) FROM regions r WHERE r.code LIKE '35%' AND r.level = 'county' AND NOT EXISTS (SELECT 1 FROM minimum_wages m WHERE m.region_code = r.code)") == 0)
            #expect(try await count("SELECT count(*) FROM occupations WHERE level = 'unit'") >= 60)
            // Every unit group hangs under a complete chain of minor, sub-major and major groups.
            let units = try await count("SELECT count(*) FROM occupations WHERE level = 'unit'")
            let chained = try await count("""
                SELECT count(*) FROM occupations u
                JOIN occupations mi ON mi.code = u.parent_code
                JOIN occupations sm ON sm.code = mi.parent_code
                JOIN occupations ma ON ma.code = sm.parent_code AND ma.parent_code IS NULL
                WHERE u.level = 'unit'
                """)
            #expect(chained == units)
            #expect(try await count("SELECT count(*) FROM pairings WHERE ningxia_region_code = '640522'") >= 2)
        }
    }

    @Test("seeding again inserts nothing and updates nothing")
    func idempotent() async throws {
        try await withTestDatabase { database, _ in
            let seeder = Seeder(database: database, directory: TestDatabaseServer.project.seeds)
            let reports = try await seeder.run(includeDemo: false)
            #expect(reports.count == 8)
            for report in reports {
                #expect(report.inserted == 0, "\(report.table) inserted rows on a second run")
                #expect(report.updated == 0, "\(report.table) updated rows on a second run")
            }
        }
    }

    @Test("a changed seed value is updated in place, the rest untouched")
    func updatesChangedRows() async throws {
        try await withTestDatabase { database, _ in
            try await database.query("UPDATE regions SET name_zh = '旧名' WHERE code = '640422'")
            let reports = try await Seeder(database: database, directory: TestDatabaseServer.project.seeds).run()
            let regions = try #require(reports.first { $0.table == "regions" })
            #expect(regions.updated == 1)
            #expect(regions.inserted == 0)
            let name = try await database.query("SELECT name_zh FROM regions WHERE code = '640422'").collect().first?.decode(String.self)
            #expect(name == "西吉县")
        }
    }

    @Test("demo seeds add bureaus once")
    func demo() async throws {
        try await withTestDatabase { database, _ in
            let seeder = Seeder(database: database, directory: TestDatabaseServer.project.seeds)
            let first = try await seeder.run(includeDemo: true)
            let second = try await seeder.run(includeDemo: true)
            let bureausFirst = try #require(first.first { $0.table == "bureaus" })
            let bureausSecond = try #require(second.first { $0.table == "bureaus" })
            #expect(bureausFirst.inserted == bureausFirst.rowsInFile)
            #expect(bureausSecond.inserted == 0 && bureausSecond.updated == 0)
        }
    }
}

@Suite("Demo workers")
struct DemoWorkerSeederTests {
    static func services(_ database: Database) -> Services {
        Services(database: database, personalData: TestDatabaseServer.personalData, clock: TestClock.clock, settings: Settings())
    }

    @Test("demo workers are registered once, encrypted, and decrypt to their file values")
    func demoWorkers() async throws {
        try await withTestDatabase { database, _ in
            let directory = TestDatabaseServer.project.seeds
            _ = try await Seeder(database: database, directory: directory).run(includeDemo: true)
            let seeder = DemoWorkerSeeder(services: Self.services(database), directory: directory)
            let first = try await seeder.run()
            let second = try await seeder.run()
            #expect(first.inserted == first.rowsInFile)
            #expect(first.rowsInFile >= 8)
            #expect(second.inserted == 0)
            let sealed = try await database.query("SELECT id_number_ciphertext FROM workers WHERE name = '马小花'").collect().first?.decode(ByteBuffer.self)
            let idNumber = try TestDatabaseServer.personalData.open(Array(buffer: try #require(sealed)), field: "id_number")
            #expect(idNumber == "640422199803121026")
            let audit = try await database.query("SELECT count(*) FROM audit_log WHERE action = 'create' AND request_id = 'seed'").collect().first?.decode(Int.self)
            #expect(audit == first.inserted)
        }
    }
}

@Suite("Demo employers and vacancies")
struct DemoEmployerSeederTests {
    @Test("demo employers and vacancies pass the API's checks and load once")
    func demoRegistry() async throws {
        try await withTestDatabase { database, _ in
            let directory = TestDatabaseServer.project.seeds
            _ = try await Seeder(database: database, directory: directory).run(includeDemo: true)
            let seeder = DemoEmployerSeeder(services: DemoWorkerSeederTests.services(database), directory: directory)
            let first = try await seeder.run()
            let second = try await seeder.run()
            #expect(first.employersInserted == first.employersInFile && first.employersInFile >= 4)
            #expect(first.vacanciesInserted == first.vacanciesInFile && first.vacanciesInFile >= 4)
            #expect(first.basesInserted == first.basesInFile && first.basesInFile >= 3)
            #expect(second.employersInserted == 0 && second.vacanciesInserted == 0 && second.basesInserted == 0)
            let open = try await database.query("SELECT count(*) FROM vacancies WHERE status = 'open'").collect().first?.decode(Int.self)
            #expect(open == first.vacanciesInFile)
        }
    }
}
