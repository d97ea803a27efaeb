import Foundation
import HTTPTypes
import Hummingbird
import MinningDomain
import MinningPersistence
import MinningServices

/// An enterprise's investment as it arrives and its headcounts, each on its day.
extension ParksController {
    struct ArrivalBody: Encodable, Sendable {
        let id: String
        let enterpriseId: String
        let arrivedOn: String
        let amountFen: Int
        let evidenceRef: String
        let createdAt: Date

        init(_ recorded: Recorded<InvestmentArrival>) {
            id = recorded.id.wireString
            enterpriseId = recorded.value.enterpriseId.wireString
            arrivedOn = recorded.value.arrivedOn.description
            amountFen = recorded.value.amountFen
            evidenceRef = recorded.value.evidenceRef
            createdAt = recorded.createdAt
        }
    }

    struct HeadcountBody: Encodable, Sendable {
        let enterpriseId: String
        let countedOn: String
        let jobs: Int
        let liftedJobs: Int
        let localJobs: Int
        let version: Int

        init(_ headcount: Headcount) {
            version = headcount.version
            enterpriseId = headcount.enterpriseId.wireString
            countedOn = headcount.countedOn.description
            jobs = headcount.jobs
            liftedJobs = headcount.liftedJobs
            localJobs = headcount.localJobs
        }
    }

    func addFactRoutes(to group: RouterGroup<MinningRequestContext>) {
        group.post("/parks/{id}/enterprises/{enterprise}/investments") { request, context in
            let caller = try context.caller(allowedBy: .keepParks)
            let (parkId, enterpriseId) = (try PathParameter.uuid(context, "id"), try PathParameter.uuid(context, "enterprise"))
            var body = try await BodyReader(request, context: context)
            let arrived = body.date("arrived_on")
            let amount = body.integer("amount_fen", in: 1...InvestmentArrival.maximumFen)
            let evidence = body.string("evidence_ref", maxLength: 100)
            try body.finish()
            guard let arrived, let amount, let evidence else { throw Problem.malformed(.checkedFieldMissing) }
            let once = try CreatedResponse.once(request, caller: caller, body: body) { (recorded: Recorded<InvestmentArrival>) in
                (ArrivalBody(recorded), "/v1/parks/\(parkId.wireString)/enterprises/\(enterpriseId.wireString)/investments")
            }
            let arrival = InvestmentArrival(enterpriseId: enterpriseId, arrivedOn: arrived, amountFen: amount, evidenceRef: evidence)
            return CreatedResponse.response(try await service.recordArrival(
                parkId: parkId, arrival, by: AuditActor(principal: caller, requestId: context.requestId), once: once
            ))
        }
        group.get("/parks/{id}/enterprises/{enterprise}/investments") { _, context in
            let caller = try context.caller(allowedBy: .readParks)
            let found = try await service.arrivals(parkId: try PathParameter.uuid(context, "id"), enterpriseId: try PathParameter.uuid(context, "enterprise"), by: caller)
            return try APIJSON.response(ItemsResponse(items: found.map(ArrivalBody.init)))
        }
        group.put("/parks/{id}/enterprises/{enterprise}/headcounts/{day}") { request, context in
            let caller = try context.caller(allowedBy: .keepParks)
            let (parkId, enterpriseId) = (try PathParameter.uuid(context, "id"), try PathParameter.uuid(context, "enterprise"))
            guard let text = context.parameters.get("day"), let day = CalendarDay(iso: text) else {
                throw Problem.validation([FieldIssue(field: "counted_on", message: .notISODate)])
            }
            var body = try await BodyReader(request, context: context)
            let jobs = body.integer("jobs", in: 0...1_000_000)
            let lifted = body.integer("lifted_jobs", in: 0...1_000_000)
            let local = body.integer("local_jobs", in: 0...1_000_000)
            try body.finish()
            guard let jobs, let lifted, let local else { throw Problem.malformed(.checkedFieldMissing) }
            let headcount = Headcount(enterpriseId: enterpriseId, countedOn: day, jobs: jobs, liftedJobs: lifted, localJobs: local)
            // No If-Match: a new day; If-Match: a correction of the day's count as read (or *, whatever it is).
            let write: HeadcountWrite = if request.headers[.ifMatch] == nil {
                .create
            } else if let version = try await ConditionalRequest.expectedVersionOrAny(request) {
                .replace(version: version)
            } else {
                .replaceAny
            }
            let stored = try await service.putHeadcount(parkId: parkId, headcount, write, by: AuditActor(principal: caller, requestId: context.requestId))
            return try APIJSON.response(HeadcountBody(stored), headers: [.eTag: ConditionalRequest.eTag(version: stored.version)])
        }
        group.get("/parks/{id}/enterprises/{enterprise}/headcounts") { _, context in
            let caller = try context.caller(allowedBy: .readParks)
            let found = try await service.headcounts(parkId: try PathParameter.uuid(context, "id"), enterpriseId: try PathParameter.uuid(context, "enterprise"), by: caller)
            return try APIJSON.response(ItemsResponse(items: found.map(HeadcountBody.init)))
        }
    }
}
