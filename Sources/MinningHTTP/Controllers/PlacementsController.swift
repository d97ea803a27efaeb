import Foundation
import HTTPTypes
import Hummingbird
import MinningDomain
import MinningPersistence
import MinningServices

/// Placements, their steps and their monthly follow-up (稳岗), and the alerts they raise.
struct PlacementsController {
    let service: PlacementService

    func addRoutes(to group: RouterGroup<MinningRequestContext>) {
        group.post("/placements") { request, context in try await propose(request, context) }
        group.get("/placements") { request, context in try await list(request, context) }
        group.get("/placements/{id}") { _, context in
            let caller = try context.caller(allowedBy: .followPlacements)
            let id = try PathParameter.uuid(context, "id")
            let placement = try await service.find(id, by: caller)
            return try APIJSON.response(PlacementBody(placement, for: caller.role), headers: [.eTag: ConditionalRequest.eTag(version: placement.version)])
        }
        group.post("/placements/{id}/transitions") { request, context in try await transition(request, context) }
        group.post("/placements/{id}/months") { request, context in try await recordMonth(request, context) }
        group.post("/placements/{id}/corrections") { request, context in try await correct(request, context) }
        group.post("/placements/{id}/month-corrections") { request, context in try await correctMonth(request, context) }
        group.get("/placements/{id}/corrections") { _, context in
            let caller = try context.caller(allowedBy: .readPlacementCorrections)
            let corrections = try await service.corrections(of: try PathParameter.uuid(context, "id"), by: caller)
            return try APIJSON.response(ItemsResponse(items: corrections.map(PlacementCorrectionBody.init)))
        }
        group.get("/placements/{id}/month-corrections") { _, context in
            let caller = try context.caller(allowedBy: .readPlacementCorrections)
            let corrections = try await service.monthCorrections(of: try PathParameter.uuid(context, "id"), by: caller)
            return try APIJSON.response(ItemsResponse(items: corrections.map(MonthCorrectionBody.init)))
        }
        group.get("/alerts") { request, context in
            let caller = try context.caller(allowedBy: .readAlerts)
            var query = QueryReader(request)
            let acknowledged = query.oneOf("acknowledged", BooleanParameter.self).map { $0 == .true }
            let limit = query.integer("limit", in: 1...200) ?? 100
            try query.finish()
            let items = try await service.alerts(acknowledged: acknowledged, limit: limit, by: caller)
            return try APIJSON.response(ItemsResponse(items: items.map(AlertBody.init)))
        }
        group.post("/alerts/{id}/acknowledgement") { request, context in
            let caller = try context.caller(allowedBy: .readAlerts)
            let id = try PathParameter.uuid(context, "id")
            var body = try await BodyReader(request, context: context)
            let note = body.string("note", maxLength: 500)
            try body.finish()
            guard let note else { throw Problem.malformed(.checkedFieldMissing) }
            let alert = try await service.acknowledgeAlert(id, note: note, by: AuditActor(principal: caller, requestId: context.requestId))
            return try APIJSON.response(AlertBody(alert))
        }
    }

    /// A proposal by hand (see `PlacementService.propose`).
    private func propose(_ request: Request, _ context: MinningRequestContext) async throws -> Response {
        let caller = try context.caller(allowedBy: .followPlacements)
        var body = try await BodyReader(request, context: context)
        let workerId = body.uuid("worker_id")
        let vacancyId = body.uuid("vacancy_id")
        try body.finish()
        guard let workerId, let vacancyId else { throw Problem.malformed(.checkedFieldMissing) }
        let once = try CreatedResponse.once(request, caller: caller, body: body) { (placement: PlacementRecord) in
            (PlacementBody(placement, for: caller.role), "/v1/placements/\(placement.id.wireString)")
        }
        let actor = AuditActor(principal: caller, requestId: context.requestId)
        return CreatedResponse.response(try await service.propose(worker: workerId, vacancy: vacancyId, by: actor, once: once))
    }

    private func list(_ request: Request, _ context: MinningRequestContext) async throws -> Response {
        let caller = try context.caller(allowedBy: .followPlacements)
        var query = QueryReader(request)
        var filter = PlacementRepository.Filter()
        filter.workerId = query.string("worker_id", describedAs: .notUUID) { UUID(uuidString: $0) != nil }.flatMap(UUID.init(uuidString:))
        filter.vacancyId = query.string("vacancy_id", describedAs: .notUUID) { UUID(uuidString: $0) != nil }.flatMap(UUID.init(uuidString:))
        filter.allocationId = query.string("allocation_id", describedAs: .notUUID) { UUID(uuidString: $0) != nil }.flatMap(UUID.init(uuidString:))
        filter.status = query.oneOf("status", PlacementStatus.self)
        let limit = query.integer("limit", in: 1...200) ?? 50
        let cursorText = query.string("cursor", describedAs: .mustBeCursor) { ListCursor(token: $0) != nil }
        try query.finish()
        let page = try await service.list(filter: filter, after: cursorText.flatMap(ListCursor.init(token:)), limit: limit, by: caller)
        return try APIJSON.response(PageBody(items: page.map { PlacementBody($0, for: caller.role) }, nextCursor: ListCursor.next(after: page, limit: limit)))
    }

