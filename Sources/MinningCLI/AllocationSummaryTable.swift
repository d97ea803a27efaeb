import Foundation
import MinningDomain

/// What `match run` prints: totals, then placements by priority group and origin county, then
/// why the rest were not placed.
struct AllocationSummaryTable {
    let outcome: CohortAllocation.Outcome
    let workers: [MatchWorker]
    let vacancies: Int
    let seconds: Double
    let allocationId: UUID?

    func print() {
        let rows: [(String, String)] = [
            ("workers", "\(workers.count)"),
            ("vacancies", "\(vacancies)"),
            ("candidate pairs", "\(outcome.problem.candidates.count)"),
            ("assigned", "\(outcome.assignments.count)"),
            ("objective (priority-weighted score)", "\(outcome.objective)"),
            ("solver objective (score + 1 per pair)", "\(outcome.solverObjective)"),
            ("scoring and solving", String(format: "%.2f s", seconds)),
            ("allocation", allocationId.map { "\($0.uuidString.lowercased()) (proposed placements created)" } ?? "dry run: nothing stored"),
        ]
        table("allocation", rows)
        var groups: [String: Int] = [:]
        var counties: [String: Int] = [:]
        let byId = Dictionary(uniqueKeysWithValues: workers.map { ($0.id, $0) })
        for assignment in outcome.assignments {
            let names = assignment.explanation.priorityGroups.map(\.rawValue)
            for name in names.isEmpty ? ["none"] : names { groups[name, default: 0] += 1 }
            if let county = byId[assignment.workerId]?.profile.originRegion.rawValue { counties[county, default: 0] += 1 }
        }
        table("placed by priority group", groups.sorted { $0.key < $1.key }.map { ($0.key, "\($0.value)") })
        table("placed by origin county", counties.sorted { $0.key < $1.key }.map { ($0.key, "\($0.value)") })
        var reasons: [String: Int] = [:]
        for item in outcome.unplaced { reasons[item.reason.rawValue, default: 0] += 1 }
        table("not placed", reasons.sorted { $0.key < $1.key }.map { ($0.key, "\($0.value)") })
    }

    private func table(_ title: String, _ rows: [(String, String)]) {
        Swift.print(title)
        guard !rows.isEmpty else {
            Swift.print("  (none)")
            return
        }
        let width = rows.map(\.0.count).max() ?? 0
        for (label, value) in rows {
            Swift.print("  " + label.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + value)
        }
    }
}
