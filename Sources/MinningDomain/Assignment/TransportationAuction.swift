/// Exact ε-scaling auction for the transportation problem, on scaled integer
/// benefits `b · (W + 1)` (W = worker count).
///
/// Each opening of a vacancy is a "slot" with its own price; a vacancy keeps
/// its slots in a min-heap so a bidder always takes the cheapest one. Every
/// worker also has a private "stay unassigned" option worth 0 at price 0.
///
/// A phase first runs a forward auction (Gauss–Seidel, FIFO) until every
/// worker holds a slot or stays unassigned, with all workers within ε of their
/// best option. Because prices survive from earlier phases, a slot can then be
/// empty yet priced above 0, which would break optimality for the asymmetric
/// problem; a reverse auction lowers such prices or lets the slot lure a worker,
/// each lure raising that worker's profit by at least ε, until every empty slot
/// costs 0. Then the duality gap is at most W·ε, which is below one original
/// unit once ε = 1, so the last phase's assignment is optimal.
final class TransportationAuction {
    // Measured on 10k×2k and 100k×20k instances: 6 beat 3, 4, 10, 16 and 30.
    static let scalingFactor = 6

    private let workerCount: Int
    private let vacancyCount: Int
    // Worker-major arcs.
    private let workerFirst: UnsafeMutablePointer<Int32>
    private let arcVacancy: UnsafeMutablePointer<Int32>
    private let arcBenefit: UnsafeMutablePointer<Int>
    private let arcInput: UnsafeMutablePointer<Int32>
    // Vacancy-major copies of the same arcs, for the reverse auction.
    private let vacancyFirst: UnsafeMutablePointer<Int32>
    private let reverseWorker: UnsafeMutablePointer<Int32>
    private let reverseBenefit: UnsafeMutablePointer<Int>
    private let reverseArc: UnsafeMutablePointer<Int32>
    // Slots, heap-ordered by price within each vacancy's range.
    private let slotFirst: UnsafeMutablePointer<Int32>
    private let slotPrice: UnsafeMutablePointer<Int>
    private let slotHolder: UnsafeMutablePointer<Int32>
    private let slotVacancy: UnsafeMutablePointer<Int32>
    private let cheapest: UnsafeMutablePointer<Int>
    private let secondCheapest: UnsafeMutablePointer<Int>
    // Per worker: slot held (-1: none), the arc that got it, and the profit b − price.
    private let workerSlot: UnsafeMutablePointer<Int32>
    private let workerArc: UnsafeMutablePointer<Int32>
    private let profit: UnsafeMutablePointer<Int>
    private let queue: UnsafeMutablePointer<Int32>
    private var reverseStack: [Int32] = []
    private let slotCount: Int
    private let arcCount: Int
    private let largestBenefit: Int

    private static let noPrice = Int.max / 4

