import Foundation
import HTTPTypes
import Hummingbird
import MinningDomain
import MinningPersistence

/// Placements, their steps and their monthly follow-up (稳岗), and the alerts they raise.
struct PlacementsController {
    let database: Database
    let matching: MatchingRepository
    let placements: PlacementRepository
    let alerts: AlertRepository
    let idempotency: IdempotencyStore

    func addRoutes(to group: RouterGroup<MinningRequestContext>) {
        group.post("/placements") { request, context in try await propose(request, context) }
        group.get("/placements") { request, context in try await list(request, context) }
        group.get("/placements/{id}") { _, context in
            let caller = try context.caller(withRole: .admin, .originBureau, .destinationBureau)
            let id = try BureausController.uuid(context, "id")
            guard let placement = try await placements.find(id, in: caller.scope) else { throw Problem.notFound("no placement with this id is in your scope") }
            return try APIJSON.response(PlacementBody(placement, for: caller.role), headers: [.eTag: ConditionalRequest.eTag(version: placement.version)])
        }
        group.post("/placements/{id}/transitions") { request, context in try await transition(request, context) }
        group.post("/placements/{id}/months") { request, context in try await recordMonth(request, context) }
        group.get("/alerts") { request, context in
            let caller = try context.caller(withRole: .admin, .originBureau)
            var query = QueryReader(request)
            let acknowledged = query.oneOf("acknowledged", BooleanParameter.self).map { $0 == .true }
            let limit = query.integer("limit", in: 1...200) ?? 100
            try query.finish()
            let items = try await alerts.list(in: caller.scope, acknowledged: acknowledged, limit: limit)
            return try APIJSON.response(ItemsResponse(items: items.map(AlertBody.init)))
        }
        group.post("/alerts/{id}/acknowledgement") { request, context in
            let caller = try context.caller(withRole: .admin, .originBureau)
            let id = try BureausController.uuid(context, "id")
            var body = try await BodyReader(request, context: context)
            let note = body.string("note", maxLength: 500)
            try body.finish()
            guard let note else { throw Problem.malformed("unreachable: fields were checked") }
            let alert = try await alerts.acknowledge(id, note: note, by: AuditActor(principal: caller, requestId: context.requestId))
            return try APIJSON.response(AlertBody(alert))
        }
    }

    /// A proposal by hand: the origin bureau for its worker, the destination bureau for its
    /// vacancy. The pair must pass the hard constraints; the explanation is kept with it.
    private func propose(_ request: Request, _ context: MinningRequestContext) async throws -> Response {
        let caller = try context.caller(withRole: .admin, .originBureau, .destinationBureau)
        var body = try await BodyReader(request, context: context)
        let workerId = body.uuid("worker_id")
        let vacancyId = body.uuid("vacancy_id")
        try body.finish()
        guard let workerId, let vacancyId else { throw Problem.malformed("unreachable: fields were checked") }
        let actor = AuditActor(principal: caller, requestId: context.requestId)
        let (matching, placements, database) = (self.matching, self.placements, self.database)
        let today = CalendarDay.today()
        return try await CreatedResponse.run(request, caller: caller, body: body, idempotency: idempotency) { connection in
            // Origin bureaus propose their own workers to any open vacancy; destination bureaus
            // propose any available worker to their own vacancies.
            let workerScope: Scope = caller.role == .originBureau ? caller.scope : .everywhere
            guard let worker = try await matching.workers([workerId], in: workerScope, on: connection).first else {
                throw Problem.validation([FieldIssue(field: "worker_id", message: "no worker with this id is in your scope")])
            }
            guard let vacancy = try await matching.vacancies([vacancyId], visibleIn: caller.scope, on: connection).first else {
                throw Problem.validation([FieldIssue(field: "vacancy_id", message: "no vacancy with this id is visible to you")])
            }
            if caller.role == .destinationBureau {
                let owned = try await connection.query(
                    "SELECT 1 FROM employers WHERE id = \(vacancy.employerId) AND region_code LIKE \(caller.scope.codePrefix) || '%'",
                    logger: database.logger
                ).collect()
                guard !owned.isEmpty else { throw Problem.forbidden("destination bureaus propose workers for their own vacancies") }
            }
            let scorer = try await matching.scorer(today: today, on: connection)
            switch scorer.evaluate(worker, vacancy) {
            case .infeasible(let failed) where failed == [.vacancyOpen] && vacancy.remainingOpenings <= 0:
                // Full is a state of the vacancy, as when the database refuses the last opening in a race.
                throw Problem.conflict("the vacancy has no openings left")
            case .infeasible(let failed):
                throw Problem.validation([FieldIssue(field: "vacancy_id", message: "the pair fails hard constraints: \(failed.map(\.rawValue).joined(separator: ", "))")])
            case .feasible(let explanation):
                let placement = try await placements.propose(worker: workerId, vacancy: vacancyId, explanation: explanation, by: actor, on: connection)
                return (PlacementBody(placement, for: caller.role), "/v1/placements/\(placement.id.wireString)")
            }
        }
    }

