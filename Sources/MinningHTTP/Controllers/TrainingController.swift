import Foundation
import HTTPTypes
import Hummingbird
import MinningDomain
import MinningPersistence
import MinningServices

/// Training bases (readable by all) and enrolments (kept by the worker's origin bureau).
struct TrainingController {
    let service: TrainingService

    struct BaseBody: Encodable, Sendable {
        let id: String
        let name: String
        let operatorKind: String
        let operatorEmployerId: String?
        let operatorName: String
        let regionCode: String
        let occupations: [String]
        let capacityPerCohort: Int
        let createdAt: Date
        let version: Int

        init(_ base: TrainingBaseRecord) {
            version = base.version
            id = base.id.wireString
            name = base.name
            operatorKind = base.operatorKind
            operatorEmployerId = base.operatorEmployerId?.wireString
            operatorName = base.operatorName
            regionCode = base.region.rawValue
            occupations = base.occupations
            capacityPerCohort = base.capacityPerCohort
            createdAt = base.createdAt
        }
    }

    struct EnrolmentBody: Encodable, Sendable {
        let id: String
        let trainingBaseId: String
        let workerId: String
        let occupationCode: String
        let startsOn: String
        let endsOn: String
        let outcome: EnrolmentOutcome?
        let certificate: String?
        let level: Int?
        let version: Int

        init(_ enrolment: EnrolmentRecord) {
            id = enrolment.id.wireString
            trainingBaseId = enrolment.trainingBaseId.wireString
            workerId = enrolment.workerId.wireString
            occupationCode = enrolment.occupationCode
            startsOn = enrolment.startsOn.description
            endsOn = enrolment.endsOn.description
            outcome = enrolment.outcome
            certificate = enrolment.certificate
            level = enrolment.level
            version = enrolment.version
        }
    }

    func addRoutes(to group: RouterGroup<MinningRequestContext>) {
        group.post("/training-bases") { request, context in try await createBase(request, context) }
        group.get("/training-bases") { request, context in
            _ = try context.caller()
            var query = QueryReader(request)
            let region = query.regionCode("region")
            let occupation = query.string("occupation", describedAs: .notISCOUnitGroup) { $0.count == 4 && $0.allSatisfy(\.isASCIIDigit) }
            let limit = query.integer("limit", in: 1...200) ?? 100
            try query.finish()
            return try APIJSON.response(ItemsResponse(items: try await service.bases(region: region, occupation: occupation, limit: limit).map(BaseBody.init)))
        }
        group.get("/training-bases/{id}") { _, context in
            _ = try context.caller()
            return try APIJSON.response(BaseBody(try await service.base(try PathParameter.uuid(context, "id"))))
        }
        group.patch("/training-bases/{id}") { request, context in try await updateBase(request, context) }
        group.post("/training-bases/{id}/enrolments") { request, context in try await enrol(request, context) }
        group.get("/training-bases/{id}/enrolments") { _, context in
            let caller = try context.caller(allowedBy: .enrolWorkers)
            let id = try PathParameter.uuid(context, "id")
            return try APIJSON.response(ItemsResponse(items: try await service.enrolments(baseId: id, by: caller).map(EnrolmentBody.init)))
        }
        group.patch("/training-bases/{id}/enrolments/{enrolment}") { request, context in try await recordOutcome(request, context) }
    }

    private func createBase(_ request: Request, _ context: MinningRequestContext) async throws -> Response {
        let caller = try context.caller(allowedBy: .keepTrainingBases)
        var body = try await BodyReader(request, context: context)
        let name = body.string("name")
        let employerId = body.uuid("operator_employer_id", required: false)
        let college = body.string("operator_college_name", required: false)
        let region = body.regionCode("region_code")
        let occupations = body.array("occupations", maxCount: 50) { reader, value, path in reader.elementString(value, path: path, maxLength: 4) }
        let capacity = body.integer("capacity_per_cohort", in: 1...1000)
        try body.finish()
        guard let name, let region, let occupations, let capacity else { throw Problem.malformed(.checkedFieldMissing) }
        let base = try NewTrainingBase(name: name, operatorEmployerId: employerId, collegeName: college, region: region,
                                       occupations: occupations, capacityPerCohort: capacity)
        let once = try CreatedResponse.once(request, caller: caller, body: body) { (record: TrainingBaseRecord) in
            (BaseBody(record), "/v1/training-bases/\(record.id.wireString)")
        }
        return CreatedResponse.response(try await service.registerBase(base, by: AuditActor(principal: caller, requestId: context.requestId), once: once))
    }