    init(workerCount: Int, capacities: [Int], arcWorkers: [Int32], arcVacancies: [Int32], arcBenefits: [Int]) {
        self.workerCount = workerCount
        vacancyCount = capacities.count
        arcCount = arcWorkers.count
        let scale = workerCount + 1
        let workerFirst = UnsafeMutablePointer<Int32>.allocate(capacity: workerCount + 1)
        let vacancyFirst = UnsafeMutablePointer<Int32>.allocate(capacity: vacancyCount + 1)
        self.workerFirst = workerFirst
        self.vacancyFirst = vacancyFirst
        let arcs = max(arcCount, 1)
        let arcVacancy = UnsafeMutablePointer<Int32>.allocate(capacity: arcs)
        let arcBenefit = UnsafeMutablePointer<Int>.allocate(capacity: arcs)
        let arcInput = UnsafeMutablePointer<Int32>.allocate(capacity: arcs)
        let reverseWorker = UnsafeMutablePointer<Int32>.allocate(capacity: arcs)
        let reverseBenefit = UnsafeMutablePointer<Int>.allocate(capacity: arcs)
        let reverseArc = UnsafeMutablePointer<Int32>.allocate(capacity: arcs)
        self.arcVacancy = arcVacancy
        self.arcBenefit = arcBenefit
        self.arcInput = arcInput
        self.reverseWorker = reverseWorker
        self.reverseBenefit = reverseBenefit
        self.reverseArc = reverseArc

        var workerDegree = [Int32](repeating: 0, count: workerCount + 1)
        var vacancyDegree = [Int32](repeating: 0, count: vacancyCount + 1)
        var largest = 0
        for arc in 0..<arcCount {
            workerDegree[Int(arcWorkers[arc])] += 1
            vacancyDegree[Int(arcVacancies[arc])] += 1
            largest = max(largest, arcBenefits[arc])
        }
        let largestBenefit = largest * scale
        self.largestBenefit = largestBenefit
        var running: Int32 = 0
        for worker in 0..<workerCount { workerFirst[worker] = running; running += workerDegree[worker] }
        workerFirst[workerCount] = running
        running = 0
        for vacancy in 0..<vacancyCount { vacancyFirst[vacancy] = running; running += vacancyDegree[vacancy] }
        vacancyFirst[vacancyCount] = running
        var workerFill = (0..<workerCount).map { workerFirst[$0] }
        var vacancyFill = (0..<vacancyCount).map { vacancyFirst[$0] }
        for arc in 0..<arcCount {
            let worker = Int(arcWorkers[arc]), vacancy = Int(arcVacancies[arc])
            let forward = Int(workerFill[worker]); workerFill[worker] += 1
            let backward = Int(vacancyFill[vacancy]); vacancyFill[vacancy] += 1
            let benefit = arcBenefits[arc] * scale
            arcVacancy[forward] = Int32(vacancy)
            arcBenefit[forward] = benefit
            arcInput[forward] = Int32(arc)
            reverseWorker[backward] = Int32(worker)
            reverseBenefit[backward] = benefit
            reverseArc[backward] = Int32(forward)
        }

        // More openings than interested workers can never be used, so slots are capped at the in-degree.
        let slotFirst = UnsafeMutablePointer<Int32>.allocate(capacity: vacancyCount + 1)
        self.slotFirst = slotFirst
        var slots = 0
        for vacancy in 0..<vacancyCount {
            slotFirst[vacancy] = Int32(slots)
            slots += min(capacities[vacancy], Int(vacancyDegree[vacancy]))
        }
        slotFirst[vacancyCount] = Int32(slots)
        slotCount = slots
        slotPrice = .allocate(capacity: max(slots, 1))
        slotPrice.initialize(repeating: 0, count: max(slots, 1))
        slotHolder = .allocate(capacity: max(slots, 1))
        slotHolder.initialize(repeating: -1, count: max(slots, 1))
        slotVacancy = .allocate(capacity: max(slots, 1))
        for vacancy in 0..<vacancyCount {
            for slot in Int(slotFirst[vacancy])..<Int(slotFirst[vacancy + 1]) { slotVacancy[slot] = Int32(vacancy) }
        }
        cheapest = .allocate(capacity: max(vacancyCount, 1))
        secondCheapest = .allocate(capacity: max(vacancyCount, 1))
        workerSlot = .allocate(capacity: max(workerCount, 1))
        workerSlot.initialize(repeating: -1, count: max(workerCount, 1))
        workerArc = .allocate(capacity: max(workerCount, 1))
        workerArc.initialize(repeating: -1, count: max(workerCount, 1))
        profit = .allocate(capacity: max(workerCount, 1))
        profit.initialize(repeating: 0, count: max(workerCount, 1))
        queue = .allocate(capacity: max(workerCount, 1))
        for vacancy in 0..<vacancyCount { refreshCheapest(vacancy) }
    }

    deinit {
        for pointer in [workerFirst, arcVacancy, arcInput, vacancyFirst, reverseWorker, reverseArc,
                        slotFirst, slotHolder, slotVacancy, workerSlot, workerArc, queue] { pointer.deallocate() }
        for pointer in [arcBenefit, reverseBenefit, slotPrice, cheapest, secondCheapest, profit] { pointer.deallocate() }
    }