    private func list(_ request: Request, _ context: MinningRequestContext) async throws -> Response {
        let caller = try context.caller(withRole: .admin, .originBureau, .destinationBureau)
        var query = QueryReader(request)
        var filter = PlacementRepository.Filter()
        filter.workerId = query.string("worker_id", describedAs: "a UUID") { UUID(uuidString: $0) != nil }.flatMap(UUID.init(uuidString:))
        filter.vacancyId = query.string("vacancy_id", describedAs: "a UUID") { UUID(uuidString: $0) != nil }.flatMap(UUID.init(uuidString:))
        filter.allocationId = query.string("allocation_id", describedAs: "a UUID") { UUID(uuidString: $0) != nil }.flatMap(UUID.init(uuidString:))
        filter.status = query.oneOf("status", PlacementStatus.self)
        let limit = query.integer("limit", in: 1...200) ?? 50
        let cursorText = query.string("cursor", describedAs: "a cursor returned by a previous page") { ListCursor(token: $0) != nil }
        try query.finish()
        let page = try await placements.list(in: caller.scope, filter: filter, after: cursorText.flatMap(ListCursor.init(token:)), limit: limit)
        return try APIJSON.response(PageBody(items: page.map { PlacementBody($0, for: caller.role) }, nextCursor: ListCursor.next(after: page, limit: limit)))
    }

    private func transition(_ request: Request, _ context: MinningRequestContext) async throws -> Response {
        let caller = try context.caller(withRole: .admin, .originBureau, .destinationBureau)
        let id = try BureausController.uuid(context, "id")
        var body = try await BodyReader(request, context: context)
        let to = body.oneOf("to", PlacementStatus.self)
        let on = body.date("on", required: false)
        let reason = body.string("reason", required: false, maxLength: 200)
        try body.finish()
        guard let to else { throw Problem.malformed("unreachable: fields were checked") }
        let placement = try await placements.transition(id, .init(to: to, on: on, reason: reason), by: AuditActor(principal: caller, requestId: context.requestId))
        return try APIJSON.response(PlacementBody(placement, for: caller.role), headers: [.eTag: ConditionalRequest.eTag(version: placement.version)])
    }

    private func recordMonth(_ request: Request, _ context: MinningRequestContext) async throws -> Response {
        let caller = try context.caller(withRole: .admin, .destinationBureau)
        let id = try BureausController.uuid(context, "id")
        var body = try await BodyReader(request, context: context)
        let month = body.string("month", maxLength: 7).flatMap { text -> CalendarDay? in
            guard text.utf8.count == 7, let day = CalendarDay(iso: text + "-01"), (2000...2099).contains(day.year) else {
                body.add(FieldIssue(field: "month", message: "must be a month written YYYY-MM"))
                return nil
            }
            return day
        }
        let wage: Int?? = body.isExplicitNull("wage_paid_fen")
            ? { body.consume("wage_paid_fen"); return .some(nil) }()
            : body.integer("wage_paid_fen", in: 0...WorkerProfile.maximumWageFen).map { .some($0) }
        let verifiedBy = body.string("verified_by", maxLength: 50)
        try body.finish()
        guard let month, let wage, let verifiedBy else { throw Problem.malformed("unreachable: fields were checked") }
        let placement = try await placements.recordMonth(
            id, .init(month: month, wagePaidFen: wage, verifiedBy: verifiedBy), today: CalendarDay.today(),
            by: AuditActor(principal: caller, requestId: context.requestId)
        )
        return try APIJSON.response(PlacementBody(placement, for: caller.role), status: .created)
    }
}

/// `true`/`false` in a query string.
enum BooleanParameter: String, CaseIterable {
    case `true`
    case `false`
}
