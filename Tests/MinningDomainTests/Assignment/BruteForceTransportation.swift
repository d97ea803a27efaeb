@testable import MinningDomain

/// Tries every assignment of a tiny problem; the ground truth for the optimum.
enum BruteForceTransportation {
    static func bestBenefit(
        _ problem: TransportationProblem,
        pinned: [TransportationPair] = [],
        forbidden: Set<TransportationPair> = []
    ) -> Int {
        let pinnedVacancy = Dictionary(pinned.map { ($0.worker, $0.vacancy) }, uniquingKeysWith: { first, _ in first })
        var options = [[(vacancy: Int, benefit: Int)]](repeating: [], count: problem.workerCount)
        for candidate in problem.candidates
        where !forbidden.contains(TransportationPair(worker: candidate.worker, vacancy: candidate.vacancy)) {
            if let pin = pinnedVacancy[candidate.worker], pin != candidate.vacancy { continue }
            options[candidate.worker].append((candidate.vacancy, candidate.benefit))
        }
        var remaining = problem.vacancyCapacities
        var best = Int.min
        func explore(_ worker: Int, _ total: Int) {
            if worker == problem.workerCount { best = max(best, total); return }
            if pinnedVacancy[worker] == nil { explore(worker + 1, total) }
            for option in options[worker] where remaining[option.vacancy] > 0 {
                remaining[option.vacancy] -= 1
                explore(worker + 1, total + option.benefit)
                remaining[option.vacancy] += 1
            }
        }
        explore(0, 0)
        return best
    }
}
