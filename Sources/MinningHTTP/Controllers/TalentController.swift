import Foundation
import HTTPTypes
import Hummingbird
import MinningDomain
import MinningPersistence
import MinningServices

/// People sent to serve on the other side of a pairing (人才交流).
struct TalentController {
    let service: TalentService
    let clock: ChinaClock

    struct TalentBody: Encodable, Sendable {
        let id: String
        let pairingId: Int
        let kind: String
        let direction: String
        let personName: String
        let homeUnit: String
        let hostUnit: String
        let post: String
        let startsOn: String
        let endsOn: String?
        /// Derived from the dates: the days served in the year asked for (the current year when none was).
        let year: Int
        let daysServedInYear: Int
        let version: Int
        let createdAt: Date

        init(_ recorded: Recorded<TalentAssignment>, year: Int, today: CalendarDay) {
            let a = recorded.value
            id = recorded.id.wireString
            pairingId = a.pairingId
            kind = a.kind.rawValue
            direction = a.direction.rawValue
            personName = a.personName
            homeUnit = a.homeUnit
            hostUnit = a.hostUnit
            post = a.post
            startsOn = a.startsOn.description
            endsOn = a.endsOn?.description
            self.year = year
            daysServedInYear = a.daysServed(in: year, today: today)
            version = recorded.version
            createdAt = recorded.createdAt
        }
    }

    func addRoutes(to group: RouterGroup<MinningRequestContext>) {
        group.post("/talent") { request, context in
            let caller = try context.caller(allowedBy: .keepCooperationRecords)
            var body = try await BodyReader(request, context: context)
            let pairing = body.integer("pairing_id", in: 1...Int(Int32.max))
            let kind = body.oneOf("kind", TalentAssignment.Kind.self)
            let direction = body.oneOf("direction", TalentAssignment.Direction.self)
            let name = body.string("person_name", maxLength: 50)
            let home = body.string("home_unit")
            let host = body.string("host_unit")
            let post = body.string("post", maxLength: 100)
            let starts = body.date("starts_on")
            let ends = body.date("ends_on", required: false)
            try body.finish()
            guard let pairing, let kind, let direction, let name, let home, let host, let post, let starts else { throw Problem.malformed(.checkedFieldMissing) }
            let today = clock.today
            let once = try CreatedResponse.once(request, caller: caller, body: body) { (recorded: Recorded<TalentAssignment>) in
                (TalentBody(recorded, year: today.year, today: today), "/v1/talent/\(recorded.id.wireString)")
            }
            let assignment = TalentAssignment(
                pairingId: pairing, kind: kind, direction: direction, personName: name, homeUnit: home, hostUnit: host, post: post, startsOn: starts, endsOn: ends
            )
            return CreatedResponse.response(try await service.record(assignment, by: AuditActor(principal: caller, requestId: context.requestId), once: once))
        }
        group.get("/talent") { request, context in
            let caller = try context.caller(allowedBy: .readCooperationRecords)
            var query = QueryReader(request)
            let pairing = query.integer("pairing_id", in: 1...Int(Int32.max))
            let year = query.integer("year", in: 1996...2100)
            try query.finish()
            let today = clock.today
            let found = try await service.list(pairingId: pairing, year: year, by: caller)
            return try APIJSON.response(ItemsResponse(items: found.map { TalentBody($0, year: year ?? today.year, today: today) }))
        }
        group.get("/talent/{id}") { request, context in
            let caller = try context.caller(allowedBy: .readCooperationRecords)
            var query = QueryReader(request)
            let year = query.integer("year", in: 1996...2100)
            try query.finish()
            let found = try await service.find(try PathParameter.uuid(context, "id"), by: caller)
            let today = clock.today
            return try APIJSON.response(TalentBody(found, year: year ?? today.year, today: today), headers: [.eTag: ConditionalRequest.eTag(version: found.version)])
        }
        group.patch("/talent/{id}") { request, context in
            let caller = try context.caller(allowedBy: .keepCooperationRecords)
            let id = try PathParameter.uuid(context, "id")
            var body = try await BodyReader(request, context: context)
            var change = TalentService.Change()
            change.hostUnit = body.string("host_unit", required: false)
            change.post = body.string("post", required: false, maxLength: 100)
            if body.isExplicitNull("ends_on") {
                body.consume("ends_on")
                change.endsOn = .some(nil)
            } else if let ends = body.date("ends_on", required: false) {
                change.endsOn = .some(ends)
            }
            if change.isEmpty, body.issues.isEmpty { body.add(FieldIssue(field: "body", message: .mustChangeSomething)) }
            try body.finish()
            let expected = try await ConditionalRequest.expectedVersionOrAny(request)
            let changed = try await service.change(id, change, expectedVersion: expected, by: AuditActor(principal: caller, requestId: context.requestId))
            let today = clock.today
            return try APIJSON.response(TalentBody(changed, year: today.year, today: today), headers: [.eTag: ConditionalRequest.eTag(version: changed.version)])
        }
    }
}
