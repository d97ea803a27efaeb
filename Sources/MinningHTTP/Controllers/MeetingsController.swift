import Foundation
import HTTPTypes
import Hummingbird
import MinningDomain
import MinningPersistence
import MinningServices

/// Joint meetings (联席会议) and their follow-up items (督办事项).
struct MeetingsController {
    let service: MeetingService
    let clock: ChinaClock

    struct DecisionBody: Encodable, Sendable {
        let id: String
        let meetingId: String
        let position: Int
        let task: String
        let ownerBureauId: String
        let ownerBureauName: String
        let dueOn: String
        let status: String
        let progress: String
        let doneOn: String?
        let overdue: Bool
        let version: Int

        init(_ decision: MeetingDecisionRecord, today: CalendarDay) {
            id = decision.id.wireString
            meetingId = decision.meetingId.wireString
            position = decision.position
            task = decision.task
            ownerBureauId = decision.ownerBureauId.wireString
            ownerBureauName = decision.ownerBureauName
            dueOn = decision.dueOn.description
            status = decision.status.rawValue
            progress = decision.progress
            doneOn = decision.doneOn?.description
            overdue = decision.isOverdue(today: today)
            version = decision.version
        }
    }

    struct MeetingBody: Encodable, Sendable {
        let id: String
        let heldOn: String
        let level: String
        let place: String
        let pairingId: Int?
        let attendeeUnits: [String]
        let problems: String
        let nextSteps: String
        let decisions: [DecisionBody]
        let createdAt: Date

        init(_ record: MeetingRecord, today: CalendarDay) {
            let m = record.meeting
            id = record.id.wireString
            heldOn = m.heldOn.description
            level = m.level.rawValue
            place = m.place
            pairingId = m.pairingId
            attendeeUnits = m.attendeeUnits
            problems = m.problems
            nextSteps = m.nextSteps
            decisions = record.decisions.map { DecisionBody($0, today: today) }
            createdAt = record.createdAt
        }
    }

    func addRoutes(to group: RouterGroup<MinningRequestContext>) {
        group.post("/meetings") { request, context in try await create(request, context) }
        group.get("/meetings") { request, context in
            let caller = try context.caller(allowedBy: .readCooperationRecords)
            var query = QueryReader(request)
            let year = query.integer("year", in: 1996...2100)
            try query.finish()
            let today = clock.today
            return try APIJSON.response(ItemsResponse(items: try await service.list(year: year, by: caller).map { MeetingBody($0, today: today) }))
        }
        group.get("/meetings/{id}") { _, context in
            let caller = try context.caller(allowedBy: .readCooperationRecords)
            return try APIJSON.response(MeetingBody(try await service.find(try PathParameter.uuid(context, "id"), by: caller), today: clock.today))
        }
        group.get("/meeting-decisions") { request, context in
            let caller = try context.caller(allowedBy: .reportDecisionProgress)
            var query = QueryReader(request)
            let status = query.oneOf("status", MeetingDecisionRecord.Status.self)
            try query.finish()
            let today = clock.today
            let owned = try await service.decisionsOwned(by: caller, status: status)
            return try APIJSON.response(ItemsResponse(items: owned.map { DecisionBody($0, today: today) }))
        }
        group.patch("/meeting-decisions/{id}") { request, context in
            let caller = try context.caller(allowedBy: .reportDecisionProgress)
            let id = try PathParameter.uuid(context, "id")
            var body = try await BodyReader(request, context: context)
            let status = body.oneOf("status", MeetingDecisionRecord.Status.self)
            let progress = body.string("progress", required: false, maxLength: 1000, allowEmpty: true)
            let doneOn = body.date("done_on", required: false)
            try body.finish()
            guard let status else { throw Problem.malformed(.checkedFieldMissing) }
            let expected = try await ConditionalRequest.expectedVersionOrAny(request)
            let updated = try await service.report(
                decision: id, status: status, progress: progress, doneOn: doneOn, expectedVersion: expected,
                by: AuditActor(principal: caller, requestId: context.requestId)
            )
            return try APIJSON.response(DecisionBody(updated, today: clock.today), headers: [.eTag: ConditionalRequest.eTag(version: updated.version)])
        }
    }

    private func create(_ request: Request, _ context: MinningRequestContext) async throws -> Response {
        let caller = try context.caller(allowedBy: .keepCooperationRecords)
        var body = try await BodyReader(request, context: context)
        let held = body.date("held_on")
        let level = body.oneOf("level", Meeting.Level.self)
        let place = body.string("place")
        let pairing = body.integer("pairing_id", required: false, in: 1...Int(Int32.max))
        let units = body.array("attendee_units", maxCount: Meeting.maximumAttendeeUnits) { reader, value, path in
            reader.elementString(value, path: path)
        }
        let problems = body.paragraphs("problems", maxLength: 2000) ?? ""
        let nextSteps = body.paragraphs("next_steps", maxLength: 2000) ?? ""
        let decisions = body.array("decisions", required: false, maxCount: Meeting.maximumDecisions) { reader, value, path in
            reader.nestedObject(value, path: path) { item -> Meeting.Decision? in
                let task = item.string("task", maxLength: 500)
                let owner = item.uuid("owner_bureau_id")
                let due = item.date("due_on")
                guard let task, let owner, let due else { return nil }
                return Meeting.Decision(task: task, ownerBureauId: owner, dueOn: due)
            }
        } ?? []
        if let units, units.isEmpty { body.add(FieldIssue(field: "attendee_units", message: .required)) }
        try body.finish()
        guard let held, let level, let place, let units else { throw Problem.malformed(.checkedFieldMissing) }
        let meeting = Meeting(
            heldOn: held, level: level, place: place, pairingId: pairing, attendeeUnits: units, problems: problems, nextSteps: nextSteps, decisions: decisions
        )
        let today = clock.today
        let once = try CreatedResponse.once(request, caller: caller, body: body) { (record: MeetingRecord) in
            (MeetingBody(record, today: today), "/v1/meetings/\(record.id.wireString)")
        }
        return CreatedResponse.response(try await service.record(meeting, by: AuditActor(principal: caller, requestId: context.requestId), once: once))
    }
}
