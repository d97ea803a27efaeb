import Foundation
import HTTPTypes
import Hummingbird
import MinningDomain
import MinningPersistence
import MinningServices

/// Workers over HTTP: reads the request, calls `WorkerService`, renders what it returns.
struct WorkersController {
    let service: WorkerService

    func addRoutes(to group: RouterGroup<MinningRequestContext>) {
        group.post("/workers") { request, context in try await create(request, context) }
        group.get("/workers") { request, context in try await list(request, context) }
        group.get("/workers/{id}") { _, context in try await show(context) }
        group.patch("/workers/{id}") { request, context in try await update(request, context) }
        group.get("/workers/{id}/personal-data") { _, context in try await personalData(context) }
        group.post("/workers/{id}/consent-withdrawal") { request, context in try await withdrawConsent(request, context) }
    }

    private func create(_ request: Request, _ context: MinningRequestContext) async throws -> Response {
        let caller = try context.caller(allowedBy: .registerWorker)
        var body = try await BodyReader(request, context: context)
        let today = service.today
        let newWorker = try WorkerInput.readNew(&body, today: today)
        let once = try CreatedResponse.once(request, caller: caller, body: body) { (written: WorkerWrite) in
            (WorkerBody(written, readBy: .originSide(caller.role), today: today), "/v1/workers/\(written.worker.id.wireString)")
        }
        let outcome = try await service.register(newWorker, by: AuditActor(principal: caller, requestId: context.requestId), once: once)
        return CreatedResponse.response(outcome)
    }

    private func list(_ request: Request, _ context: MinningRequestContext) async throws -> Response {
        let caller = try context.caller(allowedBy: .readWorkers)
        var query = QueryReader(request)
        var filter = WorkerRepository.Filter()
        filter.region = query.regionCode("region")
        filter.status = query.oneOf("status", WorkerStatus.self)
        filter.povertyStatus = query.oneOf("poverty_status", PovertyStatus.self)
        filter.occupation = query.string("occupation", describedAs: .mustBeISCOPrefix(maxDigits: 4)) { text in
            (1...4).contains(text.count) && text.allSatisfy(\.isASCIIDigit)
        }
        filter.updatedSince = query.string("updated_since", describedAs: .notDateTime) { ISO8601.date($0) != nil }
            .flatMap(ISO8601.date)
        filter.availableBy = query.string("available_by", describedAs: .notISODate) { CalendarDay(iso: $0) != nil }
            .flatMap { CalendarDay(iso: $0) }
        filter.idNumber = query.string("id_number", describedAs: .mustBeIDNumberQuery) {
            Self.searchableIdNumber($0) != nil
        }.flatMap(Self.searchableIdNumber)
        filter.namePrefix = query.string("name", describedAs: .mustBeNamePrefix(maxLength: 50)) { text in
            (1...50).contains(text.count) && !text.containsControlCharacter
                && !text.allSatisfy(\.isWhitespace)
        }
        let limit = query.integer("limit", in: 1...200) ?? 50
        let cursorText = query.string("cursor", describedAs: .mustBeCursor) { ListCursor(token: $0) != nil }
        try query.finish()
        let page = try await service.list(
            filter: filter, after: cursorText.flatMap(ListCursor.init(token:)), limit: limit, by: AuditActor(principal: caller, requestId: context.requestId)
        )
        let today = service.today
        let next = ListCursor.next(after: page.map(\.worker), limit: limit)
        return try APIJSON.response(PageBody(items: page.map { WorkerBody($0, today: today) }, nextCursor: next))
    }

    /// The number as stored (upper-case), when its form and check character are right; a birth
    /// date in the future cannot be registered, so it is simply not found.
    static func searchableIdNumber(_ text: String) -> String? {
        (try? CitizenIDNumber(text, today: .distantFuture))?.text
    }

    private func show(_ context: MinningRequestContext) async throws -> Response {
        let caller = try context.caller(allowedBy: .readWorkers)
        let id = try PathParameter.uuid(context, "id")
        let view = try await service.show(id, by: caller)
        let body = WorkerBody(view, today: service.today)
        guard WorkerVisibility.sees(view.reader, .version) else { return try APIJSON.response(body) }
        return try APIJSON.response(body, headers: [.eTag: ConditionalRequest.eTag(version: view.worker.version)])
    }

    private func update(_ request: Request, _ context: MinningRequestContext) async throws -> Response {
        let caller = try context.caller(allowedBy: .changeWorker)
        let id = try PathParameter.uuid(context, "id")
        var body = try await BodyReader(request, context: context)
        let changes = try WorkerInput.readChanges(&body)
        let expected = try await ConditionalRequest.expectedVersion(request) { try await service.currentVersion(id, by: caller) }
        let updated = try await service.update(id, expectedVersion: expected, changes: changes, by: AuditActor(principal: caller, requestId: context.requestId))
        return try APIJSON.response(
            WorkerBody(updated, readBy: .originSide(caller.role), today: service.today), headers: [.eTag: ConditionalRequest.eTag(version: updated.worker.version)]
        )
    }

    private func personalData(_ context: MinningRequestContext) async throws -> Response {
        let caller = try context.caller(allowedBy: .changeWorker)
        let id = try PathParameter.uuid(context, "id")
        let data = try await service.personalData(id, by: AuditActor(principal: caller, requestId: context.requestId))
        // Never cached by a browser or proxy.
        return try APIJSON.response(PersonalDataBody(id: id.wireString, idNumber: data.idNumber, phone: data.phone), headers: [.cacheControl: "no-store"])
    }

    private func withdrawConsent(_ request: Request, _ context: MinningRequestContext) async throws -> Response {
        let caller = try context.caller(allowedBy: .changeWorker)
        let id = try PathParameter.uuid(context, "id")
        var body = try await BodyReader(request, context: context)
        let day = body.date("withdrawn_on")
        try body.finish()
        guard let day else { throw Problem.malformed(.checkedFieldMissing) }
        let worker = try await service.withdrawConsent(id, on: day, by: AuditActor(principal: caller, requestId: context.requestId))
        return try APIJSON.response(WorkerBody(worker, readBy: .originSide(caller.role), today: service.today), headers: [.eTag: ConditionalRequest.eTag(version: worker.version)])
    }
}
