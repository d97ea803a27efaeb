import Foundation
import HTTPTypes
import Hummingbird
import MinningDomain
import MinningPersistence
import MinningServices

/// Fujian employers: registered and kept by destination bureaus, readable by every bureau.
struct EmployersController {
    let service: EmployerService

    func addRoutes(to group: RouterGroup<MinningRequestContext>) {
        group.post("/employers") { request, context in try await create(request, context) }
        group.get("/employers") { request, context in try await list(request, context) }
        group.get("/employers/{id}") { _, context in
            _ = try context.caller()
            let employer = try await service.show(try PathParameter.uuid(context, "id"))
            return try APIJSON.response(EmployerBody(employer), headers: [.eTag: ConditionalRequest.eTag(version: employer.version)])
        }
        group.patch("/employers/{id}") { request, context in try await update(request, context) }
    }

    private func create(_ request: Request, _ context: MinningRequestContext) async throws -> Response {
        let caller = try context.caller(allowedBy: .keepEmployers)
        var body = try await BodyReader(request, context: context)
        let name = body.string("name")
        let creditCode = Self.readCreditCode(&body)
        let region = body.regionCode("region_code")
        let industry = body.string("industry_code", maxLength: 1)
        let size = body.oneOf("size", EmployerSize.self)
        let contactName = body.string("contact_name", maxLength: 50)
        let contactPhone = Self.readPhone(&body, required: true)
        try body.finish()
        guard let name, let creditCode, let region, let industry, let size, let contactName, let contactPhone else {
            throw Problem.malformed(.checkedFieldMissing)
        }
        let employer = try NewEmployer(name: name, creditCode: creditCode, region: region, industryCode: industry, size: size,
                                       contactName: contactName, contactPhone: contactPhone)
        let once = try CreatedResponse.once(request, caller: caller, body: body) { (record: EmployerRecord) in
            (EmployerBody(record), "/v1/employers/\(record.id.wireString)")
        }
        let actor = AuditActor(principal: caller, requestId: context.requestId)
        return CreatedResponse.response(try await service.register(employer, by: actor, once: once))
    }

    private func list(_ request: Request, _ context: MinningRequestContext) async throws -> Response {
        _ = try context.caller()
        var query = QueryReader(request)
        var filter = EmployerRepository.Filter()
        filter.region = query.regionCode("region")
        filter.industryCode = query.string("industry", describedAs: .notIndustrySection) { $0.count == 1 && ("A"..."T").contains($0) }
        filter.size = query.oneOf("size", EmployerSize.self)
        let limit = query.integer("limit", in: 1...200) ?? 50
        let cursorText = query.string("cursor", describedAs: .mustBeCursor) { ListCursor(token: $0) != nil }
        try query.finish()
        let page = try await service.list(filter: filter, after: cursorText.flatMap(ListCursor.init(token:)), limit: limit)
        return try APIJSON.response(PageBody(items: page.map(EmployerBody.init), nextCursor: ListCursor.next(after: page, limit: limit)))
    }

    private func update(_ request: Request, _ context: MinningRequestContext) async throws -> Response {
        let caller = try context.caller(allowedBy: .keepEmployers)
        let id = try PathParameter.uuid(context, "id")
        var body = try await BodyReader(request, context: context)
        var changes = EmployerChanges()
        changes.name = body.string("name", required: false)
        changes.industryCode = body.string("industry_code", required: false, maxLength: 1)
        changes.size = body.oneOf("size", EmployerSize.self, required: false)
        changes.contactName = body.string("contact_name", required: false, maxLength: 50)
        changes.contactPhone = Self.readPhone(&body, required: false)
        if let industry = changes.industryCode, !("A"..."T").contains(industry) {
            body.add(FieldIssue(field: "industry_code", message: .notIndustrySection))
        }
        try body.finish()
        if changes.fieldNames.isEmpty { throw Problem.validation([FieldIssue(field: "body", message: .mustChangeSomething)]) }
        let expected = try await ConditionalRequest.expectedVersion(request) {
            try await service.show(id).version
        }
        let updated = try await service.update(id, expectedVersion: expected, changes: changes, by: AuditActor(principal: caller, requestId: context.requestId))
        return try APIJSON.response(EmployerBody(updated), headers: [.eTag: ConditionalRequest.eTag(version: updated.version)])
    }

    static func readCreditCode(_ body: inout BodyReader) -> CreditCode? {
        guard let text = body.string("credit_code", maxLength: 18) else { return nil }
        do {
            return try CreditCode(text)
        } catch {
            body.add(FieldIssue(field: "credit_code", message: .creditCode(error)))
            return nil
        }
    }

    static func readPhone(_ body: inout BodyReader, required: Bool) -> String? {
        guard let text = body.string("contact_phone", required: required, maxLength: 11) else { return nil }
        guard NewWorker.isMobilePhone(text) else {
            body.add(FieldIssue(field: "contact_phone", message: .notMobile))
            return nil
        }
        return text
    }
}