    private func transition(_ request: Request, _ context: MinningRequestContext) async throws -> Response {
        let caller = try context.caller(allowedBy: .stepPlacements)
        let id = try PathParameter.uuid(context, "id")
        var body = try await BodyReader(request, context: context)
        let to = body.oneOf("to", PlacementStatus.self)
        let on = body.date("on", required: false)
        let reason = body.string("reason", required: false, maxLength: 200)
        let backdatingReason = body.string("backdating_reason", required: false, maxLength: 200)
        try body.finish()
        guard let to else { throw Problem.malformed(.checkedFieldMissing) }
        let placement = try await service.transition(
            id, .init(to: to, on: on, reason: reason), backdatingReason: backdatingReason, by: AuditActor(principal: caller, requestId: context.requestId)
        )
        return try APIJSON.response(PlacementBody(placement, for: caller.role), headers: [.eTag: ConditionalRequest.eTag(version: placement.version)])
    }

    private func recordMonth(_ request: Request, _ context: MinningRequestContext) async throws -> Response {
        let caller = try context.caller(allowedBy: .recordMonth)
        let id = try PathParameter.uuid(context, "id")
        var body = try await BodyReader(request, context: context)
        let month = Self.readMonth(&body)
        let wage = Self.readWage(&body)
        let verifiedBy = body.string("verified_by", maxLength: 50)
        let backdatingReason = body.string("backdating_reason", required: false, maxLength: 200)
        try body.finish()
        guard let month, let wage, let verifiedBy else { throw Problem.malformed(.checkedFieldMissing) }
        let placement = try await service.recordMonth(
            id, .init(month: month, wagePaidFen: wage, verifiedBy: verifiedBy), backdatingReason: backdatingReason,
            by: AuditActor(principal: caller, requestId: context.requestId)
        )
        return try APIJSON.response(PlacementBody(placement, for: caller.role), status: .created)
    }

    /// `YYYY-MM`, as the first day of the month.
    static func readMonth(_ body: inout BodyReader) -> CalendarDay? {
        body.string("month", maxLength: 7).flatMap { text -> CalendarDay? in
            guard text.utf8.count == 7, let day = CalendarDay(iso: text + "-01"), (2000...2099).contains(day.year) else {
                body.add(FieldIssue(field: "month", message: .notMonth))
                return nil
            }
            return day
        }
    }

    /// A wage in fen, or an explicit null for a month worked without pay; nil when missing or bad.
    static func readWage(_ body: inout BodyReader) -> Int?? {
        if body.isExplicitNull("wage_paid_fen") {
            body.consume("wage_paid_fen")
            return .some(nil)
        }
        return body.integer("wage_paid_fen", in: 0...WorkerProfile.maximumWageFen).map { .some($0) }
    }

    /// A month not worked is paid nothing: a wage beside `"worked": false` is a contradiction.
    static func refuseWage(_ body: inout BodyReader) -> Int?? {
        if body.sent("wage_paid_fen") && !body.isExplicitNull("wage_paid_fen") {
            body.add(FieldIssue(field: "wage_paid_fen", message: .wageOnlyWhenWorked))
        }
        body.consume("wage_paid_fen")
        return .some(nil)
    }

    private func correctMonth(_ request: Request, _ context: MinningRequestContext) async throws -> Response {
        let caller = try context.caller(allowedBy: .correctPlacementFacts)
        let id = try PathParameter.uuid(context, "id")
        var body = try await BodyReader(request, context: context)
        let month = Self.readMonth(&body)
        let worked = body.boolean("worked", required: false) ?? true
        // Struck out as not worked, a month has no wage: the field is left out (or null).
        let wage: Int?? = worked ? Self.readWage(&body) : Self.refuseWage(&body)
        let reason = body.string("reason", maxLength: 200)
        try body.finish()
        guard let month, let wage, let reason else { throw Problem.malformed(.checkedFieldMissing) }
        let placement = try await service.correctMonth(
            id, MonthCorrection(month: month, to: MonthFact(worked: worked, wagePaidFen: wage), reason: reason),
            by: AuditActor(principal: caller, requestId: context.requestId)
        )
        return try APIJSON.response(PlacementBody(placement, for: caller.role), headers: [.eTag: ConditionalRequest.eTag(version: placement.version)])
    }

    private func correct(_ request: Request, _ context: MinningRequestContext) async throws -> Response {
        let caller = try context.caller(allowedBy: .correctPlacementFacts)
        let id = try PathParameter.uuid(context, "id")
        var body = try await BodyReader(request, context: context)
        let fact = body.oneOf("fact", PlacementCorrection.Fact.self)
        let to = body.date("to")
        let reason = body.string("reason", maxLength: 200)
        try body.finish()
        guard let fact, let to, let reason else { throw Problem.malformed(.checkedFieldMissing) }
        let placement = try await service.correct(
            id, PlacementCorrection(fact: fact, to: to, reason: reason), by: AuditActor(principal: caller, requestId: context.requestId)
        )
        return try APIJSON.response(PlacementBody(placement, for: caller.role), headers: [.eTag: ConditionalRequest.eTag(version: placement.version)])
    }
}

/// `true`/`false` in a query string.
enum BooleanParameter: String, CaseIterable {
    case `true`
    case `false`
}
