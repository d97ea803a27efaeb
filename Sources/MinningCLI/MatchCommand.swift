import ArgumentParser
import Foundation
import MinningDomain
import MinningPersistence
import MinningServices

struct MatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Cohort allocation from the command line, and the min-cost-flow solver on its own.",
        subcommands: [Run.self, Solve.self]
    )

    struct Solve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Solve a DIMACS min-cost-flow file and print the optimal cost and the solve time (parsing excluded).",
            discussion: "Any DIMACS file works; transportation-shaped ones (one source or a supply node per worker, vacancies draining into one sink, bypass arcs or a dummy vacancy) go to the specialised solver."
        )
        @Argument(help: "A DIMACS min-cost-flow file (.min).") var file: String
        @Option(help: "Language of messages for people: zh (default) or en; the figures line is the same in both.") var language: Language = .zh
        @Flag(help: "Skip the transportation fast path and use general cost scaling, to time or cross-check it.") var general = false

        func run() throws {
            let parseStart = ContinuousClock.now
            let network: MinCostFlowNetwork
            do {
                network = try DIMACSMinCostFlow.read(contentsOfFile: file)
            } catch let error as DIMACSParseError {
                throw ValidationError("\(file):\(error.line): \(error.reason)")
            }
            let parsed = ContinuousClock.now
            let result = general ? CostScalingMinCostFlow.solve(network) : MinCostFlowSolver.solve(network)
            let solved = ContinuousClock.now
            let parseSeconds = String(format: "%.3f", (parsed - parseStart).secondsValue)
            let solveSeconds = String(format: "%.3f", (solved - parsed).secondsValue)
            switch result {
            case .optimal(let solution):
                print("nodes \(network.nodeCount) arcs \(network.arcCount) cost \(solution.totalCost) parse_seconds \(parseSeconds) solve_seconds \(solveSeconds)")
            case .infeasible:
                print("nodes \(network.nodeCount) arcs \(network.arcCount) infeasible solve_seconds \(solveSeconds)")
                throw ExitCode(2)
            case .costRangeTooLarge:
                print(CommandMessage.costsTooLargeToScale.text(in: language))
                throw ExitCode(3)
            }
        }
    }

    struct Run: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Allocate a bureau's available workers to open vacancies, exactly, and print a summary.",
            discussion: "The same model as POST /v1/allocations, without its size limits. Without --dry-run each assignment becomes a proposed placement."
        )
        @OptionGroup var common: CommonOptions
        @Option(help: "The allocating bureau's id or exact name; its region bounds the cohort.") var bureau: String
        @Option(help: "Only workers of this region or below it.") var workerRegion: String?
        @Option(help: "Only workers with this poverty status.") var povertyStatus: String?
        @Option(help: "Only vacancies in this work region or below it.") var vacancyRegion: String?
        @Option(help: "Only vacancies in this ISCO-08 group.") var occupation: String?
        @Option(help: "Most workers in the cohort.") var maxWorkers = 50_000
        @Option(help: "Most vacancies considered.") var maxVacancies = 20_000
        @Option(help: "Write the flow network solved to this DIMACS file, for checking the optimum elsewhere.") var exportDimacs: String?
        @Flag(help: "Compute and print, store nothing.") var dryRun = false

        func validate() throws {
            if let workerRegion, RegionCode(workerRegion) == nil { throw common.refuse(.option("--worker-region", .notRegionCode)) }
            if let vacancyRegion, RegionCode(vacancyRegion) == nil { throw common.refuse(.option("--vacancy-region", .notRegionCode)) }
            if let povertyStatus, PovertyStatus(rawValue: povertyStatus) == nil {
                throw common.refuse(.option("--poverty-status", .notOneOf(PovertyStatus.allCases.map(\.rawValue), term: "poverty_status")))
            }
            if let occupation, !(1...4).contains(occupation.count) || !occupation.allSatisfy({ $0.isASCII && $0.isNumber }) {
                throw common.refuse(.option("--occupation", .mustBeISCOPrefix(maxDigits: 4)))
            }
        }

        func run() async throws {
            let logger = common.logger()
            let request = AllocationRequest(
                workerFilter: MatchingRepository.WorkerFilter(
                    region: workerRegion.flatMap(RegionCode.init), povertyStatus: povertyStatus.flatMap(PovertyStatus.init(rawValue:))
                ),
                vacancyFilter: MatchingRepository.VacancyFilter(workRegion: vacancyRegion.flatMap(RegionCode.init), occupation: occupation)
            )
            let limits = AllocationRequest.Limits(workers: maxWorkers, vacancies: maxVacancies)
            let (bureau, dryRun, exportDimacs, clock, settings, language) = (self.bureau, self.dryRun, self.exportDimacs, common.clock, try common.settings(), common.language)
            try await Database.withRunningClient(url: try common.database(), logger: logger) { database in
                let database = database.withDeadline(.seconds(3600))
                let actor = try await bureauActor(bureau, task: "match", roles: Permission.allocateCohort.roles, database: database, language: language)
                let allocation = AllocationService(
                    database: database, matching: MatchingRepository(database: database, candidatePool: settings.candidatePool),
                    placements: PlacementRepository(database: database), idempotency: IdempotencyStore(database: database), clock: clock
                )
                let plan = try await allocation.plan(request, limits: limits, by: actor.principal)
                if let exportDimacs {
                    try DIMACSMinCostFlow.write(plan.outcome.problem.minCostFlowNetwork(), toFile: exportDimacs, comments: [
                        "minning match run, \(plan.day): \(plan.workers.count) workers, \(plan.vacancies.count) vacancies",
                        "optimal cost = -(solver objective) = \(-plan.outcome.solverObjective)",
                    ])
                }
                var allocationId: UUID?
                if !dryRun, !plan.outcome.assignments.isEmpty {
                    allocationId = try await allocation.propose(plan, by: actor).allocationId
                }
                AllocationSummaryTable(
                    outcome: plan.outcome, workers: plan.workers, vacancies: plan.vacancies.count, seconds: plan.solveTime.secondsValue, allocationId: allocationId
                ).print(in: language)
            }
        }
    }
}
