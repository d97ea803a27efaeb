import Foundation
import HTTPTypes
import HummingbirdTesting
import MinningDomain
import MinningPersistence
import MinningTestSupport
import PostgresNIO
import Testing

/// The labor report against a count made here, in Swift, from the raw rows: every grouping, every
/// line, for callers on both sides. The data is generated (seeded) so that periods, states and
/// scopes cut through it: workers registered before, during and after the period, placements in
/// every state, hires whose third or sixth month ends inside or outside it, separations on both
/// sides of its end.
@Suite("Labor report reconciliation")
struct LaborReportReconciliationTests {
    static let origins = ["640422", "640402", "640424", "640522", "640104", "620000", "350102"]
    static let povertyStatuses = ["none", "lifted", "monitored", "dibao"]
    static let workRegions = ["350102", "350121", "350203", "350583", "350205"]

    @Test("every grouping of the labor report equals an independent count, for origin, destination and oversight callers")
    func everyGroupingReconciles() async throws {
        try await withApp { client, cast, database in
            let today = TestClock.today
            let periods = [(today.adding(days: -200), today.adding(days: -10)), (today.adding(days: -800), today)]
            try await Self.generate(client, cast, database, workers: 80, boundary: periods[0].1)
            // Reports are for cooperation offices and oversight; a Fujian city's office sees the workers placed there.
            let fuzhouOffice = try await Fixtures(database: database).caller("福州市闽宁办", kind: .cooperationOffice, region: "350100", role: .cooperationOffice)
            for (from, to) in periods {
                for caller in [cast.ningxiaOffice, fuzhouOffice, cast.observer] {
                    let response = try await client.send(.get, "/v1/reports/labor?from=\(from)&to=\(to)", as: caller)
                    #expect(response.status == .ok, "\(response.json)")
                    let expected = try await Self.independentCount(database, scopePrefix: caller.bureau.region.scopePrefix, from: from, to: to)
                    let context = "caller \(caller.bureau.region.scopePrefix), \(from)…\(to)"
                    #expect(Self.counts(response.json["totals"]) == expected.totals, "\(context): totals")
                    for (field, grouping) in [("by_origin_province", "province"), ("by_origin_county", "county"),
                                              ("by_fujian_city", "city"), ("by_poverty_status", "poverty_status")] {
                        let lines = response.json[field] as? [[String: Any]] ?? []
                        let reported = Dictionary(uniqueKeysWithValues: lines.map { ($0["code"] as? String ?? "?", Self.counts($0["counts"])) })
                        #expect(reported == expected.groupings[grouping] ?? [:], "\(context): \(field)")
                        let codes = lines.compactMap { $0["code"] as? String }
                        #expect(codes == codes.sorted(), "\(context): \(field) in code order")
                    }
                }
            }
        }
    }

    struct Counts: Equatable, CustomStringConvertible {
        var registered = 0, matched = 0, hired = 0, employed3 = 0, employed6 = 0, separated = 0
        var isZero: Bool { self == Counts() }
        var description: String { "\(registered)/\(matched)/\(hired)/\(employed3)/\(employed6)/\(separated)" }

        static func + (lhs: Counts, rhs: Counts) -> Counts {
            Counts(registered: lhs.registered + rhs.registered, matched: lhs.matched + rhs.matched, hired: lhs.hired + rhs.hired,
                   employed3: lhs.employed3 + rhs.employed3, employed6: lhs.employed6 + rhs.employed6, separated: lhs.separated + rhs.separated)
        }
    }

    static func counts(_ json: Any?) -> Counts {
        let object = json as? [String: Any] ?? [:]
        return Counts(registered: object["registered"] as? Int ?? -1, matched: object["matched"] as? Int ?? -1, hired: object["hired"] as? Int ?? -1,
                      employed3: object["employed_3_months"] as? Int ?? -1, employed6: object["employed_6_months"] as? Int ?? -1,
                      separated: object["separated"] as? Int ?? -1)
    }

