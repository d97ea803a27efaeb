/// A network of `TransportationShape` mapped exactly onto a `TransportationProblem`,
/// so a DIMACS file of any such shape can be handed to the specialised solver.
///
/// Each unit of a worker's supply becomes one problem worker (a "copy"). A unit that
/// may stay unassigned leaves by the worker's cheapest way out — an arc to the sink,
/// an arc to a vacancy too large ever to fill (a dummy column), or for a fed worker
/// the source's own bypass — and a pair's benefit is what taking it saves over that
/// way out. A unit with no way out is forced: its pairs get a bonus larger than any
/// sum of benefits, so an optimum assigns every forced unit whenever the network is
/// feasible, and leaves one unassigned only when it is not.
///
/// The mapping is exact only when units never compete for one arc's capacity, so
/// a worker with several units needs every arc it uses to carry all of them, and a
/// source needs a bypass for all its supply; anything else returns nil.
struct TransportationEncoding {
    let network: MinCostFlowNetwork
    let problem: TransportationProblem
    let shape: TransportationShape
    /// Per node: the problem worker of its first unit; its units follow.
    let firstCopy: [Int32]
    let units: [Int]
    /// Per worker node: whether its units must all be assigned.
    let forced: [Bool]
    /// Per worker node: the arc its unassigned units leave by, or -1 (none, or the source's bypass).
    let exitArc: [Int32]
    /// Per fed worker node: its arc from the source.
    let feedArc: [Int32]
    let sourceBypassArc: Int
    /// Per problem candidate: the network arc it stands for.
    let candidateArc: [Int32]

    /// Beyond this, sums of a few costs could overflow; such networks go to the general solver.
    private static let largestCost = 1 << 40

