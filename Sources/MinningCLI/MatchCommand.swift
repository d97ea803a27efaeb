import ArgumentParser
import Foundation
import MinningDomain
import MinningPersistence

struct MatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Cohort allocation from the command line, and the min-cost-flow solver on its own.",
        subcommands: [Run.self, Solve.self]
    )

    struct Solve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Solve a DIMACS min-cost-flow file and print the optimal cost and the solve time (parsing excluded).",
            discussion: "Any DIMACS file works; the transportation networks `match run --export-dimacs` writes go to the specialised solver."
        )
        @Argument(help: "A DIMACS min-cost-flow file (.min).") var file: String

        func run() throws {
            let parseStart = ContinuousClock.now
            let network: MinCostFlowNetwork
            do {
                network = try DIMACSMinCostFlow.read(contentsOfFile: file)
            } catch let error as DIMACSParseError {
                throw ValidationError("\(file):\(error.line): \(error.reason)")
            }
            let parsed = ContinuousClock.now
            let result = MinCostFlowSolver.solve(network)
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
                print("costs too large to scale exactly in 64 bits")
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
            if let workerRegion, RegionCode(workerRegion) == nil { throw ValidationError("--worker-region must be a six-digit region code") }
            if let vacancyRegion, RegionCode(vacancyRegion) == nil { throw ValidationError("--vacancy-region must be a six-digit region code") }
            if let povertyStatus, PovertyStatus(rawValue: povertyStatus) == nil {
                throw ValidationError("--poverty-status must be one of: \(PovertyStatus.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            if let occupation, !(1...4).contains(occupation.count) || !occupation.allSatisfy({ $0.isASCII && $0.isNumber }) {
                throw ValidationError("--occupation must be an ISCO-08 code of 1 to 4 digits")
            }
        }

        func run() async throws {
            let logger = common.logger()
            let today = CalendarDay.today()
            let workerFilter = MatchingRepository.WorkerFilter(
                region: workerRegion.flatMap(RegionCode.init), povertyStatus: povertyStatus.flatMap(PovertyStatus.init(rawValue:))
            )
            let vacancyFilter = MatchingRepository.VacancyFilter(workRegion: vacancyRegion.flatMap(RegionCode.init), occupation: occupation)
            let (bureau, maxWorkers, maxVacancies, dryRun, exportDimacs) = (self.bureau, self.maxWorkers, self.maxVacancies, self.dryRun, self.exportDimacs)
            try await Database.withRunningClient(url: try common.database(), logger: logger) { database in
                let database = database.withDeadline(.seconds(3600))
                let actor = try await bureauActor(bureau, task: "match", roles: [.admin, .originBureau], database: database)
                let matching = MatchingRepository(database: database)
                let (workers, vacancies, scorer) = try await database.transaction { connection in
                    (
                        try await matching.workers(matching: workerFilter, in: actor.principal.scope, limit: maxWorkers, on: connection),
                        try await matching.vacancies(matching: vacancyFilter, today: today, limit: maxVacancies, on: connection),
                        try await matching.scorer(today: today, on: connection)
                    )
                }
                let started = ContinuousClock.now
                let outcome = try CohortAllocation(workers: workers, vacancies: vacancies).allocate(scorer: scorer)
                let seconds = (ContinuousClock.now - started).secondsValue
                if let exportDimacs {
                    try DIMACSMinCostFlow.write(outcome.problem.minCostFlowNetwork(), toFile: exportDimacs, comments: [
                        "minning match run, \(today): \(workers.count) workers, \(vacancies.count) vacancies",
                        "optimal cost = -(solver objective) = \(-outcome.solverObjective)",
                    ])
                }
                var allocationId: UUID?
                if !dryRun, !outcome.assignments.isEmpty {
                    let summary = PlacementRepository.AllocationSummary(workers: workers.count, vacancies: vacancies.count, objective: outcome.objective)
                    allocationId = try await database.transaction { connection in
                        try await PlacementRepository(database: database).propose(outcome.assignments, summary: summary, by: actor, on: connection).allocationId
                    }
                }
                AllocationSummaryTable(outcome: outcome, workers: workers, vacancies: vacancies.count, seconds: seconds, allocationId: allocationId).print()
            }
        }
    }
}
