import Foundation
import HTTPTypes
import Hummingbird
import MinningDomain
import MinningPersistence
import MinningServices

/// Donations to a pairing's Ningxia side (社会参与).
struct DonationsController {
    let service: DonationService

    struct DonationBody: Encodable, Sendable {
        let id: String
        let pairingId: Int
        let donorName: String
        let donorKind: String
        let form: String
        let valueFen: Int
        let description: String
        let receivedOn: String
        let projectId: String?
        let createdAt: Date

        init(_ recorded: Recorded<Donation>) {
            let d = recorded.value
            id = recorded.id.wireString
            pairingId = d.pairingId
            donorName = d.donorName
            donorKind = d.donorKind.rawValue
            form = d.form.rawValue
            valueFen = d.valueFen
            description = d.description
            receivedOn = d.receivedOn.description
            projectId = d.projectId?.wireString
            createdAt = recorded.createdAt
        }
    }

    func addRoutes(to group: RouterGroup<MinningRequestContext>) {
        group.post("/donations") { request, context in
            let caller = try context.caller(allowedBy: .keepCooperationRecords)
            var body = try await BodyReader(request, context: context)
            let pairing = body.integer("pairing_id", in: 1...Int(Int32.max))
            let donor = body.string("donor_name")
            let kind = body.oneOf("donor_kind", Donation.DonorKind.self)
            let form = body.oneOf("form", Donation.Form.self)
            let value = body.integer("value_fen", in: 1...Donation.maximumFen)
            let description = body.string("description", required: false, allowEmpty: true) ?? ""
            let received = body.date("received_on")
            let project = body.uuid("project_id", required: false)
            try body.finish()
            guard let pairing, let donor, let kind, let form, let value, let received else { throw Problem.malformed(.checkedFieldMissing) }
            let once = try CreatedResponse.once(request, caller: caller, body: body) { (recorded: Recorded<Donation>) in
                (DonationBody(recorded), "/v1/donations?pairing_id=\(pairing)&year=\(received.year)")
            }
            let donation = Donation(
                pairingId: pairing, donorName: donor, donorKind: kind, form: form, valueFen: value, description: description, receivedOn: received,
                projectId: project
            )
            return CreatedResponse.response(try await service.record(donation, by: AuditActor(principal: caller, requestId: context.requestId), once: once))
        }
        group.get("/donations") { request, context in
            let caller = try context.caller(allowedBy: .readCooperationRecords)
            let query = try CooperationListQuery(request)
            let found = try await service.list(pairingId: query.pairingId, year: query.year, limit: query.limit, offset: query.offset, by: caller)
            return try APIJSON.response(ItemsResponse(items: found.map(DonationBody.init)))
        }
    }
}