    private func updateBase(_ request: Request, _ context: MinningRequestContext) async throws -> Response {
        let caller = try context.caller(allowedBy: .keepTrainingBases)
        let id = try PathParameter.uuid(context, "id")
        var body = try await BodyReader(request, context: context)
        let name = body.string("name", required: false)
        let occupations = body.array("occupations", required: false, maxCount: 50) { reader, value, path in reader.elementString(value, path: path, maxLength: 4) }
        let capacity = body.integer("capacity_per_cohort", required: false, in: 1...1000)
        if let occupations {
            for (index, code) in occupations.enumerated() where !(code.count == 4 && code.allSatisfy(\.isASCIIDigit)) {
                body.add(FieldIssue(field: "occupations[\(index)]", message: .notISCOUnitGroup))
            }
            if occupations.isEmpty { body.add(FieldIssue(field: "occupations", message: .namesNoOccupation)) }
            if Set(occupations).count != occupations.count { body.add(FieldIssue(field: "occupations", message: .repeats(.occupation))) }
        }
        try body.finish()
        if name == nil && occupations == nil && capacity == nil {
            throw Problem.validation([FieldIssue(field: "body", message: .mustChangeSomething)])
        }
        let expected = try await ConditionalRequest.expectedVersion(request) {
            try await service.currentVersion(ofBase: id, by: caller)
        }
        let updated = try await service.updateBase(
            id, expectedVersion: expected, name: name, occupations: occupations, capacityPerCohort: capacity,
            by: AuditActor(principal: caller, requestId: context.requestId)
        )
        return try APIJSON.response(BaseBody(updated), headers: [.eTag: ConditionalRequest.eTag(version: updated.version)])
    }

    private func enrol(_ request: Request, _ context: MinningRequestContext) async throws -> Response {
        let caller = try context.caller(allowedBy: .enrolWorkers)
        let baseId = try PathParameter.uuid(context, "id")
        var body = try await BodyReader(request, context: context)
        let workerId = body.uuid("worker_id")
        let occupation = body.string("occupation_code", maxLength: 4)
        let startsOn = body.date("starts_on")
        let endsOn = body.date("ends_on")
        try body.finish()
        guard let workerId, let occupation, let startsOn, let endsOn else { throw Problem.malformed(.checkedFieldMissing) }
        let once = try CreatedResponse.once(request, caller: caller, body: body) { (record: EnrolmentRecord) in
            (EnrolmentBody(record), "/v1/training-bases/\(baseId.wireString)/enrolments/\(record.id.wireString)")
        }
        return CreatedResponse.response(try await service.enrol(
            baseId: baseId, workerId: workerId, occupation: occupation, startsOn: startsOn, endsOn: endsOn,
            by: AuditActor(principal: caller, requestId: context.requestId), once: once
        ))
    }

    private func recordOutcome(_ request: Request, _ context: MinningRequestContext) async throws -> Response {
        let caller = try context.caller(allowedBy: .enrolWorkers)
        let baseId = try PathParameter.uuid(context, "id")
        let enrolmentId = try PathParameter.uuid(context, "enrolment")
        var body = try await BodyReader(request, context: context)
        let outcome = body.oneOf("outcome", EnrolmentOutcome.self)
        let certificate = body.string("certificate", required: false)
        let level = body.integer("level", required: false, in: 1...5)
        try body.finish()
        guard let outcome else { throw Problem.malformed(.checkedFieldMissing) }
        let expected = try await ConditionalRequest.expectedVersion(request) { -1 }
        let record = try await service.recordOutcome(
            baseId: baseId, enrolmentId: enrolmentId, expectedVersion: expected == -1 ? nil : expected, outcome: outcome,
            certificate: certificate, level: level, by: AuditActor(principal: caller, requestId: context.requestId)
        )
        return try APIJSON.response(EnrolmentBody(record), headers: [.eTag: ConditionalRequest.eTag(version: record.version)])
    }
}
