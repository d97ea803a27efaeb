import Foundation
import MinningDomain
import PostgresNIO

/// Registers the invented workers of `Seeds/demo/workers.csv` through the same repository and
/// rules as the API, so the demo data is encrypted, audited and valid like real data.
///
/// They are registered by the operator bureau with a key labelled `demo seed`, created (revoked)
/// on first use so the audit log says where they came from. People already registered are skipped,
/// which keeps `minning seed --demo` idempotent.
public struct DemoWorkerSeeder: Sendable {
    let database: Database
    let cipher: PersonalDataCipher
    let file: URL

    public init(database: Database, cipher: PersonalDataCipher, directory: URL) {
        self.database = database
        self.cipher = cipher
        self.file = directory.appendingPathComponent("demo/workers.csv")
    }

    public struct Report: Sendable, Equatable {
        public let rowsInFile: Int
        public let inserted: Int
    }

    public func run(operatorBureauName: String = "闽宁协作平台运维") async throws -> Report {
        let csv = try CSVTable.load(file)
        let actor = try await DemoSeedActor.resolve(database, operatorBureauName: operatorBureauName)
        let repository = WorkerRepository(database: database, cipher: cipher)
        let today = CalendarDay.today()
        var inserted = 0
        for (offset, row) in csv.rows.enumerated() {
            let worker = try Self.worker(from: Dictionary(uniqueKeysWithValues: zip(csv.header, row)), today: today, line: offset + 2)
            do {
                _ = try await database.transaction { connection in
                    try await repository.create(worker, by: actor, on: connection)
                }
                inserted += 1
            } catch DomainError.conflict {
                continue  // already registered by an earlier run
            }
        }
        return Report(rowsInFile: csv.rows.count, inserted: inserted)
    }

    struct RowError: Error, CustomStringConvertible {
        let line: Int
        let message: String
        var description: String { "demo/workers.csv:\(line): \(message)" }
    }

    static func worker(from row: [String: String], today: CalendarDay, line: Int) throws -> NewWorker {
        func value(_ key: String) throws -> String {
            guard let text = row[key] else { throw RowError(line: line, message: "no column \(key)") }
            return text
        }
        func list(_ key: String) throws -> [String] {
            try value(key).split(separator: "|").map(String.init)
        }
        let skills = try list("skills").map { item -> Skill in
            let parts = item.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            return Skill(occupationCode: parts[0], certificate: parts.count > 1 ? parts[1] : nil, level: parts.count > 2 ? Int(parts[2]) : nil)
        }
        guard let region = RegionCode(try value("origin_region_code")),
              let education = EducationLevel(rawValue: try value("education")),
              let poverty = PovertyStatus(rawValue: try value("poverty_status")),
              let wage = Int(try value("expected_monthly_wage_fen")),
              let availableFrom = CalendarDay(iso: try value("available_from"))
        else { throw RowError(line: line, message: "a value does not parse") }
        let profile = WorkerProfile(
            originRegion: region, education: education, povertyStatus: poverty,
            monitoredKind: MonitoredKind(rawValue: try value("monitored_kind")), skills: skills,
            preferredDestinations: try list("preferred_destinations").compactMap(RegionCode.init),
            preferredOccupations: try list("preferred_occupations"), expectedMonthlyWageFen: wage,
            needsHousing: try value("needs_housing") == "true", availableFrom: availableFrom, status: .available
        )
        let consent = Consent(givenOn: today, scope: "demo data: employment matching and placement", method: .electronic, recordedBy: "demo seed")
        do {
            let idNumber = try CitizenIDNumber(try value("id_number"))
            return try NewWorker(name: try value("name"), idNumber: idNumber, phone: try value("phone"), profile: profile, consent: consent, today: today)
        } catch let problem as CitizenIDNumber.Problem {
            throw RowError(line: line, message: "id_number \(problem)")
        }
    }
}
