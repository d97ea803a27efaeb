import Foundation
import MinningDomain
import Testing

@Suite("Worker field visibility")
struct WorkerVisibilityTests {
    /// The README's table, as the visibility table renders it.
    static func markdownTable() -> String {
        let columns: [(WorkerReader?, String)] = [
            (.originBureau, "origin bureau (worker in scope)"), (.admin, "admin"),
            (.employingBureau, "destination bureau, after the worker accepted its job"),
            (.candidateViewer, "other destination bureaus (available workers)"), (nil, "cooperation office, observer"),
        ]
        var lines = ["| field | " + columns.map(\.1).joined(separator: " | ") + " |"]
        lines.append("| --- |" + String(repeating: " :---: |", count: columns.count))
        for field in WorkerField.allCases {
            let marks = columns.map { reader, _ in reader.map { WorkerVisibility.sees($0, field) ? "✓" : "—" } ?? "—" }
            lines.append("| `\(field.rawValue)` | " + marks.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }

    @Test("the README's table of who sees which worker field is the table responses are built from")
    func readmeTable() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let begin = "<!-- worker-visibility: checked against WorkerVisibility by WorkerVisibilityTests -->\n"
        let start = try #require(text.range(of: begin), "README.md lacks the marker line \(begin)")
        let end = try #require(text.range(of: "\n<!-- /worker-visibility -->", range: start.upperBound..<text.endIndex))
        let table = String(text[start.upperBound..<end.lowerBound])
        #expect(table == Self.markdownTable(), "README.md's table should read:\n\(Self.markdownTable())")
    }

    @Test("a destination bureau never sees the origin side's fields, and an unknown one less than an employer")
    func minimumNecessary() {
        for field in [WorkerField.birthDate, .povertyStatus, .monitoredKind, .consent] {
            #expect(!WorkerVisibility.sees(.employingBureau, field) && !WorkerVisibility.sees(.candidateViewer, field), "\(field)")
        }
        let candidate = Set(WorkerVisibility.fields(for: .candidateViewer))
        let employer = Set(WorkerVisibility.fields(for: .employingBureau))
        #expect(candidate.isStrictSubset(of: employer))
        #expect(employer.isStrictSubset(of: Set(WorkerVisibility.fields(for: .originBureau))))
        #expect(WorkerVisibility.fields(for: .admin) == WorkerField.allCases)
        #expect(!candidate.contains(.name) && !candidate.contains(.idNumberMasked) && !candidate.contains(.phoneMasked))
    }
}