    /// Workers cloned from one registered through the API (so every column is valid), spread over
    /// origins, poverty statuses and two years of registration dates; up to three placements each,
    /// at most one of them accepted or hired, as the database demands. Two more hires end their
    /// third and sixth month exactly on `boundary`, a period's last day.
    static func generate(_ client: any TestClientProtocol, _ cast: Fixtures.Cast, _ database: Database, workers count: Int, boundary: CalendarDay) async throws {
        let baseWorker = try await PlacementsTests.worker(client, cast, sequence: 61)
        let baseVacancy = try await PlacementsTests.vacancy(client, cast)
        var rng = SplitMix64(seed: 20_261_129)
        func run(_ sql: String, _ values: [any PostgresEncodable & Sendable] = []) async throws {
            var binds = PostgresBindings()
            for value in values { try binds.append(value) }
            do {
                _ = try await database.query(PostgresQuery(unsafeSQL: sql, binds: binds)).collect()
            } catch {
                Issue.record("\(String(reflecting: error))")
                throw error
            }
        }
        var vacancies: [String] = []
        for region in workRegions {
            let id = UUID().uuidString
            try await cloneRow(database, table: "vacancies", id: baseVacancy,
                               overrides: ["id": id, "work_region_code": region, "openings": "1000", "live_placements": "0"])
            vacancies.append(id)
        }
        let bureau = try await database.query(PostgresQuery(unsafeSQL: "SELECT registered_by_bureau FROM workers WHERE id = '\(baseWorker)'"))
            .collect().first!.decode(UUID.self)
        let now = Date()
        func clone(_ id: String, origin: String, poverty: String, registeredDaysAgo: Int, index: Int) async throws {
            let created = now.addingTimeInterval(-Double(registeredDaysAgo) * 86_400 - Double(index))
            try await cloneRow(database, table: "workers", id: baseWorker, overrides: [
                "id": id, "origin_region_code": origin, "poverty_status": poverty, "monitored_kind": poverty == "monitored" ? "unstable" : nil,
                "id_number_hmac": randomByteaText(), "created_at": created.formatted(.iso8601),
            ])
        }
        for months in [3, 6] {
            let id = UUID().uuidString
            try await clone(id, origin: "640422", poverty: "lifted", registeredDaysAgo: 600, index: count + months)
            try await run("""
                INSERT INTO placements (worker_id, vacancy_id, status, proposed_by_bureau, score, weighted_score, explanation, hired_on, created_at,
                                        proposed_on, accepted_on)
                VALUES ($1::uuid, $2::uuid, 'hired', $3, 50000, 50000, '{}', ($4::date - make_interval(months => $5::int))::date, now() - interval '590 days',
                        current_date - 590, ($4::date - make_interval(months => $5::int))::date)
                """, [id, vacancies[0], bureau, boundary.description, months])
        }
        for index in 0..<count {
            let id = UUID().uuidString
            let poverty = povertyStatuses.randomElement(using: &rng)!
            let registeredDaysAgo = Int.random(in: 0...700, using: &rng)
            try await clone(id, origin: origins.randomElement(using: &rng)!, poverty: poverty, registeredDaysAgo: registeredDaysAgo, index: index)
            var day = registeredDaysAgo
            var holdsJob = false
            for vacancy in vacancies.shuffled(using: &rng).prefix(Int.random(in: 0...3, using: &rng)) {
                day -= Int.random(in: 0...40, using: &rng)
                guard day > 0 else { break }
                var status = ["proposed", "accepted", "declined", "withdrawn", "hired", "separated", "separated"].randomElement(using: &rng)!
                if holdsJob, ["accepted", "hired"].contains(status) { status = "declined" }
                holdsJob = holdsJob || ["accepted", "hired"].contains(status)
                let hiredDaysAgo = day - Int.random(in: 0...min(day, 30), using: &rng)
                let separatedDaysAgo = hiredDaysAgo - Int.random(in: 0...hiredDaysAgo, using: &rng)
                let hired = ["hired", "separated"].contains(status)
                try await run("""
                    INSERT INTO placements (worker_id, vacancy_id, status, proposed_by_bureau, score, weighted_score, explanation,
                                            hired_on, separated_on, separation_reason, created_at, proposed_on, accepted_on, closed_on)
                    VALUES ($1::uuid, $2::uuid, $3, $4, 50000, 50000, '{}',
                            CASE WHEN $5 THEN current_date - $6::int END, CASE WHEN $3 = 'separated' THEN current_date - $7::int END,
                            CASE WHEN $3 = 'separated' THEN '合同到期' END, now() - make_interval(days => $8::int, secs => $9::float8),
                            current_date - $8::int,
                            CASE WHEN $3 IN ('accepted', 'hired', 'separated') THEN current_date - CASE WHEN $5 THEN $6::int ELSE $8::int END END,
                            CASE WHEN $3 IN ('declined', 'withdrawn') THEN current_date - $8::int END)
                    """, [id, vacancy, status, bureau, hired, hiredDaysAgo, separatedDaysAgo, day, Double(index) / 7])
            }
        }
    }

    struct Expected {
        var totals = Counts()
        var groupings: [String: [String: Counts]] = [:]
    }