    /// Input arc indices chosen in the optimal assignment, ascending.
    func solve() -> [Int] {
        var epsilon = max(1, largestBenefit)
        repeat {
            epsilon = max(1, epsilon / Self.scalingFactor)
            forwardAuction(epsilon: epsilon)
            reverseAuction(epsilon: epsilon)
        } while epsilon > 1
        var chosen: [Int] = []
        for worker in 0..<workerCount where workerSlot[worker] >= 0 {
            chosen.append(Int(arcInput[Int(workerArc[worker])]))
        }
        chosen.sort()
        return chosen
    }

    private func refreshCheapest(_ vacancy: Int) {
        let first = Int(slotFirst[vacancy]), end = Int(slotFirst[vacancy + 1])
        guard first < end else {
            cheapest[vacancy] = Self.noPrice
            secondCheapest[vacancy] = Self.noPrice
            return
        }
        cheapest[vacancy] = slotPrice[first]
        var second = Self.noPrice
        if first + 1 < end { second = slotPrice[first + 1] }
        if first + 2 < end { second = min(second, slotPrice[first + 2]) }
        secondCheapest[vacancy] = second
    }

    private func place(holder: Int32, price: Int, at slot: Int) {
        slotHolder[slot] = holder
        slotPrice[slot] = price
        if holder >= 0 { workerSlot[Int(holder)] = Int32(slot) }
    }

    /// Restores heap order after the price at `slot` rose.
    private func siftDown(_ slot: Int, vacancy: Int) {
        let first = Int(slotFirst[vacancy]), count = Int(slotFirst[vacancy + 1]) - first
        var position = slot - first
        let holder = slotHolder[slot], price = slotPrice[slot]
        while true {
            var child = 2 * position + 1
            if child >= count { break }
            if child + 1 < count && slotPrice[first + child + 1] < slotPrice[first + child] { child += 1 }
            let childPrice = slotPrice[first + child]
            if childPrice >= price { break }
            place(holder: slotHolder[first + child], price: childPrice, at: first + position)
            position = child
        }
        place(holder: holder, price: price, at: first + position)
    }

    /// Restores heap order after the price at `slot` fell.
    private func siftUp(_ slot: Int, vacancy: Int) {
        let first = Int(slotFirst[vacancy])
        var position = slot - first
        let holder = slotHolder[slot], price = slotPrice[slot]
        while position > 0 {
            let parent = (position - 1) / 2
            let parentPrice = slotPrice[first + parent]
            if parentPrice <= price { break }
            place(holder: slotHolder[first + parent], price: parentPrice, at: first + position)
            position = parent
        }
        place(holder: holder, price: price, at: first + position)
    }

    private func forwardAuction(epsilon: Int) {
        var queueCount = releaseUnsettledWorkers(epsilon: epsilon)

        var front = 0
        let capacity = max(workerCount, 1)
        while queueCount > 0 {
            let worker = Int(queue[front])
            front += 1
            if front == capacity { front = 0 }
            queueCount -= 1

            var best = Int.min, second = 0, bestArc = -1
            for arc in Int(workerFirst[worker])..<Int(workerFirst[worker + 1]) {
                let value = arcBenefit[arc] &- cheapest[Int(arcVacancy[arc])]
                if value > best {
                    if best > second { second = best }
                    best = value
                    bestArc = arc
                } else if value > second {
                    second = value
                }
            }
            // Staying unassigned is worth 0 and wins ties, so a worker never takes a pair that gains nothing.
            guard best > 0 else { continue }
            let vacancy = Int(arcVacancy[bestArc])
            let benefit = arcBenefit[bestArc]
            let alternative = benefit &- secondCheapest[vacancy]
            if alternative > second { second = alternative }
            let slot = Int(slotFirst[vacancy])
            let displaced = slotHolder[slot]
            slotHolder[slot] = Int32(worker)
            slotPrice[slot] = benefit - second + epsilon
            workerArc[worker] = Int32(bestArc)
            profit[worker] = second - epsilon
            siftDown(slot, vacancy: vacancy)
            refreshCheapest(vacancy)
            if displaced >= 0 {
                workerSlot[Int(displaced)] = -1
                profit[Int(displaced)] = 0
                var tail = front + queueCount
                if tail >= capacity { tail -= capacity }
                queue[tail] = displaced
                queueCount += 1
            }
        }
    }

