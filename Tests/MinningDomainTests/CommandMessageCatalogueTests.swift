import Foundation
import MinningDomain
import Testing

/// The commands' part of the catalogue: what an operator reads from `minning …` is Chinese by
/// default, English with `--language en`.
@Suite("The commands' messages")
struct CommandMessageCatalogueTests {
    static var samples: [CommandMessage] {
        let day = CalendarDay(year: 2026, month: 5, day: 1)!
        let id = "0190c1d2-0000-7000-8000-000000000002"
        let balance = FundsBalance(committedFen: 3_200_000_000, transferredFen: 1_000_000_00, spentFen: 25_000_050)
        let listed: [CommandMessage] = [
            .migrationsUpToDate(count: 25), .migrationApplied("0001_reference_data.sql"),
            .migrationStatusApplied("0001_reference_data.sql", at: "2026-05-01T02:00:00Z"), .migrationStatusPending("0025_x.sql"),
            .seeded(table: "regions", demo: false, inFile: 3210, inserted: 0, updated: 0),
            .seeded(table: "fund_ledger", demo: true, inFile: nil, inserted: 12, updated: 0),
            .keyIssued(id: id, role: .originBureau, bureau: id), .secretShownOnce,
            .keyListed(id: id, prefix: "mn_abcd", role: .observer, revokedAt: nil, lastUsedAt: nil, label: "李文"),
            .keyListed(id: id, prefix: "mn_abcd", role: .admin, revokedAt: "2026-05-01T02:00:00Z", lastUsedAt: "2026-04-30T02:00:00Z", label: ""),
            .staffCreated(login: "ma.wen", role: .originBureau, bureau: id), .oneTimePasswordShownOnce,
            .staffListed(login: "ma.wen", role: .originBureau, bureau: id, name: "马文", disabledAt: nil, lockedUntil: nil),
            .staffListed(login: "ma.wen", role: .originBureau, bureau: id, name: "", disabledAt: nil, lockedUntil: "2026-05-01 10:15"),
            .staffListed(login: "ma.wen", role: .originBureau, bureau: id, name: "", disabledAt: "2026-05-01T02:00:00Z", lockedUntil: nil),
            .staffDisabled(login: "ma.wen", at: "2026-05-01T02:00:00Z"), .staffSecondFactorReset(login: "ma.wen"),
            .keyRevoked(id: id, at: "2026-05-01T02:00:00Z"), .noBureauNamed("西吉县人社局"), .bureausShareName(count: 2, name: "人社局"),
            .bureauMayNot("西吉县人力资源和社会保障局", actsAs: .originBureau, allowed: [.admin, .cooperationOffice]),
            .ledgerIntact(entries: 12, head: "ab12"), .ledgerBroken(.contentChanged(position: 3), entries: 12),
            .ledgerBroken(.linkBroken(position: 4), entries: 12), .ledgerBroken(.gap(after: 5), entries: 12),
            .imported(count: 2000, kind: .workers, dryRun: false, file: "村里名单.csv", encoding: "GB18030", seconds: "1.2"),
            .imported(count: 4, kind: .vacancies, dryRun: true, file: "岗位.csv", encoding: "UTF-8", seconds: "0.1"),
            .warningsStoredAnyway(count: 3), .andMore(12, reportHint: true), .andMore(12, reportHint: false),
            .everyProblemListedIn("问题.csv"), .templateWritten(.employers, path: "模板.csv"), .cannotRead("名单.csv"), .cannotWrite("名单.csv"),
            .toolFailed("pg_dump", status: 1), .exported(count: 8, path: "导出.csv", unmasked: true), .exported(count: 8, path: "导出.csv", unmasked: false),
            .meetingPackWritten(year: 2026, path: "材料.html"), .backedUp(database: "postgres://minning@127.0.0.1/minning", to: "备份.dump", bytes: 4096),
            .restored(file: "备份.dump", into: "postgres://minning@127.0.0.1/minning"), .subsidiesEvaluated(asOf: day, examined: 40, created: 3),
            .fundsHeading(year: 2026, narrowedTo: nil, ledgerHead: "ab12"),
            .fundsHeading(year: 2026, narrowedTo: ReportPeriod(year: 2026), ledgerHead: "ab12"),
            .fundsLine(pairing: "福州市→西吉县", balance), .fundsTotal(balance),
            .rotationStarting(keyId: "k2", workers: 40, employers: 4, previousKeys: 1),
            .rotationStoppedUnreadable(objectType: "worker", id: id, field: "id_number"),
            .rotationStoppedDuplicate(rotating: id, existing: id), .rotationFinished(workers: 40, employers: 4, seconds: "2.5", left: 0),
            .productionNeedsPersonalDataKey, .noneListed, .allocationStored(id), .allocationDryRun, .costsTooLargeToScale,
            .doctorMode(production: true), .doctorMode(production: false), .doctorVerdict(passed: true), .doctorVerdict(passed: false),
            .databaseURLParses("postgres://minning@127.0.0.1/minning"), .databaseURLProblem("缺少主机名"),
            .productionDatabaseWithoutTLS(host: "db.example.cn"), .projectFiles(path: "/srv/minning"), .projectMissing,
            .personalDataKeyConfigured, .personalDataDevelopmentKey, .personalDataKeyProblem("密钥长度不对"),
            .productionListenWithoutProxy(host: "0.0.0.0"), .listenAddress(host: "0.0.0.0", behindProxy: true),
            .listenAddress(host: "127.0.0.1", behindProxy: false), .databaseReachable, .databaseUnreachable("连接被拒绝"),
            .migrationsPendingNamed(["0025_x.sql"]), .migrationsAllApplied(25),
            .sealedUnderCurrentKey(keyId: "k2", previousKeysGiven: true), .sealedUnderCurrentKey(keyId: "k2", previousKeysGiven: false),
            .sealedUnderEarlierKey(workers: 3, employers: 1, previousKeysGiven: true), .sealedUnderEarlierKey(workers: 3, employers: 1, previousKeysGiven: false),
            .keysUnrecorded(workers: 3, employers: 1), .databaseURLMissing,
            .option("--year", .yearOutOfRange(1996, 2100)), .option("--poverty-status", .notOneOf(["none", "lifted"], term: "poverty_status")),
            .optionLength("--name", min: 1, max: 200),
        ]
        return listed + SummaryHeading.allCases.map { .summaryHeading($0) } + SummaryRow.allCases.map { .summaryRow($0) }
    }

