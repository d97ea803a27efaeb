/// Recognises a min-cost-flow network that is the transportation encoding
/// written by `TransportationProblem.minCostFlowNetwork()` (in any arc order),
/// so a DIMACS file of that shape can be handed to the specialised solver.
struct TransportationEncoding {
    let problem: TransportationProblem
    let source: Int
    let sink: Int
    /// Per arc: what it stands for in the problem.
    let roles: [Role]

    enum Role {
        case sourceToWorker(worker: Int)
        case candidate(index: Int)
        /// An arc no optimal flow uses (a candidate with negative benefit).
        case unused
        case vacancyToSink(vacancy: Int)
        case bypass
    }

    init?(_ network: MinCostFlowNetwork) {
        let nodeCount = network.nodeCount
        guard nodeCount >= 2 else { return nil }
        var sourceNode = -1, sinkNode = -1
        for node in 0..<nodeCount {
            let supply = network.supplies[node]
            if supply > 0 {
                guard sourceNode < 0 else { return nil }
                sourceNode = node
            } else if supply < 0 {
                guard sinkNode < 0 else { return nil }
                sinkNode = node
            }
        }
        guard sourceNode >= 0, sinkNode >= 0, network.supplies[sourceNode] == -network.supplies[sinkNode] else { return nil }
        let flowAmount = network.supplies[sourceNode]

        // Node kinds: workers are fed by the source, vacancies feed the sink.
        let unknown: Int32 = -1
        var workerIndex = [Int32](repeating: unknown, count: nodeCount)
        var vacancyIndex = [Int32](repeating: unknown, count: nodeCount)
        var workerCount = 0, vacancyCount = 0
        var capacities: [Int] = []
        var sawBypass = false
        for arc in 0..<network.arcCount {
            guard network.lowerBounds[arc] == 0 else { return nil }
            let tail = Int(network.tails[arc]), head = Int(network.heads[arc])
            if tail == sourceNode && head == sinkNode {
                guard !sawBypass, network.costs[arc] == 0, network.capacities[arc] >= flowAmount else { return nil }
                sawBypass = true
            } else if tail == sourceNode {
                guard head != sourceNode, workerIndex[head] == unknown,
                      network.capacities[arc] == 1, network.costs[arc] == 0 else { return nil }
                workerIndex[head] = Int32(workerCount)
                workerCount += 1
            } else if head == sinkNode {
                guard vacancyIndex[tail] == unknown, network.costs[arc] == 0, network.capacities[arc] >= 0 else { return nil }
                vacancyIndex[tail] = Int32(vacancyCount)
                vacancyCount += 1
                capacities.append(network.capacities[arc])
            }
        }
        guard sawBypass, workerCount == flowAmount else { return nil }
        for node in 0..<nodeCount where workerIndex[node] != unknown && vacancyIndex[node] != unknown { return nil }

        var roles: [Role] = []
        roles.reserveCapacity(network.arcCount)
        var candidates: [TransportationProblem.Candidate] = []
        candidates.reserveCapacity(network.arcCount)
        for arc in 0..<network.arcCount {
            let tail = Int(network.tails[arc]), head = Int(network.heads[arc])
            if tail == sourceNode && head == sinkNode {
                roles.append(.bypass)
            } else if tail == sourceNode {
                roles.append(.sourceToWorker(worker: Int(workerIndex[head])))
            } else if head == sinkNode {
                roles.append(.vacancyToSink(vacancy: Int(vacancyIndex[tail])))
            } else {
                let worker = workerIndex[tail], vacancy = vacancyIndex[head]
                guard worker != unknown, vacancy != unknown, network.capacities[arc] >= 1 else { return nil }
                let benefit = -network.costs[arc]
                if benefit < 0 {
                    roles.append(.unused)
                } else {
                    guard benefit <= TransportationProblem.largestBenefit else { return nil }
                    roles.append(.candidate(index: candidates.count))
                    candidates.append(.init(worker: Int(worker), vacancy: Int(vacancy), benefit: benefit))
                }
            }
        }
        guard let problem = try? TransportationProblem(
            workerCount: workerCount, vacancyCapacities: capacities, candidates: candidates
        ) else { return nil }
        self.problem = problem
        self.source = sourceNode
        self.sink = sinkNode
        self.roles = roles
    }

    /// The optimal flow of the network, read off an optimal assignment of `problem`.
    func solution(from assignment: TransportationAssignment) -> MinCostFlowSolution {
        var filled = [Int](repeating: 0, count: problem.vacancyCount)
        for vacancy in assignment.vacancyOfWorker { if let vacancy { filled[vacancy] += 1 } }
        // Parallel candidate arcs for the same pair: exactly one of them carries the worker, the best one.
        var carried = [Bool](repeating: false, count: problem.workerCount)
        var bestCandidateOfWorker = [Int](repeating: -1, count: problem.workerCount)
        for (index, candidate) in problem.candidates.enumerated()
        where assignment.vacancyOfWorker[candidate.worker] == candidate.vacancy {
            let best = bestCandidateOfWorker[candidate.worker]
            if best < 0 || problem.candidates[best].benefit < candidate.benefit {
                bestCandidateOfWorker[candidate.worker] = index
            }
        }
        var flows = [Int](repeating: 0, count: roles.count)
        for (arc, role) in roles.enumerated() {
            switch role {
            case .sourceToWorker(let worker):
                flows[arc] = assignment.vacancyOfWorker[worker] == nil ? 0 : 1
            case .candidate(let index):
                let worker = problem.candidates[index].worker
                if bestCandidateOfWorker[worker] == index && !carried[worker] {
                    flows[arc] = 1
                    carried[worker] = true
                }
            case .unused:
                flows[arc] = 0
            case .vacancyToSink(let vacancy):
                flows[arc] = filled[vacancy]
            case .bypass:
                flows[arc] = problem.workerCount - assignment.assignedCount
            }
        }
        return MinCostFlowSolution(totalCost: -assignment.totalBenefit, flows: flows)
    }
}
