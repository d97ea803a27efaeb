import Foundation
import HTTPTypes
import Hummingbird
import MinningDomain
import MinningPersistence
import MinningServices

/// Industrial parks and their enterprises: written by cooperation offices in scope, read by those
/// who read reports.
struct ParksController {
    let service: ParkService

    struct ParkBody: Encodable, Sendable {
        let id: String
        let name: String
        let regionCode: String
        let establishedOn: String
        let createdAt: Date

        init(_ park: ParkRecord) {
            id = park.id.wireString
            name = park.name
            regionCode = park.region.rawValue
            establishedOn = park.establishedOn.description
            createdAt = park.createdAt
        }
    }

    struct EnterpriseBody: Encodable, Sendable {
        let id: String
        let parkId: String
        let name: String
        let creditCode: String
        let relocatedFromRegionCode: String?
        let industryCode: String
        let investmentFen: Int
        let enteredOn: String

        init(_ enterprise: ParkEnterpriseRecord) {
            id = enterprise.id.wireString
            parkId = enterprise.parkId.wireString
            name = enterprise.name
            creditCode = enterprise.creditCode
            relocatedFromRegionCode = enterprise.relocatedFrom?.rawValue
            industryCode = enterprise.industryCode
            investmentFen = enterprise.investmentFen
            enteredOn = enterprise.enteredOn.description
        }
    }

    struct YearBody: Encodable, Sendable {
        let enterpriseId: String
        let year: Int
        let jobs: Int
        let localHires: Int
        let priorityHires: Int
        let outputValueFen: Int
    }

    func addRoutes(to group: RouterGroup<MinningRequestContext>) {
        addFactRoutes(to: group)
        group.post("/parks") { request, context in
            let caller = try context.caller(allowedBy: .keepParks)
            var body = try await BodyReader(request, context: context)
            let name = body.string("name")
            let region = body.regionCode("region_code")
            let established = body.date("established_on")
            try body.finish()
            guard let name, let region, let established else { throw Problem.malformed(.checkedFieldMissing) }
            let once = try CreatedResponse.once(request, caller: caller, body: body) { (park: ParkRecord) in
                (ParkBody(park), "/v1/parks/\(park.id.wireString)/enterprises")
            }
            let actor = AuditActor(principal: caller, requestId: context.requestId)
            return CreatedResponse.response(try await service.createPark(name: name, region: region, establishedOn: established, by: actor, once: once))
        }
        group.get("/parks") { _, context in
            let caller = try context.caller(allowedBy: .readParks)
            return try APIJSON.response(ItemsResponse(items: try await service.parks(by: caller).map(ParkBody.init)))
        }
        group.post("/parks/{id}/enterprises") { request, context in
            let caller = try context.caller(allowedBy: .keepParks)
            let parkId = try PathParameter.uuid(context, "id")
            var body = try await BodyReader(request, context: context)
            let name = body.string("name")
            var creditCode: CreditCode?
            if let text = body.string("credit_code", maxLength: 18) {
                do { creditCode = try CreditCode(text) } catch { body.add(FieldIssue(field: "credit_code", message: (error as? CreditCode.Problem).map(Message.creditCode) ?? .creditCode(.format))) }
            }
            let relocated = body.regionCode("relocated_from_region_code", required: false)
            let industry = body.string("industry_code", maxLength: 1)
            let investment = body.integer("investment_fen", in: 0...10_000_000_000_000)
            let entered = body.date("entered_on")
            try body.finish()
            guard let name, let creditCode, let industry, let investment, let entered else { throw Problem.malformed(.checkedFieldMissing) }
            let once = try CreatedResponse.once(request, caller: caller, body: body) { (enterprise: ParkEnterpriseRecord) in
                (EnterpriseBody(enterprise), "/v1/parks/\(parkId.wireString)/enterprises")
            }
            return CreatedResponse.response(try await service.addEnterprise(
                parkId: parkId, name: name, creditCode: creditCode, relocatedFrom: relocated, industryCode: industry,
                investmentFen: investment, enteredOn: entered, by: AuditActor(principal: caller, requestId: context.requestId), once: once
            ))
        }
        group.get("/parks/{id}/enterprises") { _, context in
            let caller = try context.caller(allowedBy: .readParks)
            let parkId = try PathParameter.uuid(context, "id")
            return try APIJSON.response(ItemsResponse(items: try await service.enterprises(parkId: parkId, by: caller).map(EnterpriseBody.init)))
        }
        group.put("/parks/{id}/enterprises/{enterprise}/years/{year}") { request, context in
            let caller = try context.caller(allowedBy: .keepParks)
            let parkId = try PathParameter.uuid(context, "id")
            let enterpriseId = try PathParameter.uuid(context, "enterprise")
            guard let yearText = context.parameters.get("year"), let year = Int(yearText), (1996...2100).contains(year) else {
                throw Problem.validation([FieldIssue(field: "year", message: .yearOutOfRange(1996, 2100))])
            }
            var body = try await BodyReader(request, context: context)
            let jobs = body.integer("jobs", in: 0...1_000_000)
            let local = body.integer("local_hires", in: 0...1_000_000)
            let priority = body.integer("priority_hires", in: 0...1_000_000)
            let output = body.integer("output_value_fen", in: 0...100_000_000_000_000)
            try body.finish()
            guard let jobs, let local, let priority, let output else { throw Problem.malformed(.checkedFieldMissing) }
            let figures = try await service.putYear(
                parkId: parkId, enterpriseId: enterpriseId, year: year,
                figures: .init(jobs: jobs, localHires: local, priorityHires: priority, outputValueFen: output),
                by: AuditActor(principal: caller, requestId: context.requestId)
            )
            return try APIJSON.response(YearBody(
                enterpriseId: enterpriseId.wireString, year: year, jobs: figures.jobs, localHires: figures.localHires,
                priorityHires: figures.priorityHires, outputValueFen: figures.outputValueFen
            ))
        }
    }
}