    /// Keeps the assignment from the previous phase where it is still within the new, smaller ε of each
    /// worker's best option, and queues the other workers to bid again. Much of an assignment survives
    /// a phase, so this saves most of the bidding a fresh start would redo.
    private func releaseUnsettledWorkers(epsilon: Int) -> Int {
        var queueCount = 0
        for worker in 0..<workerCount {
            let first = Int(workerFirst[worker]), end = Int(workerFirst[worker + 1])
            guard first < end else { continue }
            let slot = Int(workerSlot[worker])
            let ownVacancy = slot >= 0 ? Int(slotVacancy[slot]) : -1
            let ownIsCheapest = slot >= 0 && slot == Int(slotFirst[ownVacancy])
            var bestAlternative = 0
            for arc in first..<end {
                let vacancy = Int(arcVacancy[arc])
                let price = vacancy == ownVacancy && ownIsCheapest ? secondCheapest[vacancy] : cheapest[vacancy]
                let value = arcBenefit[arc] &- price
                if value > bestAlternative { bestAlternative = value }
            }
            if profit[worker] >= bestAlternative - epsilon { continue }
            if slot >= 0 { slotHolder[slot] = -1 }
            workerSlot[worker] = -1
            profit[worker] = 0
            queue[queueCount] = Int32(worker)
            queueCount += 1
        }
        return queueCount
    }

    private func hasOverpricedEmptySlot(_ vacancy: Int) -> Int? {
        for slot in Int(slotFirst[vacancy])..<Int(slotFirst[vacancy + 1])
        where slotHolder[slot] < 0 && slotPrice[slot] > 0 { return slot }
        return nil
    }

    private func reverseAuction(epsilon: Int) {
        reverseStack.removeAll(keepingCapacity: true)
        for vacancy in stride(from: vacancyCount - 1, through: 0, by: -1) where hasOverpricedEmptySlot(vacancy) != nil {
            reverseStack.append(Int32(vacancy))
        }
        while let top = reverseStack.last {
            let vacancy = Int(top)
            guard let slot = hasOverpricedEmptySlot(vacancy) else {
                reverseStack.removeLast()
                continue
            }
            // Only max(0, second − ε) matters below, so `second` may start at 0.
            var best = Int.min, second = 0, bestEntry = -1
            for entry in Int(vacancyFirst[vacancy])..<Int(vacancyFirst[vacancy + 1]) {
                let value = reverseBenefit[entry] &- profit[Int(reverseWorker[entry])]
                if value > best {
                    if best > second { second = best }
                    best = value
                    bestEntry = entry
                } else if value > second {
                    second = value
                }
            }
            if best - epsilon <= 0 {
                // No worker would gain by this slot even for free: its price may fall to 0.
                slotPrice[slot] = 0
                siftUp(slot, vacancy: vacancy)
                refreshCheapest(vacancy)
                continue
            }
            let newPrice = max(0, second - epsilon)
            let worker = Int(reverseWorker[bestEntry])
            let previous = Int(workerSlot[worker])
            if previous >= 0 {
                slotHolder[previous] = -1
                let previousVacancy = Int(slotVacancy[previous])
                if slotPrice[previous] > 0 && previousVacancy != vacancy { reverseStack.append(Int32(previousVacancy)) }
            }
            slotHolder[slot] = Int32(worker)
            slotPrice[slot] = newPrice
            workerArc[worker] = reverseArc[bestEntry]
            profit[worker] = reverseBenefit[bestEntry] - newPrice
            siftUp(slot, vacancy: vacancy)
            refreshCheapest(vacancy)
        }
    }
}
