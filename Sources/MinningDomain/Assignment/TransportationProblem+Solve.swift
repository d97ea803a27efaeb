extension TransportationProblem {
    /// The exact maximum-benefit assignment honouring `pinned` and `forbidden` pairs.
    ///
    /// Pinned workers get their vacancy outright and use up one of its openings;
    /// forbidden pairs are dropped. The rest is solved exactly by cost scaling.
    ///
    /// Determinism and ties: the result is a pure function of the problem
    /// (including the order of its candidates) and of the pins; nothing depends
    /// on hashing order, threads or time. Among equally good assignments, a pair
    /// of benefit 0 is never chosen (leaving the worker unassigned is just as good),
    /// and beyond that the tie is settled by the solver's fixed scan order.
    public func solve(
        pinned: [TransportationPair] = [],
        forbidden: Set<TransportationPair> = []
    ) throws(TransportationPinError) -> TransportationAssignment {
        var remainingCapacity = vacancyCapacities
        var vacancyOfWorker = [Int?](repeating: nil, count: workerCount)
        var pinnedBenefit = 0
        var pinBenefits = try pinnedPairBenefits(pinned, forbidden: forbidden)
        for pair in pinned {
            if let earlier = vacancyOfWorker[pair.worker] {
                throw .workerPinnedTwice(pair, earlierVacancy: earlier)
            }
            guard remainingCapacity[pair.vacancy] > 0 else {
                throw .capacityExhausted(pair, capacity: vacancyCapacities[pair.vacancy])
            }
            remainingCapacity[pair.vacancy] -= 1
            vacancyOfWorker[pair.worker] = pair.vacancy
            pinnedBenefit += pinBenefits.removeValue(forKey: pair) ?? 0
        }

        var workers: [Int32] = [], vacancies: [Int32] = [], benefits: [Int] = []
        workers.reserveCapacity(candidates.count)
        vacancies.reserveCapacity(candidates.count)
        benefits.reserveCapacity(candidates.count)
        let checkForbidden = !forbidden.isEmpty
        for candidate in candidates where candidate.benefit > 0 {
            guard vacancyOfWorker[candidate.worker] == nil, remainingCapacity[candidate.vacancy] > 0 else { continue }
            if checkForbidden && forbidden.contains(TransportationPair(worker: candidate.worker, vacancy: candidate.vacancy)) {
                continue
            }
            workers.append(Int32(candidate.worker))
            vacancies.append(Int32(candidate.vacancy))
            benefits.append(candidate.benefit)
        }
        let chosen = TransportationSolver.solve(
            workerCount: workerCount, capacities: remainingCapacity,
            arcWorkers: workers, arcVacancies: vacancies, arcBenefits: benefits
        )
        var total = pinnedBenefit
        for arc in chosen {
            let worker = Int(workers[arc])
            vacancyOfWorker[worker] = Int(vacancies[arc])
            total += benefits[arc]
        }
        return TransportationAssignment(vacancyOfWorker: vacancyOfWorker, totalBenefit: total)
    }

    /// Validates pins against the problem and returns the best benefit of each pinned pair.
    private func pinnedPairBenefits(
        _ pinned: [TransportationPair], forbidden: Set<TransportationPair>
    ) throws(TransportationPinError) -> [TransportationPair: Int] {
        guard !pinned.isEmpty else { return [:] }
        var best: [TransportationPair: Int] = [:]
        for pair in pinned {
            guard pair.worker >= 0 && pair.worker < workerCount && pair.vacancy >= 0 && pair.vacancy < vacancyCount
            else { throw .outOfRange(pair) }
            best[pair] = -1
        }
        for candidate in candidates {
            let pair = TransportationPair(worker: candidate.worker, vacancy: candidate.vacancy)
            if let known = best[pair], candidate.benefit > known { best[pair] = candidate.benefit }
        }
        for pair in pinned {
            if best[pair] == -1 { throw .notACandidate(pair) }
            if forbidden.contains(pair) { throw .forbidden(pair) }
        }
        return best
    }
}
