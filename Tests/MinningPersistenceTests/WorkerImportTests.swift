import Foundation
import MinningDomain
import MinningPersistence
import MinningServices
import MinningTestSupport
import PostgresNIO
import Synchronization
import Testing

@Suite("Bulk import of workers: all or nothing")
struct WorkerImportTests {
    static let today = CalendarDay(year: 2026, month: 11, day: 29)!
    static let header = "name,id_number,phone,origin_region_code,education,poverty_status,monitored_kind,skills,"
        + "preferred_destinations,preferred_occupations,expected_monthly_wage_fen,needs_housing,available_from,"
        + "consent_given_on,consent_method,consent_recorded_by"

    /// `count` distinct valid people of 西吉 (640422); `row` may rewrite any line before it is joined.
    static func csv(count: Int, county: String = "640422", row: (Int, [String]) -> [String] = { $1 }) -> String {
        var lines = [header]
        for index in 0..<count {
            let birth = String(format: "19%02d%02d%02d", 70 + index / 12_000, index / 1_000 % 12 + 1, index % 28 + 1)
            let fields = [
                "马\(index)", Fixtures.idNumber(region: county, birth: birth, sequence: index % 1_000), String(format: "139%08d", index),
                county, "junior_secondary", "lifted", "", "7533:缝纫工:4|8153", "350100", "8153", "450000", "true",
                "2026-12-01", "2026-11-20", "written", "李文",
            ]
            lines.append(row(index, fields).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func rows(_ text: String) throws -> [WorkerBulkImport.Row] {
        let (rows, issues) = WorkerBulkImport.rows(from: try CSVTable(name: "test.csv", text: text), today: today)
        #expect(issues.isEmpty)
        return rows
    }

    static func actor(_ database: Database, region: String = "640422") async throws -> AuditActor {
        let bureau = try await Fixtures(database: database).bureau("县人社局\(region)", kind: .originLaborBureau, region: region)
        return try await CommandLineActor.resolve(database, bureauId: bureau.id, label: "cli import", requestId: "import-test")
    }

    static func count(_ table: String, _ database: Database) async throws -> Int {
        try await database.query(PostgresQueryText.count(table)).collect().first!.decode(Int.self)
    }

    @Test("2,000 rows land together, encrypted, with their skills and one audit entry each")
    func importsEverything() async throws {
        try await withTestDatabase { database, _ in
            let actor = try await Self.actor(database)
            let rows = try Self.rows(Self.csv(count: 2_000))
            let imported = try await WorkerBulkImport(database: database, cipher: TestDatabaseServer.personalData).run(rows, by: actor)
            #expect(imported == ImportOutcome(count: 2_000))
            #expect(try await Self.count("workers", database) == 2_000)
            #expect(try await Self.count("worker_skills", database) == 4_000)
            let audited = try await database.query(
                "SELECT count(*) FROM audit_log WHERE action = 'import' AND object_type = 'worker' AND request_id = 'import-test'"
            ).collect().first!.decode(Int.self)
            #expect(audited == 2_000)
            let id = try await database.query("SELECT id FROM workers WHERE name = '马0'").collect().first!.decode(UUID.self)
            let stored = try await WorkerRepository(database: database, cipher: TestDatabaseServer.personalData).find(id, in: .everywhere)
            let worker = try #require(stored)
            #expect(worker.profile.skills.map(\.occupationCode) == ["7533", "8153"])
            #expect(worker.phoneMasked == "139****0000")
            #expect(worker.consent.recordedBy == "李文")
            let clear = try await database.query(
                "SELECT count(*) FROM workers WHERE position(convert_to('13900000000', 'UTF8') in phone_ciphertext) > 0"
            ).collect().first!.decode(Int.self)
            #expect(clear == 0)
        }
    }

    @Test("one row the database refuses among 10,000: nothing lands, and its line is named")
    func oneBadRowStopsAll() async throws {
        try await withTestDatabase { database, _ in
            let actor = try await Self.actor(database)
            // 9999 is no ISCO-08 occupation: only the database's reference table can tell.
            let text = Self.csv(count: 10_000) { index, fields in
                var fields = fields
                if index == 4_999 { fields[7] = "9999" }
                return fields
            }
            let rows = try Self.rows(text)
            do {
                _ = try await WorkerBulkImport(database: database, cipher: TestDatabaseServer.personalData).run(rows, by: actor)
                Issue.record("the import was accepted")
            } catch let rejected as ImportRejected {
                #expect(rejected.issues == [LineIssue(line: 5_001, field: "skills[0].occupation_code", message: .unknownCode(.occupation, "9999"))])
            }
            #expect(try await Self.count("workers", database) == 0)
            #expect(try await Self.count("worker_skills", database) == 0)
        }
    }

    @Test("field errors are reported for every bad line before anything reaches the database")
    func fieldErrorsByLine() throws {
        let text = Self.csv(count: 20) { index, fields in
            var fields = fields
            switch index {
            case 3: fields[1] = String(fields[1].dropLast()) + (fields[1].hasSuffix("0") ? "1" : "0")
            case 7: fields[2] = "12345"; fields[10] = "-5"
            case 11: fields[4] = "doctorate"
            default: break
            }
            return fields
        }
        let (rows, issues) = WorkerBulkImport.rows(from: try CSVTable(name: "t.csv", text: text), today: Self.today)
        #expect(rows.count == 17)
        #expect(issues.map(\.line) == [5, 9, 9, 13])
        #expect(issues.map(\.field) == ["id_number", "phone", "expected_monthly_wage_fen", "education"])
    }

    @Test("a missing or unknown column is refused before any row is read")
    func headerChecked() throws {
        let text = Self.csv(count: 2).replacingOccurrences(of: "needs_housing", with: "needs_housnig")
        let (rows, issues) = WorkerBulkImport.rows(from: try CSVTable(name: "t.csv", text: text), today: Self.today)
        #expect(rows.isEmpty)
        // One problem for what is missing, one for what is unknown, each naming the expected columns once.
        #expect(issues.map(\.field) == ["header", "header"])
        #expect(issues.first?.message.text(in: .en) == "lacks the column(s) 需要住宿 (needs_housing)")
        #expect(issues.last?.message.text(in: .en).hasPrefix("has unknown column(s) “needs_housnig”; the columns are: 姓名, 身份证号") == true, "\(issues)")
        #expect(issues.allSatisfy { $0.line == 1 })
    }

    @Test("a file as a clerk's Excel writes it imports: Chinese headers, 元 with decimals, Chinese labels, 2026/5/1 dates")
    func chineseSpreadsheet() async throws {
        let header = WorkerCSVFormat.header.chineseHeader.joined(separator: ",")
        let lines = [
            header,
            ["马小花", Fixtures.idNumber(sequence: 301), "13900001111", "640422", "初中", "监测对象", "脱贫不稳定户", "7533:缝纫工:4",
             "350100", "8153", "\"4,500.50\"", "是", "2026/12/1", "2026年11月20日", "书面", "李文", ""].joined(separator: ","),
            ["马小军", Fixtures.idNumber(sequence: 303), "13900002222", "640422", "中专", "一般户", "", "", "", "", "5000", "否",
             "2026-12-1", "2026.11.20", "written", "李文", "就业匹配"].joined(separator: ","),
        ]
        let (rows, issues) = WorkerBulkImport.rows(from: try CSVTable(name: "名单.csv", text: lines.joined(separator: "\r\n")), today: Self.today)
        #expect(issues.isEmpty, "\(issues)")
        let first = try #require(rows.first?.worker)
        #expect(first.profile.education == .juniorSecondary && first.profile.povertyStatus == .monitored && first.profile.monitoredKind == .unstable)
        #expect(first.profile.expectedMonthlyWageFen == 450_050)
        #expect(first.profile.needsHousing && first.profile.availableFrom == CalendarDay(year: 2026, month: 12, day: 1))
        #expect(first.consent.givenOn == CalendarDay(year: 2026, month: 11, day: 20) && first.consent.method == .written)
        let second = try #require(rows.last?.worker)
        #expect(second.profile.education == .seniorSecondary && second.profile.expectedMonthlyWageFen == 500_000)
        // Yuan under the API's fen column, a bad date and an unknown label: each named with what would do.
        var bad = CSVRecordReader(header: ["expected_monthly_wage_fen", "available_from", "education"], record: ["4500.50", "2026/13/1", "幼儿园"])
        _ = bad.money("expected_monthly_wage_fen", in: 0...10_000_000)
        _ = bad.date("available_from")
        _ = bad.oneOf("education", EducationLevel.self, term: "education")
        #expect(bad.issues.map(\.field) == ["expected_monthly_wage_fen", "available_from", "education"])
        #expect(bad.issues[0].message.text(in: .en).hasSuffix("4500.50 in yuan is 450050 fen"), "\(bad.issues)")
        #expect(bad.issues[2].message.text(in: .en).hasPrefix("must be one of: 未上学、小学、初中"))
    }

    @Test("dates are read year first in the forms spreadsheets write, and nothing ambiguous")
    func spreadsheetDates() {
        let may = CalendarDay(year: 2026, month: 5, day: 1)
        for text in ["2026-05-01", "2026-5-1", "2026/5/1", "2026/05/01", "2026.5.1", "2026年5月1日", "2026年5月1"] {
            #expect(CalendarDay(spreadsheet: text) == may, "\(text)")
        }
        for text in ["2026/5-1", "5/1/2026", "2026/2/30", "26/5/1", "2026/5/1/1", "2026年5-1", "２０２６/5/1", ""] {
            #expect(CalendarDay(spreadsheet: text) == nil, "\(text)")
        }
    }

    @Test("the same person twice in a file, or already registered, is named by line")
    func duplicates() async throws {
        try await withTestDatabase { database, _ in
            let actor = try await Self.actor(database)
            let importer = WorkerBulkImport(database: database, cipher: TestDatabaseServer.personalData)
            _ = try await importer.run(try Self.rows(Self.csv(count: 3)), by: actor)
            let again = Self.csv(count: 5) { index, fields in
                var fields = fields
                if index == 4 { fields[1] = Fixtures.idNumber(region: "640422", birth: "19700104", sequence: 3) }
                return fields
            }
            let rows = try Self.rows(again)
            do {
                _ = try await importer.run(rows, by: actor)
                Issue.record("duplicates were accepted")
            } catch let rejected as ImportRejected {
                #expect(rejected.issues.map(\.line) == [6])
                #expect(rejected.issues.first?.message == Message.samePersonAsLine(5))
            }
            // Lines 5 and 6 dropped: only people already in the database remain.
            let (dbRows, _) = WorkerBulkImport.rows(from: try CSVTable(name: "t.csv", text: Self.csv(count: 4)), today: Self.today)
            do {
                _ = try await importer.run(dbRows, by: actor)
                Issue.record("people already registered were accepted")
            } catch let rejected as ImportRejected {
                #expect(rejected.issues.map(\.line) == [2, 3, 4])
                #expect(rejected.issues.allSatisfy { $0.message.text(in: .en).hasPrefix("is already registered as worker ") })
            }
            let haiyuan = try await Self.actor(database, region: "640522")
            let elsewhere = try Self.rows(Self.csv(count: 1, county: "640522") { _, fields in
                var fields = fields
                fields[1] = Fixtures.idNumber(region: "640422", birth: "19700101", sequence: 0)
                return fields
            })
            do {
                _ = try await importer.run(elsewhere, by: haiyuan)
                Issue.record("a person registered elsewhere was accepted")
            } catch let rejected as ImportRejected {
                #expect(rejected.issues.map(\.message) == [Message.alreadyRegistered(workerId: nil)])
            }
            #expect(try await Self.count("workers", database) == 3)
        }
    }

    @Test("rows outside the bureau's region are refused; a dry run stores nothing")
    func scopeAndDryRun() async throws {
        try await withTestDatabase { database, _ in
            let haiyuan = try await Self.actor(database, region: "640522")
            let importer = WorkerBulkImport(database: database, cipher: TestDatabaseServer.personalData)
            let rows = try Self.rows(Self.csv(count: 3))
            do {
                _ = try await importer.run(rows, by: haiyuan)
                Issue.record("rows of another county were accepted")
            } catch let rejected as ImportRejected {
                #expect(rejected.issues.map(\.field) == Array(repeating: "origin_region_code", count: 3))
            }
            let xiji = try await Self.actor(database)
            #expect(try await importer.run(rows, by: xiji, dryRun: true).count == 3)
            #expect(try await Self.count("workers", database) == 0)
            #expect(try await Self.count("audit_log", database) == 0)
        }
    }

    @Test("a phone another worker gave, in the file or registered, is stored with a warning naming the line")
    func sharedPhones() async throws {
        try await withTestDatabase { database, _ in
            let actor = try await Self.actor(database)
            let importer = WorkerBulkImport(database: database, cipher: TestDatabaseServer.personalData)
            _ = try await importer.run(try Self.rows(Self.csv(count: 1)), by: actor)
            // Lines 2–4 of the next file: everyone's phone is the first worker's, except the last one's.
            let file = Self.csv(count: 4) { index, fields in
                var fields = fields
                fields[1] = Fixtures.idNumber(region: "640422", birth: "19880808", sequence: 500 + index)
                if index < 3 { fields[2] = String(format: "139%08d", 0) }
                return fields
            }
            let outcome = try await importer.run(try Self.rows(file), by: actor, dryRun: true)
            #expect(outcome.count == 4)
            #expect(outcome.warnings.map(\.line) == [2, 3, 4])
            #expect(outcome.warnings.map(\.field) == ["phone", "phone", "phone"])
            // The worker registered before, and the file's two other lines with the same number.
            #expect(outcome.warnings.map(\.message) == Array(repeating: SharedPhone.warning(otherWorkers: 3).message, count: 3))
            #expect(try await Self.count("workers", database) == 1)
            let stored = try await importer.run(try Self.rows(file), by: actor)
            #expect(stored.warnings.count == 3)
            #expect(try await Self.count("workers", database) == 5)
        }
    }

    @Test("GB18030 and UTF-8 with a byte-order mark decode to the same text")
    func encodings() throws {
        // "马小花,王" as Excel on a Chinese Windows saves it.
        let gb18030: [UInt8] = [194, 237, 208, 161, 187, 168, 44, 205, 245]
        let decoded = try ImportFileText(bytes: gb18030)
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.text == "马小花,王")
        let bom = try ImportFileText(bytes: [0xEF, 0xBB, 0xBF] + Array("马小花,王".utf8))
        #expect(bom.encoding == .utf8WithBOM)
        #expect(bom.text == "马小花,王")
        #expect(throws: ImportFileText.DecodingFailure.self) { try ImportFileText(bytes: [0x61, 0x00, 0x62]) }
        #expect(throws: ImportFileText.DecodingFailure.self) { try ImportFileText(bytes: [0xFF, 0xFF, 0xFF, 0x30]) }
    }

    @Test("an export is masked by default; unmasked, it reads back as an import and is audited")
    func exportRoundTrip() async throws {
        try await withTestDatabase { database, _ in
            let actor = try await Self.actor(database)
            let cipher = TestDatabaseServer.personalData
            _ = try await WorkerBulkImport(database: database, cipher: cipher).run(try Self.rows(Self.csv(count: 5)), by: actor)
            let collected = TextCollector()
            let masked = try await WorkerExport(database: database, cipher: cipher).run(in: actor.principal.scope, unmasked: false, by: actor, write: collected.append)
            #expect(masked == 5)
            #expect(collected.text.hasPrefix("\u{FEFF}编号,登记时间,姓名,身份证号"), "\(collected.text.prefix(80))")
            #expect(collected.text.contains(",初中,脱贫人口,4500.00,是,"), "labels, 元 and 是/否 for people")
            let english = TextCollector()
            _ = try await WorkerExport(database: database, cipher: cipher).run(in: actor.principal.scope, unmasked: false, headers: .en, by: actor, write: english.append)
            #expect(english.text.hasPrefix("\u{FEFF}id,registered_at,name,id_number") && english.text.contains(",junior_secondary,lifted,450000,true,"))
            #expect(!collected.text.contains("13900000000"))
            #expect(collected.text.contains("139****0000"))
            let plain = TextCollector()
            _ = try await WorkerExport(database: database, cipher: cipher).run(in: actor.principal.scope, unmasked: true, by: actor, write: plain.append)
            #expect(plain.text.contains("13900000000"))
            let decoded = try ImportFileText(bytes: Array(plain.text.utf8))
            let (rows, issues) = WorkerBulkImport.rows(from: try CSVTable(name: "export.csv", text: decoded.text), today: Self.today)
            #expect(issues.isEmpty)
            #expect(Set(rows.map(\.worker.idNumber.text)) == Set(try Self.rows(Self.csv(count: 5)).map(\.worker.idNumber.text)))
            let original = Dictionary(uniqueKeysWithValues: try Self.rows(Self.csv(count: 5)).map { ($0.worker.idNumber.text, $0.worker.profile) })
            #expect(rows.allSatisfy { original[$0.worker.idNumber.text] == $0.worker.profile }, "the Chinese file reads back as the same profiles")
            let audited = try await database.query(
                "SELECT count(*) FROM audit_log WHERE action = 'read_personal_data' AND object_type = 'worker'"
            ).collect().first!.decode(Int.self)
            #expect(audited == 5)
        }
    }
}

/// Collects what an export writes, for assertions.
final class TextCollector: Sendable {
    private let storage = Mutex("")
    var text: String { storage.withLock { $0 } }
    @Sendable func append(_ chunk: String) { storage.withLock { $0 += chunk } }
}

enum PostgresQueryText {
    static func count(_ table: String) -> PostgresQuery {
        PostgresQuery(unsafeSQL: "SELECT count(*) FROM \(table)")
    }
}
