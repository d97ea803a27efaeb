import Foundation
import Hummingbird
import MinningDomain
import MinningPersistence
import PostgresNIO

extension MatchingController {
    /// What an allocation request names: the cohort, the vacancies, and staff's pins and vetoes.
    struct AllocationRequest: Sendable {
        var workerIds: [UUID]?
        var workerFilter: MatchingRepository.WorkerFilter?
        var vacancyIds: [UUID]?
        var vacancyFilter: MatchingRepository.VacancyFilter?
        var pinned: [CohortAllocation.Pair] = []
        var forbidden: [CohortAllocation.Pair] = []
        var dryRun = false
    }

    func allocate(_ request: Request, _ context: MinningRequestContext) async throws -> Response {
        let caller = try context.caller(withRole: .admin, .originBureau)
        var body = try await BodyReader(request, context: context)
        let input = Self.read(&body)
        try body.finish()
        let today = CalendarDay.today()
        let (matching, scope) = (self.matching, caller.scope)
        let (workers, vacancies, scorer) = try await database.transaction { connection in
            let workers = if let ids = input.workerIds {
                try await matching.workers(ids, in: scope, on: connection)
            } else {
                try await matching.workers(matching: input.workerFilter ?? .init(), in: scope, limit: Self.maximumCohort, on: connection)
            }
            let vacancies = if let ids = input.vacancyIds {
                try await matching.vacancies(ids, visibleIn: scope, on: connection)
            } else {
                try await matching.vacancies(matching: input.vacancyFilter ?? .init(), today: today, limit: Self.maximumVacancies, on: connection)
            }
            return (workers, vacancies, try await matching.scorer(today: today, on: connection))
        }
        try Self.checkNamed(input, workers: workers, vacancies: vacancies)
        let outcome: CohortAllocation.Outcome
        let started = ContinuousClock.now
        defer { ServiceMetrics.allocationRuns.increment() }
        do {
            outcome = try CohortAllocation(workers: workers, vacancies: vacancies)
                .allocate(scorer: scorer, pinned: input.pinned, forbidden: Set(input.forbidden))
            ServiceMetrics.allocationDuration.recordNanoseconds((ContinuousClock.now - started).nanoseconds)
        } catch let refused as CohortAllocation.PinRefused {
            let index = input.pinned.firstIndex(of: refused.pair) ?? 0
            throw Problem.validation([FieldIssue(field: "pins[\(index)]", message: "cannot be honoured: \(refused.reason)")])
        }
        if input.dryRun {
            return try APIJSON.response(AllocationBody(outcome, workers: workers, vacancies: vacancies.count, dryRun: true, allocationId: nil, placementIds: []))
        }
        let actor = AuditActor(principal: caller, requestId: context.requestId)
        let placements = self.placements
        let summary = PlacementRepository.AllocationSummary(workers: workers.count, vacancies: vacancies.count, objective: outcome.objective)
        return try await CreatedResponse.run(request, caller: caller, body: body, idempotency: idempotency) { connection in
            let (allocationId, placementIds) = try await placements.propose(outcome.assignments, summary: summary, by: actor, on: connection)
            let response = AllocationBody(outcome, workers: workers, vacancies: vacancies.count, dryRun: false, allocationId: allocationId, placementIds: placementIds)
            return (response, "/v1/placements?allocation_id=\(allocationId.wireString)")
        }
    }

    static func read(_ body: inout BodyReader) -> AllocationRequest {
        var input = AllocationRequest()
        input.workerIds = body.array("worker_ids", required: false, maxCount: maximumCohort) { reader, value, path in reader.elementUUID(value, path: path) }
        input.workerFilter = body.object("worker_filter", required: false) { filter in
            let region = filter.regionCode("region_code", required: false)
            let poverty = filter.oneOf("poverty_status", PovertyStatus.self, required: false)
            let occupation = filter.occupationGroup("occupation")
            return MatchingRepository.WorkerFilter(region: region, povertyStatus: poverty, occupation: occupation)
        }
        input.vacancyIds = body.array("vacancy_ids", required: false, maxCount: maximumVacancies) { reader, value, path in reader.elementUUID(value, path: path) }
        input.vacancyFilter = body.object("vacancy_filter", required: false) { filter in
            let region = filter.regionCode("work_region_code", required: false)
            let occupation = filter.occupationGroup("occupation")
            return MatchingRepository.VacancyFilter(workRegion: region, occupation: occupation)
        }
        input.pinned = readPairs(&body, "pins")
        input.forbidden = readPairs(&body, "forbidden")
        input.dryRun = body.boolean("dry_run", required: false) ?? false
        if input.workerIds != nil && input.workerFilter != nil {
            body.add(FieldIssue(field: "worker_filter", message: "give worker_ids or worker_filter, not both"))
        }
        if input.vacancyIds != nil && input.vacancyFilter != nil {
            body.add(FieldIssue(field: "vacancy_filter", message: "give vacancy_ids or vacancy_filter, not both"))
        }
        return input
    }

    private static func readPairs(_ body: inout BodyReader, _ key: String) -> [CohortAllocation.Pair] {
        body.array(key, required: false, maxCount: maximumCohort) { reader, value, path in
            reader.nestedObject(value, path: path) { pair in
                let worker = pair.uuid("worker_id")
                let vacancy = pair.uuid("vacancy_id")
                guard let worker, let vacancy else { return nil }
                return CohortAllocation.Pair(workerId: worker, vacancyId: vacancy)
            }
        } ?? []
    }

    /// Ids the caller named must all be found: a worker outside the scope, or a vacancy not
    /// visible, is named rather than silently left out.
    static func checkNamed(_ input: AllocationRequest, workers: [MatchWorker], vacancies: [MatchVacancy]) throws {
        var issues: [FieldIssue] = []
        let workerIds = Set(workers.map(\.id))
        let vacancyIds = Set(vacancies.map(\.id))
        for (index, id) in (input.workerIds ?? []).enumerated() where !workerIds.contains(id) {
            issues.append(FieldIssue(field: "worker_ids[\(index)]", message: "no worker with this id is in your scope"))
        }
        for (index, id) in (input.vacancyIds ?? []).enumerated() where !vacancyIds.contains(id) {
            issues.append(FieldIssue(field: "vacancy_ids[\(index)]", message: "no vacancy with this id is visible to you"))
        }
        for (key, pairs) in [("pins", input.pinned), ("forbidden", input.forbidden)] {
            for (index, pair) in pairs.enumerated() {
                if !workerIds.contains(pair.workerId) {
                    issues.append(FieldIssue(field: "\(key)[\(index)].worker_id", message: "is not in the cohort"))
                }
                if !vacancyIds.contains(pair.vacancyId) {
                    issues.append(FieldIssue(field: "\(key)[\(index)].vacancy_id", message: "is not among the vacancies"))
                }
            }
        }
        if Set(input.workerIds ?? []).count != (input.workerIds ?? []).count {
            issues.append(FieldIssue(field: "worker_ids", message: "must not repeat a worker"))
        }
        if Set(input.vacancyIds ?? []).count != (input.vacancyIds ?? []).count {
            issues.append(FieldIssue(field: "vacancy_ids", message: "must not repeat a vacancy"))
        }
        if !issues.isEmpty { throw Problem.validation(issues) }
    }
}
