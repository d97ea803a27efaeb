import Foundation
import Hummingbird
import MinningDomain
import MinningPersistence
import MinningServices

extension MatchingController {
    func allocate(_ request: Request, _ context: MinningRequestContext) async throws -> Response {
        let caller = try context.caller(allowedBy: .allocateCohort)
        var body = try await BodyReader(request, context: context)
        let (input, dryRun) = Self.read(&body, limits: .request)
        try body.finish()
        // A dry run stores nothing, but a malformed key is a bad request either way.
        _ = try CreatedResponse.idempotencyKey(request)
        let plan = try await allocation.plan(input, limits: .request, by: caller)
        if dryRun {
            return try APIJSON.response(AllocationBody(plan, dryRun: true, allocationId: nil, placementIds: []))
        }
        let once = try CreatedResponse.once(request, caller: caller, body: body) { (proposed: AllocationService.Proposed) in
            let response = AllocationBody(proposed.plan, dryRun: false, allocationId: proposed.allocationId, placementIds: proposed.placementIds)
            return (response, "/v1/placements?allocation_id=\(proposed.allocationId.wireString)")
        }
        return CreatedResponse.response(try await allocation.propose(plan, by: AuditActor(principal: caller, requestId: context.requestId), once: once))
    }

    static func read(_ body: inout BodyReader, limits: AllocationRequest.Limits) -> (AllocationRequest, dryRun: Bool) {
        var input = AllocationRequest()
        input.workerIds = body.array("worker_ids", required: false, maxCount: limits.workers) { reader, value, path in reader.elementUUID(value, path: path) }
        input.workerFilter = body.object("worker_filter", required: false) { filter in
            let region = filter.regionCode("region_code", required: false)
            let poverty = filter.oneOf("poverty_status", PovertyStatus.self, required: false)
            let occupation = filter.occupationGroup("occupation")
            return MatchingRepository.WorkerFilter(region: region, povertyStatus: poverty, occupation: occupation)
        }
        input.vacancyIds = body.array("vacancy_ids", required: false, maxCount: limits.vacancies) { reader, value, path in reader.elementUUID(value, path: path) }
        input.vacancyFilter = body.object("vacancy_filter", required: false) { filter in
            let region = filter.regionCode("work_region_code", required: false)
            let occupation = filter.occupationGroup("occupation")
            return MatchingRepository.VacancyFilter(workRegion: region, occupation: occupation)
        }
        input.pinned = readPairs(&body, "pins", limits: limits)
        input.forbidden = readPairs(&body, "forbidden", limits: limits)
        let dryRun = body.boolean("dry_run", required: false) ?? false
        if input.workerIds != nil && input.workerFilter != nil {
            body.add(FieldIssue(field: "worker_filter", message: .eitherNotBoth("worker_ids", "worker_filter")))
        }
        if input.vacancyIds != nil && input.vacancyFilter != nil {
            body.add(FieldIssue(field: "vacancy_filter", message: .eitherNotBoth("vacancy_ids", "vacancy_filter")))
        }
        return (input, dryRun)
    }

    private static func readPairs(_ body: inout BodyReader, _ key: String, limits: AllocationRequest.Limits) -> [CohortAllocation.Pair] {
        body.array(key, required: false, maxCount: limits.workers) { reader, value, path in
            reader.nestedObject(value, path: path) { pair in
                let worker = pair.uuid("worker_id")
                let vacancy = pair.uuid("vacancy_id")
                guard let worker, let vacancy else { return nil }
                return CohortAllocation.Pair(workerId: worker, vacancyId: vacancy)
            }
        } ?? []
    }
}
