import Foundation
import HTTPTypes
import Hummingbird
import MinningDomain
import MinningPersistence
import MinningServices

/// Vacancies: posted by destination bureaus for employers in their scope; open ones readable by all.
struct VacanciesController {
    let service: VacancyService

    func addRoutes(to group: RouterGroup<MinningRequestContext>) {
        group.post("/vacancies") { request, context in try await create(request, context) }
        group.get("/vacancies") { request, context in try await list(request, context) }
        group.get("/vacancies/{id}") { _, context in
            let vacancy = try await service.show(try PathParameter.uuid(context, "id"), by: try context.caller())
            return try APIJSON.response(VacancyBody(vacancy), headers: [.eTag: ConditionalRequest.eTag(version: vacancy.version)])
        }
        group.patch("/vacancies/{id}") { request, context in try await update(request, context) }
    }

    private func create(_ request: Request, _ context: MinningRequestContext) async throws -> Response {
        let caller = try context.caller(allowedBy: .postVacancies)
        var body = try await BodyReader(request, context: context)
        let employerId = body.uuid("employer_id")
        let title = body.string("title")
        let occupation = body.string("occupation_code", maxLength: 4)
        let openings = body.integer("openings", in: 1...10_000)
        let wageMin = body.integer("wage_min_fen", in: 1...WorkerProfile.maximumWageFen)
        let wageMax = body.integer("wage_max_fen", in: 1...WorkerProfile.maximumWageFen)
        let housing = body.boolean("housing_provided")
        let meals = body.boolean("meals_provided")
        let region = body.regionCode("work_region_code")
        let minAge = body.integer("min_age", required: false, in: 16...65) ?? 16
        let maxAge = body.integer("max_age", required: false, in: 16...65) ?? 65
        let education = body.oneOf("min_education", EducationLevel.self, required: false) ?? .none
        let certificates = Self.readCertificates(&body) ?? []
        let startsOn = body.date("starts_on")
        let closesOn = body.date("closes_on")
        let status = body.oneOf("status", VacancyStatus.self, required: false) ?? .open
        try body.finish()
        guard let employerId, let title, let occupation, let openings, let wageMin, let wageMax, let housing, let meals,
              let region, let startsOn, let closesOn
        else { throw Problem.malformed(.checkedFieldMissing) }
        let terms = VacancyTerms(
            title: title, occupationCode: occupation, openings: openings, wageMinFen: wageMin, wageMaxFen: wageMax,
            housingProvided: housing, mealsProvided: meals, workRegion: region, minAge: minAge, maxAge: maxAge,
            minEducation: education, requiredCertificates: certificates, startsOn: startsOn, closesOn: closesOn, status: status
        )
        let once = try CreatedResponse.once(request, caller: caller, body: body) { (record: VacancyRecord) in
            (VacancyBody(record), "/v1/vacancies/\(record.id.wireString)")
        }
        let actor = AuditActor(principal: caller, requestId: context.requestId)
        return CreatedResponse.response(try await service.post(terms, forEmployer: employerId, by: actor, once: once))
    }

    private func list(_ request: Request, _ context: MinningRequestContext) async throws -> Response {
        let caller = try context.caller()
        var query = QueryReader(request)
        var filter = VacancyRepository.Filter()
        filter.status = query.oneOf("status", VacancyStatus.self)
        filter.occupation = query.string("occupation", describedAs: .mustBeISCOPrefix(maxDigits: 4)) { (1...4).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) }
        filter.workRegion = query.regionCode("work_region")
        filter.employerId = query.string("employer_id", describedAs: .notUUID) { UUID(uuidString: $0) != nil }.flatMap(UUID.init(uuidString:))
        let limit = query.integer("limit", in: 1...200) ?? 50
        let cursorText = query.string("cursor", describedAs: .mustBeCursor) { ListCursor(token: $0) != nil }
        try query.finish()
        let page = try await service.list(filter: filter, after: cursorText.flatMap(ListCursor.init(token:)), limit: limit, by: caller)
        return try APIJSON.response(PageBody(items: page.map(VacancyBody.init), nextCursor: ListCursor.next(after: page, limit: limit)))
    }

    private func update(_ request: Request, _ context: MinningRequestContext) async throws -> Response {
        let caller = try context.caller(allowedBy: .postVacancies)
        let id = try PathParameter.uuid(context, "id")
        var body = try await BodyReader(request, context: context)
        let title = body.string("title", required: false)
        let openings = body.integer("openings", required: false, in: 1...10_000)
        let wageMin = body.integer("wage_min_fen", required: false, in: 1...WorkerProfile.maximumWageFen)
        let wageMax = body.integer("wage_max_fen", required: false, in: 1...WorkerProfile.maximumWageFen)
        let housing = body.boolean("housing_provided", required: false)
        let meals = body.boolean("meals_provided", required: false)
        let minAge = body.integer("min_age", required: false, in: 16...65)
        let maxAge = body.integer("max_age", required: false, in: 16...65)
        let education = body.oneOf("min_education", EducationLevel.self, required: false)
        let certificates = Self.readCertificates(&body)
        let startsOn = body.date("starts_on", required: false)
        let closesOn = body.date("closes_on", required: false)
        let status = body.oneOf("status", VacancyStatus.self, required: false)
        try body.finish()
        let fields: [(String, Bool)] = [
            ("title", title != nil), ("openings", openings != nil), ("wage_min_fen", wageMin != nil), ("wage_max_fen", wageMax != nil),
            ("housing_provided", housing != nil), ("meals_provided", meals != nil), ("min_age", minAge != nil), ("max_age", maxAge != nil),
            ("min_education", education != nil), ("required_certificates", certificates != nil), ("starts_on", startsOn != nil),
            ("closes_on", closesOn != nil), ("status", status != nil),
        ]
        let changed = fields.filter(\.1).map(\.0)
        if changed.isEmpty { throw Problem.validation([FieldIssue(field: "body", message: .mustChangeSomething)]) }
        let expected = try await ConditionalRequest.expectedVersion(request) {
            try await service.show(id, by: caller).version
        }
        let updated = try await service.update(id, expectedVersion: expected, fields: changed, by: AuditActor(principal: caller, requestId: context.requestId)) { terms in
            if let title { terms.title = title }
            if let openings { terms.openings = openings }
            if let wageMin { terms.wageMinFen = wageMin }
            if let wageMax { terms.wageMaxFen = wageMax }
            if let housing { terms.housingProvided = housing }
            if let meals { terms.mealsProvided = meals }
            if let minAge { terms.minAge = minAge }
            if let maxAge { terms.maxAge = maxAge }
            if let education { terms.minEducation = education }
            if let certificates { terms.requiredCertificates = certificates }
            if let startsOn { terms.startsOn = startsOn }
            if let closesOn { terms.closesOn = closesOn }
            if let status { terms.status = status }
        }
        return try APIJSON.response(VacancyBody(updated), headers: [.eTag: ConditionalRequest.eTag(version: updated.version)])
    }

    static func readCertificates(_ body: inout BodyReader) -> [String]? {
        body.array("required_certificates", required: false, maxCount: 20) { reader, value, path in
            reader.elementString(value, path: path, maxLength: 4)
        }
    }
}