    static func caseName(_ message: CommandMessage) -> String {
        Mirror(reflecting: message).children.first?.label ?? String(describing: message)
    }

    @Test("every case CommandMessage declares has a sample here, so the check below reads every text")
    func everyCaseSampled() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let source = try String(contentsOf: root.appending(path: "Sources/MinningDomain/Messages/CommandMessage.swift"), encoding: .utf8)
        let enumBody = try #require(source.firstMatch(of: /enum CommandMessage[^{]*\{(?<body>[\s\S]*?)\n\}/)?.output.body)
        let declared = Set(String(enumBody).matches(of: /\n\s*case (\w+)/).map { String($0.1) })
        #expect(declared.count > 60)
        #expect(declared == Set(Self.samples.map(Self.caseName)))
    }

    @Test("every Chinese text holds Chinese and no English sentence; every English text differs from it")
    func chineseIsChinese() {
        let problems: [FileProblem] = [.byteOrderMarkButNotUTF8, .containsNUL, .noGB18030Converter, .neitherUTF8NorGB18030, .noHeaderRow,
                                       .fieldCount(expected: 17, found: 3), .noColumn("姓名"), .unterminatedQuote]
        let texts = Self.samples.map { ("\($0)", $0.text(in: .zh), $0.text(in: .en)) } + problems.map { ("\($0)", $0.text(in: .zh), $0.text(in: .en)) }
        for (name, zh, en) in texts {
            let withoutCommands = zh.replacing(/minning [a-z -]+/, with: "")
            #expect(zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(name): \(zh)")
            #expect(withoutCommands.firstMatch(of: /[A-Za-z]{2,}( [A-Za-z]{2,}){2,}/) == nil, "\(name): \(zh)")
            #expect(en != zh && en.contains(/[A-Za-z]{2,}/), "\(name): \(en)")
        }
    }

    @Test("amounts are yuan with two decimals, roles carry their Chinese label, a refused option says what the API would")
    func wording() {
        let balance = FundsBalance(committedFen: 3_200_000_000, transferredFen: 100_000_000, spentFen: 25_000_050)
        #expect(CommandMessage.fundsLine(pairing: "福州市→西吉县", balance).text(in: .zh)
            == "福州市→西吉县  协议 32,000,000.00 元  到位 1,000,000.00 元  使用 250,000.50 元  结余 749,999.50 元")
        #expect(CommandMessage.keyIssued(id: "k", role: .observer, bureau: "b").text(in: .zh).contains("observer（只读查看）"))
        #expect(CommandMessage.option("--year", .yearOutOfRange(1996, 2100)).text(in: .zh) == "--year：" + Message.yearOutOfRange(1996, 2100).text(in: .zh))
        #expect(CommandMessage.seeded(table: "regions", demo: false, inFile: 3210, inserted: 0, updated: 0).text(in: .zh) == "行政区划（regions）：文件中 3210 行，新增 0，更新 0")
        #expect(CommandMessage.seeded(table: "regions", demo: false, inFile: 3210, inserted: 0, updated: 0).text(in: .en) == "regions: 3210 in file, 0 inserted, 0 updated")
    }
}