    init?(_ network: MinCostFlowNetwork) {
        guard let shape = TransportationShape(network) else { return nil }
        let nodeCount = network.nodeCount, arcCount = network.arcCount
        let kinds = shape.kinds, sink = shape.sink, source = shape.source
        let tails = network.tails, heads = network.heads, costs = network.costs, capacities = network.capacities
        for cost in costs { guard cost.magnitude <= Self.largestCost else { return nil } }

        var units = [Int](repeating: 0, count: nodeCount)
        var feedArc = [Int32](repeating: -1, count: nodeCount)
        var sourceBypassArc = -1
        for node in 0..<nodeCount where kinds[node] == .suppliedWorker {
            guard network.supplies[node] < Int(Int32.max) else { return nil }
            units[node] = network.supplies[node]
        }
        if source >= 0 {
            for arc in 0..<arcCount where Int(tails[arc]) == source {
                let head = Int(heads[arc])
                if head == sink {
                    if sourceBypassArc < 0 || costs[arc] < costs[sourceBypassArc] { sourceBypassArc = arc }
                } else {
                    guard capacities[arc] <= network.supplies[source] else { return nil }
                    feedArc[head] = Int32(arc)
                    units[head] = capacities[arc]
                }
            }
            // Fed units stay independent only if the source can send all of them, and park all the rest, at once.
            let supply = network.supplies[source]
            guard sourceBypassArc >= 0, capacities[sourceBypassArc] >= supply else { return nil }
            var fed = 0
            for node in 0..<nodeCount where kinds[node] == .fedWorker {
                fed += units[node]
                guard fed <= supply else { return nil }
            }
        }

        // A vacancy that can take every unit that could reach it is no constraint: reaching it is a way out.
        var reach = [Int](repeating: 0, count: nodeCount)
        for arc in 0..<arcCount where kinds[Int(heads[arc])] == .vacancy {
            reach[Int(heads[arc])] += min(capacities[arc], units[Int(tails[arc])])
        }
        var unbounded = [Bool](repeating: false, count: nodeCount)
        var vacancyIndex = [Int32](repeating: -1, count: nodeCount)
        var vacancyCapacities: [Int] = []
        for node in 0..<nodeCount where kinds[node] == .vacancy {
            let out = Int(shape.sinkArc[node])
            guard out >= 0 else { continue }
            if capacities[out] >= reach[node] {
                unbounded[node] = true
            } else {
                vacancyIndex[node] = Int32(vacancyCapacities.count)
                vacancyCapacities.append(capacities[out])
            }
        }
        func pathCost(_ arc: Int) -> Int {
            let head = Int(heads[arc])
            return head == sink ? costs[arc] : costs[arc] + costs[Int(shape.sinkArc[head])]
        }

        var exitArc = [Int32](repeating: -1, count: nodeCount)
        for arc in 0..<arcCount where capacities[arc] > 0 {
            let tail = Int(tails[arc]), head = Int(heads[arc])
            guard kinds[tail] == .suppliedWorker || kinds[tail] == .fedWorker, head == sink || unbounded[head] else { continue }
            let best = Int(exitArc[tail])
            if best < 0 || pathCost(arc) < pathCost(best) { exitArc[tail] = Int32(arc) }
        }
        // What leaving a unit unassigned costs; a pair's benefit is measured against it.
        var unassignedCost = [Int](repeating: 0, count: nodeCount)
        var entryCost = [Int](repeating: 0, count: nodeCount)
        var forced = [Bool](repeating: false, count: nodeCount)
        for node in 0..<nodeCount where units[node] > 0 {
            let exit = Int(exitArc[node])
            if kinds[node] == .fedWorker {
                entryCost[node] = costs[Int(feedArc[node])]
                let parked = costs[sourceBypassArc]
                guard exit >= 0 && entryCost[node] + pathCost(exit) < parked else {
                    exitArc[node] = -1
                    unassignedCost[node] = parked
                    continue
                }
                unassignedCost[node] = entryCost[node] + pathCost(exit)
            } else if exit >= 0 {
                unassignedCost[node] = pathCost(exit)
            } else {
                forced[node] = true
                continue
            }
            guard capacities[exit] >= units[node] else { return nil }
        }

        // Benefits per candidate arc, and their range, which sizes the forced units' bonus.
        var candidateArcs: [Int32] = []
        var benefits: [Int] = []
        var best = [Int](repeating: 0, count: nodeCount)
        var worst = [Int](repeating: 0, count: nodeCount)
        for arc in 0..<arcCount {
            let tail = Int(tails[arc]), head = Int(heads[arc])
            guard vacancyIndex[head] >= 0, capacities[arc] > 0, units[tail] > 0 else { continue }
            guard capacities[arc] >= units[tail] else { return nil }
            let benefit = unassignedCost[tail] - (entryCost[tail] + pathCost(arc))
            guard benefit > 0 || forced[tail] else { continue }
            candidateArcs.append(Int32(arc))
            benefits.append(benefit)
            best[tail] = max(best[tail], benefit)
            worst[tail] = min(worst[tail], benefit)
        }
        var firstCopy = [Int32](repeating: 0, count: nodeCount)
        var copies = 0
        for node in 0..<nodeCount {
            firstCopy[node] = Int32(truncatingIfNeeded: copies)
            guard units[node] < Int(Int32.max) else { return nil }
            copies += units[node]
            guard copies < Int(Int32.max) else { return nil }
        }
        var bonus = 0
        if forced.contains(true) {
            bonus = 1
            for node in 0..<nodeCount where units[node] > 0 {
                let spread = best[node] - (forced[node] ? worst[node] : 0)
                guard spread <= TransportationProblem.largestBenefit else { return nil }
                bonus += units[node] * spread
                guard bonus <= TransportationProblem.largestBenefit else { return nil }
            }
        }
        var candidates: [TransportationProblem.Candidate] = []
        var candidateArc: [Int32] = []
        candidates.reserveCapacity(candidateArcs.count)
        candidateArc.reserveCapacity(candidateArcs.count)
        for (index, arc) in candidateArcs.enumerated() {
            let tail = Int(tails[Int(arc)])
            let benefit = benefits[index] + (forced[tail] ? bonus : 0)
            guard benefit <= TransportationProblem.largestBenefit else { return nil }
            let vacancy = Int(vacancyIndex[Int(heads[Int(arc)])])
            for copy in Int(firstCopy[tail])..<(Int(firstCopy[tail]) + units[tail]) {
                candidates.append(.init(worker: copy, vacancy: vacancy, benefit: benefit))
                candidateArc.append(arc)
            }
        }
        guard let problem = try? TransportationProblem(
            workerCount: copies, vacancyCapacities: vacancyCapacities, candidates: candidates
        ) else { return nil }

        self.network = network
        self.problem = problem
        self.shape = shape
        self.firstCopy = firstCopy
        self.units = units
        self.forced = forced
        self.exitArc = exitArc
        self.feedArc = feedArc
        self.sourceBypassArc = sourceBypassArc
        self.candidateArc = candidateArc
    }
}
