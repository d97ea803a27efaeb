import Foundation
import HTTPTypes
import Hummingbird
import MinningDomain
import MinningServices
import MinningPersistence

/// Subsidies granted from facts (免申即享): evaluation creates pending claims, cooperation offices
/// decide and pay them.
struct SubsidiesController {
    let service: SubsidyService

    struct PolicyBody: Encodable, Sendable {
        let code: String
        let nameZh: String
        let beneficiary: SubsidyPolicy.Beneficiary
        let amountFen: Int
        let originPrefixes: [String]
        let povertyStatuses: [PovertyStatus]
        let minVerifiedMonths: Int
        let contractRequired: Bool
        let limit: SubsidyPolicy.Limit
        let validFrom: String
        let validTo: String?
    }

    struct EvaluationBody: Encodable, Sendable {
        let asOf: String
        let placementsExamined: Int
        let createdTotal: Int
        let created: [String: Int]
    }

    struct ClaimBody: Encodable, Sendable {
        let id: String
        let policyCode: String
        let beneficiary: SubsidyPolicy.Beneficiary
        let workerId: String
        let employerId: String
        let placementId: String
        let amountFen: Int
        let facts: [String: JSONFact]
        let evaluatedAsOf: String
        let status: SubsidyClaimStatus
        let rejectionReason: String?
        let withdrawalReason: RecordedWords?
        let ledgerPosition: Int?
        /// Who approved it, so the office can see that another key paid it.
        let approvedByKeyId: String?
        let createdAt: Date

        init(_ claim: SubsidyClaimRecord) {
            id = claim.id.wireString
            policyCode = claim.policyCode
            beneficiary = claim.beneficiary
            workerId = claim.workerId.wireString
            employerId = claim.employerId.wireString
            placementId = claim.placementId.wireString
            amountFen = claim.amountFen
            facts = (try? JSONDecoder().decode([String: JSONFact].self, from: Data(claim.factsJSON.utf8))) ?? [:]
            evaluatedAsOf = claim.evaluatedAsOf.description
            status = claim.status
            rejectionReason = claim.rejectionReason
            withdrawalReason = claim.withdrawalCause.map { .message(.correctionCause($0)) } ?? claim.withdrawalReason.map(RecordedWords.asRecorded)
            ledgerPosition = claim.ledgerPosition
            approvedByKeyId = claim.approvedByKey?.wireString
            createdAt = claim.createdAt
        }
    }

    /// A fact as stored: text or a whole number.
    enum JSONFact: Codable, Sendable {
        case text(String)
        case number(Int)
        case null

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { self = .null } else if let number = try? container.decode(Int.self) { self = .number(number) } else { self = .text(try container.decode(String.self)) }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .text(let text): try container.encode(text)
            case .number(let number): try container.encode(number)
            case .null: try container.encodeNil()
            }
        }
    }

    func addRoutes(to group: RouterGroup<MinningRequestContext>) {
        group.get("/subsidies/policies") { _, context in
            _ = try context.caller()
            let policies = try await service.policies().map { p in
                PolicyBody(
                    code: p.code, nameZh: p.nameZh, beneficiary: p.beneficiary, amountFen: p.amountFen, originPrefixes: p.originPrefixes,
                    povertyStatuses: p.povertyStatuses, minVerifiedMonths: p.minVerifiedMonths, contractRequired: p.contractRequired,
                    limit: p.limit, validFrom: p.validFrom.description, validTo: p.validTo?.description
                )
            }
            return try APIJSON.response(ItemsResponse(items: policies))
        }
        group.post("/subsidies/evaluations") { request, context in
            let caller = try context.caller(allowedBy: .decideSubsidies)
            var body = try await BodyReader(request, context: context)
            let asOf = body.date("as_of")
            try body.finish()
            guard let asOf else { throw Problem.malformed(.checkedFieldMissing) }
            let evaluation = try await service.evaluate(asOf: asOf, by: AuditActor(principal: caller, requestId: context.requestId))
            return try APIJSON.response(EvaluationBody(
                asOf: asOf.description, placementsExamined: evaluation.placementsExamined, createdTotal: evaluation.createdTotal, created: evaluation.created
            ))
        }
        group.get("/subsidies/claims") { request, context in
            let caller = try context.caller(allowedBy: .decideSubsidies)
            var query = QueryReader(request)
            let status = query.oneOf("status", SubsidyClaimStatus.self)
            let policy = query.string("policy", describedAs: .mustBePolicyCode) { (1...50).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") } }
            let limit = query.integer("limit", in: 1...500) ?? 100
            try query.finish()
            let claims = try await service.claims(status: status, policyCode: policy, limit: limit, by: caller)
            return try APIJSON.response(ItemsResponse(items: claims.map(ClaimBody.init)))
        }
        group.post("/subsidies/claims/{id}/transitions") { request, context in
            let caller = try context.caller(allowedBy: .decideSubsidies)
            let id = try PathParameter.uuid(context, "id")
            var body = try await BodyReader(request, context: context)
            let to = body.oneOf("to", SubsidyClaimStatus.self)
            let reason = body.string("reason", required: false, maxLength: 200)
            let pairing = body.integer("pairing_id", required: false, in: 1...Int(Int32.max))
            let entryDate = body.date("entry_date", required: false)
            let document = body.string("document_number", required: false, maxLength: 100)
            if to == .paid {
                for (field, present) in [("pairing_id", pairing != nil), ("entry_date", entryDate != nil), ("document_number", document != nil)] where !present {
                    body.add(FieldIssue(field: field, message: .requiredToPay))
                }
            } else if pairing != nil || entryDate != nil || document != nil {
                body.add(FieldIssue(field: "to", message: .onlyForPaid))
            }
            try body.finish()
            guard let to else { throw Problem.malformed(.checkedFieldMissing) }
            let payment = pairing.flatMap { pairing in
                entryDate.flatMap { day in document.map { SubsidyPayment(pairingId: pairing, entryDate: day, documentNumber: $0) } }
            }
            let claim = try await service.decide(id, to: to, reason: reason, payment: payment, by: AuditActor(principal: caller, requestId: context.requestId))
            return try APIJSON.response(ClaimBody(claim))
        }
    }
}
