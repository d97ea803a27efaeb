import Foundation
import HTTPTypes
import Hummingbird
import MinningDomain
import MinningPersistence

/// Workers: registered and kept by origin bureaus; seen by Fujian destination bureaus only as
/// candidate profiles.
struct WorkersController {
    let workers: WorkerRepository
    let idempotency: IdempotencyStore

    func addRoutes(to group: RouterGroup<MinningRequestContext>) {
        group.post("/workers") { request, context in try await create(request, context) }
        group.get("/workers") { request, context in try await list(request, context) }
        group.get("/workers/{id}") { _, context in try await show(context) }
        group.patch("/workers/{id}") { request, context in try await update(request, context) }
        group.get("/workers/{id}/personal-data") { _, context in try await personalData(context) }
        group.post("/workers/{id}/consent-withdrawal") { request, context in try await withdrawConsent(request, context) }
    }

    private func create(_ request: Request, _ context: MinningRequestContext) async throws -> Response {
        let caller = try context.caller(withRole: .admin, .originBureau)
        var body = try await BodyReader(request, context: context)
        let today = CalendarDay.today()
        let newWorker = try WorkerInput.readNew(&body, today: today)
        let actor = AuditActor(principal: caller, requestId: context.requestId)
        let workers = self.workers
        return try await CreatedResponse.run(request, caller: caller, body: body, idempotency: idempotency) { connection in
            let record = try await workers.create(newWorker, by: actor, on: connection)
            return (WorkerBody(record, today: today), "/v1/workers/\(record.id.wireString)")
        }
    }

    private func list(_ request: Request, _ context: MinningRequestContext) async throws -> Response {
        let caller = try context.caller(withRole: .admin, .originBureau, .destinationBureau)
        var query = QueryReader(request)
        var filter = WorkerRepository.Filter()
        filter.region = query.regionCode("region")
        filter.status = query.oneOf("status", WorkerStatus.self)
        filter.povertyStatus = query.oneOf("poverty_status", PovertyStatus.self)
        filter.occupation = query.string("occupation", describedAs: "an ISCO-08 code of 1 to 4 digits") { text in
            (1...4).contains(text.count) && text.allSatisfy(\.isASCIIDigit)
        }
        filter.updatedSince = query.string("updated_since", describedAs: "an ISO 8601 date-time") { ISO8601.date($0) != nil }
            .flatMap(ISO8601.date)
        filter.availableBy = query.string("available_by", describedAs: "a date YYYY-MM-DD") { CalendarDay(iso: $0) != nil }
            .flatMap { CalendarDay(iso: $0) }
        let limit = query.integer("limit", in: 1...200) ?? 50
        let cursorText = query.string("cursor", describedAs: "a cursor returned by a previous page") { ListCursor(token: $0) != nil }
        try query.finish()
        let cursor = cursorText.flatMap(ListCursor.init(token:))
        let today = CalendarDay.today()
        if caller.role == .destinationBureau {
            guard filter.povertyStatus == nil else {
                throw Problem.forbidden("destination bureaus cannot filter workers by poverty status")
            }
            // Candidates only: workers still looking for a job, from every origin region.
            guard filter.status == nil || filter.status == .available else {
                return try APIJSON.response(PageBody<CandidateBody>(items: [], nextCursor: nil))
            }
            filter.status = .available
            let page = try await workers.list(in: .everywhere, filter: filter, after: cursor, limit: limit)
            return try APIJSON.response(PageBody(items: page.map { CandidateBody($0, today: today) }, nextCursor: ListCursor.next(after: page, limit: limit)))
        }
        let page = try await workers.list(in: caller.scope, filter: filter, after: cursor, limit: limit)
        return try APIJSON.response(PageBody(items: page.map { WorkerBody($0, today: today) }, nextCursor: ListCursor.next(after: page, limit: limit)))
    }

    private func show(_ context: MinningRequestContext) async throws -> Response {
        let caller = try context.caller(withRole: .admin, .originBureau, .destinationBureau)
        let id = try BureausController.uuid(context, "id")
        let today = CalendarDay.today()
        if caller.role == .destinationBureau {
            // Minimum necessary: name and masked numbers only once the worker accepted one of this bureau's jobs.
            if let employed = try await workers.findEmployed(id, byEmployersIn: caller.scope) {
                return try APIJSON.response(WorkerBody(employed, today: today))
            }
            guard let worker = try await workers.find(id, in: .everywhere), worker.profile.status == .available else {
                throw Problem.notFound("no candidate has this id")
            }
            return try APIJSON.response(CandidateBody(worker, today: today))
        }
        guard let worker = try await workers.find(id, in: caller.scope) else {
            throw Problem.notFound("no worker with this id is in your scope")
        }
        return try APIJSON.response(WorkerBody(worker, today: today), headers: [.eTag: ConditionalRequest.eTag(version: worker.version)])
    }

    private func update(_ request: Request, _ context: MinningRequestContext) async throws -> Response {
        let caller = try context.caller(withRole: .admin, .originBureau)
        let id = try BureausController.uuid(context, "id")
        var body = try await BodyReader(request, context: context)
        let changes = try WorkerInput.readChanges(&body)
        let actor = AuditActor(principal: caller, requestId: context.requestId)
        let expected = try await ConditionalRequest.expectedVersion(request) {
            guard let current = try await workers.find(id, in: caller.scope) else { throw Problem.notFound("no worker with this id is in your scope") }
            return current.version
        }
        let updated = try await workers.update(id, expectedVersion: expected, changes: changes, by: actor)
        return try APIJSON.response(WorkerBody(updated, today: CalendarDay.today()), headers: [.eTag: ConditionalRequest.eTag(version: updated.version)])
    }

    private func personalData(_ context: MinningRequestContext) async throws -> Response {
        let caller = try context.caller(withRole: .admin, .originBureau)
        let id = try BureausController.uuid(context, "id")
        let data = try await workers.personalData(id, by: AuditActor(principal: caller, requestId: context.requestId))
        // Never cached by a browser or proxy.
        return try APIJSON.response(PersonalDataBody(id: id.wireString, idNumber: data.idNumber, phone: data.phone), headers: [.cacheControl: "no-store"])
    }

    private func withdrawConsent(_ request: Request, _ context: MinningRequestContext) async throws -> Response {
        let caller = try context.caller(withRole: .admin, .originBureau)
        let id = try BureausController.uuid(context, "id")
        var body = try await BodyReader(request, context: context)
        let day = body.date("withdrawn_on")
        try body.finish()
        guard let day else { throw Problem.malformed("unreachable: fields were checked") }
        let today = CalendarDay.today()
        if day > today { throw Problem.validation([FieldIssue(field: "withdrawn_on", message: "must not be in the future")]) }
        let worker = try await workers.withdrawConsent(id, on: day, by: AuditActor(principal: caller, requestId: context.requestId))
        return try APIJSON.response(WorkerBody(worker, today: today), headers: [.eTag: ConditionalRequest.eTag(version: worker.version)])
    }

    // MARK: - Helpers


}

enum ISO8601 {
    static func date(_ text: String) -> Date? {
        guard text.utf8.count <= 40 else { return nil }
        if let date = try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text) { return date }
        return try? Date.ISO8601FormatStyle().parse(text)
    }
}

extension APIJSON {
    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) throws -> Response {
        var fields = headers
        fields[.contentType] = "application/json"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
    }
}
