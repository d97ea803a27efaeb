import Foundation

/// Allocates a cohort of workers to a set of vacancies: each worker at most one vacancy, each
/// vacancy at most its remaining openings, maximising the total priority-weighted score exactly
/// (a min-cost flow, `TransportationProblem`), with staff's pins and vetoes honoured.
public struct CohortAllocation: Sendable {
    public struct Pair: Sendable, Hashable {
        public let workerId: UUID
        public let vacancyId: UUID

        public init(workerId: UUID, vacancyId: UUID) {
            self.workerId = workerId
            self.vacancyId = vacancyId
        }
    }

    public struct Assignment: Sendable, Equatable {
        public let workerId: UUID
        public let vacancyId: UUID
        public let pinned: Bool
        public let explanation: MatchExplanation
    }

    public enum UnplacedReason: String, CaseIterable, Sendable, Codable {
        /// No vacancy of the set passes the hard constraints for this worker.
        case noFeasibleVacancy = "no_feasible_vacancy"
        /// Feasible vacancies exist, but their openings went to workers who added more to the total.
        case outbidOnCapacity = "outbid_on_capacity"
    }

    public struct Unplaced: Sendable, Equatable {
        public let workerId: UUID
        public let reason: UnplacedReason
        public let feasibleVacancies: Int
        /// For `noFeasibleVacancy`: how many vacancies each constraint ruled out.
        public let failedConstraints: [HardConstraint: Int]
    }

    public struct Outcome: Sendable {
        /// Sum of the priority-weighted scores of the assignments.
        public let objective: Int
        /// What the solver maximised: each feasible pair is worth its weighted score + 1, so that
        /// placing someone always beats placing no one. Equal to `objective + assignments.count`.
        public let solverObjective: Int
        public let assignments: [Assignment]
        public let unplaced: [Unplaced]
        /// The exact network solved, for `--export-dimacs`.
        public let problem: TransportationProblem
    }

    /// A pin that cannot be honoured, said in the staff's terms.
    public struct PinRefused: Error, Sendable, Equatable {
        public let pair: Pair
        public let reason: PinRefusal
    }

    public let workers: [MatchWorker]
    public let vacancies: [MatchVacancy]

    /// Workers and vacancies are put in id order first, so the answer does not depend on the
    /// order a caller listed them in.
    public init(workers: [MatchWorker], vacancies: [MatchVacancy]) {
        self.workers = workers.sorted { $0.id.uuidString < $1.id.uuidString }
        self.vacancies = vacancies.sorted { $0.id.uuidString < $1.id.uuidString }
    }

    public func allocate(scorer: MatchScorer, pinned: [Pair] = [], forbidden: Set<Pair> = []) throws -> Outcome {
        let workerIndex = Dictionary(uniqueKeysWithValues: workers.enumerated().map { ($1.id, $0) })
        let vacancyIndex = Dictionary(uniqueKeysWithValues: vacancies.enumerated().map { ($1.id, $0) })
        var candidates: [TransportationProblem.Candidate] = []
        var explanations: [TransportationPair: MatchExplanation] = [:]
        var failures = [[HardConstraint: Int]](repeating: [:], count: workers.count)
        var feasibleCount = [Int](repeating: 0, count: workers.count)
        for (w, worker) in workers.enumerated() {
            for (v, vacancy) in vacancies.enumerated() {
                switch scorer.evaluate(worker, vacancy) {
                case .feasible(let explanation):
                    candidates.append(.init(worker: w, vacancy: v, benefit: explanation.weightedScore + 1))
                    explanations[TransportationPair(worker: w, vacancy: v)] = explanation
                    feasibleCount[w] += 1
                case .infeasible(let failed):
                    for constraint in failed { failures[w][constraint, default: 0] += 1 }
                }
            }
        }
        let problem = try TransportationProblem(
            workerCount: workers.count, vacancyCapacities: vacancies.map { max(0, $0.remainingOpenings) }, candidates: candidates
        )
        var pinnedPairs: [TransportationPair] = []
        for pair in pinned {
            guard let w = workerIndex[pair.workerId] else { throw PinRefused(pair: pair, reason: .workerNotInCohort) }
            guard let v = vacancyIndex[pair.vacancyId] else { throw PinRefused(pair: pair, reason: .vacancyNotInSet) }
            pinnedPairs.append(TransportationPair(worker: w, vacancy: v))
        }
        let forbiddenPairs = Set(forbidden.compactMap { pair -> TransportationPair? in
            guard let w = workerIndex[pair.workerId], let v = vacancyIndex[pair.vacancyId] else { return nil }
            return TransportationPair(worker: w, vacancy: v)
        })
        let solution: TransportationAssignment
        do {
            solution = try problem.solve(pinned: pinnedPairs, forbidden: forbiddenPairs)
        } catch {
            throw refusal(error, scorer: scorer)
        }
        let pinnedSet = Set(pinnedPairs)
        var assignments: [Assignment] = []
        var unplaced: [Unplaced] = []
        for (w, vacancy) in solution.vacancyOfWorker.enumerated() {
            if let v = vacancy {
                let pair = TransportationPair(worker: w, vacancy: v)
                assignments.append(Assignment(
                    workerId: workers[w].id, vacancyId: vacancies[v].id, pinned: pinnedSet.contains(pair), explanation: explanations[pair]!
                ))
            } else {
                let reason: UnplacedReason = feasibleCount[w] == 0 ? .noFeasibleVacancy : .outbidOnCapacity
                unplaced.append(Unplaced(
                    workerId: workers[w].id, reason: reason, feasibleVacancies: feasibleCount[w],
                    failedConstraints: reason == .noFeasibleVacancy ? failures[w] : [:]
                ))
            }
        }
        let objective = assignments.reduce(0) { $0 + $1.explanation.weightedScore }
        return Outcome(objective: objective, solverObjective: solution.totalBenefit, assignments: assignments, unplaced: unplaced, problem: problem)
    }

    private func refusal(_ error: TransportationPinError, scorer: MatchScorer) -> PinRefused {
        func pair(_ p: TransportationPair) -> Pair { Pair(workerId: workers[p.worker].id, vacancyId: vacancies[p.vacancy].id) }
        switch error {
        case .outOfRange(let p):
            return PinRefused(pair: pair(p), reason: .notPartOfAllocation)
        case .notACandidate(let p):
            var failed: [HardConstraint] = []
            if case .infeasible(let constraints) = scorer.evaluate(workers[p.worker], vacancies[p.vacancy]) { failed = constraints }
            return PinRefused(pair: pair(p), reason: .failsHardConstraints(failed))
        case .forbidden(let p):
            return PinRefused(pair: pair(p), reason: .pinnedAndForbidden)
        case .workerPinnedTwice(let p, let earlier):
            return PinRefused(pair: pair(p), reason: .workerAlreadyPinned(vacancyId: vacancies[earlier].id.uuidString.lowercased()))
        case .capacityExhausted(let p, let capacity):
            return PinRefused(pair: pair(p), reason: .exceedsOpenings(capacity))
        }
    }
}
