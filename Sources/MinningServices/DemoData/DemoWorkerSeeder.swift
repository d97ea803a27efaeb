import Foundation
import MinningDomain
import MinningPersistence
import PostgresNIO

/// Registers the invented workers of `Seeds/demo/workers.csv` through the same use case and
/// rules as the API, so the demo data is encrypted, audited and valid like real data.
///
/// They are registered by the operator bureau with a key labelled `demo seed`, created (revoked)
/// on first use so the audit log says where they came from. People already registered are skipped,
/// which keeps `minning seed --demo` idempotent.
public struct DemoWorkerSeeder: Sendable {
    let services: Services
    let file: URL

    public init(services: Services, directory: URL) {
        self.services = services
        self.file = directory.appendingPathComponent("demo/workers.csv")
    }

    public struct Report: Sendable, Equatable {
        public let rowsInFile: Int
        public let inserted: Int
    }

    public func run(operatorBureauName: String = "闽宁协作平台运维") async throws -> Report {
        let (database, workers, today) = (services.database, services.workers, services.clock.today)
        let csv = try CSVTable.load(file)
        let actor = try await CommandLineActor.resolve(database, bureauNamed: operatorBureauName, label: "demo seed", requestId: "seed")
        var inserted = 0
        for (row, line) in zip(csv.rows, csv.lines) {
            var reader = CSVRecordReader(header: csv.header, record: row)
            guard let worker = WorkerCSVFormat.parse(&reader, today: today) else {
                throw RowError(line: line, message: reader.issues.map { "\($0.field) \($0.message)" }.joined(separator: "; "))
            }
            do {
                _ = try await database.transaction { connection in
                    try await workers.register(worker, by: actor, on: connection)
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
}