    /// The report's definitions, applied row by row.
    static func independentCount(_ database: Database, scopePrefix: String, from: CalendarDay, to: CalendarDay) async throws -> Expected {
        struct Worker { let id: UUID; let origin: String; let poverty: String; let registered: CalendarDay }
        struct Placement {
            let id: UUID; let worker: UUID; let status: String; let workRegion: String; let createdAt: Date; let created: CalendarDay
            let hired: CalendarDay?; let separated: CalendarDay?
        }
        var workers: [Worker] = []
        let workerRows = try await database.query(PostgresQuery(unsafeSQL: """
            SELECT id, origin_region_code, poverty_status, ((created_at AT TIME ZONE 'Asia/Shanghai')::date)::text FROM workers
            """))
        for try await (id, origin, poverty, registered) in workerRows.decode((UUID, String, String, String).self) {
            workers.append(Worker(id: id, origin: origin, poverty: poverty, registered: CalendarDay(iso: registered)!))
        }
        var placements: [UUID: [Placement]] = [:]
        let placementRows = try await database.query(PostgresQuery(unsafeSQL: """
            SELECT p.id, p.worker_id, p.status, v.work_region_code, p.created_at, ((p.created_at AT TIME ZONE 'Asia/Shanghai')::date)::text,
                   p.hired_on::text, p.separated_on::text
            FROM placements p JOIN vacancies v ON v.id = p.vacancy_id
            """))
        for try await (id, worker, status, region, createdAt, created, hired, separated) in placementRows.decode((UUID, UUID, String, String, Date, String, String?, String?).self) {
            placements[worker, default: []].append(Placement(
                id: id, worker: worker, status: status, workRegion: region, createdAt: createdAt, created: CalendarDay(iso: created)!,
                hired: hired.flatMap(CalendarDay.init(iso:)), separated: separated.flatMap(CalendarDay.init(iso:))
            ))
        }
        let period = from...to
        var expected = Expected()
        func add(_ counts: Counts, origin: String, poverty: String, workRegion: String?) {
            expected.totals = expected.totals + counts
            var keys = ["province": String(origin.prefix(2)) + "0000", "county": origin, "poverty_status": poverty]
            if let workRegion { keys["city"] = String(workRegion.prefix(4)) + "00" }
            for (grouping, key) in keys {
                expected.groupings[grouping, default: [:]][key, default: Counts()] = expected.groupings[grouping, default: [:]][key, default: Counts()] + counts
            }
        }
        for worker in workers {
            let all = placements[worker.id] ?? []
            // Theirs: from the caller's counties, or accepted or hired into a job there.
            guard worker.origin.hasPrefix(scopePrefix)
                || all.contains(where: { $0.workRegion.hasPrefix(scopePrefix) && ["accepted", "hired", "separated"].contains($0.status) })
            else { continue }
            // Of a worker from elsewhere, only the jobs in the caller's counties count.
            let own = all.filter { worker.origin.hasPrefix(scopePrefix) || $0.workRegion.hasPrefix(scopePrefix) }
            let latest = own.max { ($0.createdAt, $0.id.uuidString) < ($1.createdAt, $1.id.uuidString) }
            add(Counts(registered: period.contains(worker.registered) ? 1 : 0, matched: own.contains { period.contains($0.created) } ? 1 : 0),
                origin: worker.origin, poverty: worker.poverty, workRegion: latest?.workRegion)
            for placement in own {
                guard let hired = placement.hired else { continue }
                func stayed(months: Int) -> Int {
                    let end = adding(months: months, to: hired)
                    return period.contains(hired) && end <= to && (placement.separated.map { $0 >= end } ?? true) ? 1 : 0
                }
                add(Counts(hired: period.contains(hired) ? 1 : 0, employed3: stayed(months: 3), employed6: stayed(months: 6),
                           separated: placement.separated.map { period.contains($0) ? 1 : 0 } ?? 0),
                    origin: worker.origin, poverty: worker.poverty, workRegion: placement.workRegion)
            }
        }
        expected.groupings = expected.groupings.mapValues { $0.filter { !$0.value.isZero } }
        return expected
    }

    /// PostgreSQL's `date + interval 'n months'`: the same day n months on, or the month's last day.
    static func adding(months: Int, to day: CalendarDay) -> CalendarDay {
        let index = day.year * 12 + day.month - 1 + months
        let (year, month) = (index / 12, index % 12 + 1)
        var candidate = day.day
        while CalendarDay(year: year, month: month, day: candidate) == nil { candidate -= 1 }
        return CalendarDay(year: year, month: month, day: candidate)!
    }
}
