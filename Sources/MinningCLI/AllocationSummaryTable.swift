import Foundation
import MinningDomain

/// What `match run` prints: totals, then placements by priority group and origin county, then
/// why the rest were not placed. Groups and reasons are shown by their code and, in Chinese, their
/// label too.
struct AllocationSummaryTable {
    let outcome: CohortAllocation.Outcome
    let workers: [MatchWorker]
    let vacancies: Int
    let seconds: Double
    let allocationId: UUID?

    func print(in language: Language) {
        func say(_ message: CommandMessage) -> String { message.text(in: language) }
        func coded(_ term: String, _ code: String) -> String {
            guard language == .zh, let label = Vocabulary.label(term, code, in: .zh) else { return code }
            return "\(code)（\(label)）"
        }
        let rows: [(String, String)] = [
            (say(.summaryRow(.workers)), "\(workers.count)"),
            (say(.summaryRow(.vacancies)), "\(vacancies)"),
            (say(.summaryRow(.candidatePairs)), "\(outcome.problem.candidates.count)"),
            (say(.summaryRow(.assigned)), "\(outcome.assignments.count)"),
            (say(.summaryRow(.objective)), "\(outcome.objective)"),
            (say(.summaryRow(.solverObjective)), "\(outcome.solverObjective)"),
            (say(.summaryRow(.scoringAndSolving)), String(format: "%.2f s", seconds)),
            (say(.summaryRow(.allocation)), allocationId.map { say(.allocationStored($0.uuidString.lowercased())) } ?? say(.allocationDryRun)),
        ]
        table(say(.summaryHeading(.allocation)), rows, none: say(.noneListed))
        var groups: [String: Int] = [:]
        var counties: [String: Int] = [:]
        let byId = Dictionary(uniqueKeysWithValues: workers.map { ($0.id, $0) })
        for assignment in outcome.assignments {
            let names = assignment.explanation.priorityGroups.map(\.rawValue)
            for name in names.isEmpty ? ["none"] : names { groups[name, default: 0] += 1 }
            if let county = byId[assignment.workerId]?.profile.originRegion.rawValue { counties[county, default: 0] += 1 }
        }
        table(say(.summaryHeading(.placedByPriorityGroup)), groups.sorted { $0.key < $1.key }.map { (coded("priority_group", $0.key), "\($0.value)") }, none: say(.noneListed))
        table(say(.summaryHeading(.placedByOriginCounty)), counties.sorted { $0.key < $1.key }.map { ($0.key, "\($0.value)") }, none: say(.noneListed))
        var reasons: [String: Int] = [:]
        for item in outcome.unplaced { reasons[item.reason.rawValue, default: 0] += 1 }
        table(say(.summaryHeading(.notPlaced)), reasons.sorted { $0.key < $1.key }.map { (coded("unplaced_reason", $0.key), "\($0.value)") }, none: say(.noneListed))
    }

    private func table(_ title: String, _ rows: [(String, String)], none: String) {
        Swift.print(title)
        guard !rows.isEmpty else {
            Swift.print("  " + none)
            return
        }
        // Chinese characters take two columns in a terminal.
        func width(_ text: String) -> Int { text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) } }
        let widest = rows.map { width($0.0) }.max() ?? 0
        for (label, value) in rows {
            Swift.print("  " + label + String(repeating: " ", count: widest - width(label)) + "  " + value)
        }
    }
}
