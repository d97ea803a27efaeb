import Foundation
import HTTPTypes
import Hummingbird
import MinningDomain
import MinningPersistence
import MinningServices

/// Purchases of Ningxia products by Fujian buyers (消费协作), one by one or as a county's CSV ledger.
struct ConsumptionController {
    let service: ConsumptionService

    struct PurchaseBody: Encodable, Sendable {
        let id: String
        let pairingId: Int
        let buyerName: String
        let buyerKind: String
        let productCategory: String
        let originRegionCode: String
        let amountFen: Int
        let purchasedOn: String
        let evidenceRef: String
        let createdAt: Date

        init(_ recorded: Recorded<ConsumptionPurchase>) {
            let p = recorded.value
            id = recorded.id.wireString
            pairingId = p.pairingId
            buyerName = p.buyerName
            buyerKind = p.buyerKind.rawValue
            productCategory = p.productCategory.rawValue
            originRegionCode = p.originRegion.rawValue
            amountFen = p.amountFen
            purchasedOn = p.purchasedOn.description
            evidenceRef = p.evidenceRef
            createdAt = recorded.createdAt
        }
    }

    struct ImportBody: Encodable, Sendable {
        let pairingId: Int
        let dryRun: Bool
        let purchases: Int
    }

    func addRoutes(to group: RouterGroup<MinningRequestContext>) {
        group.post("/consumption") { request, context in
            let caller = try context.caller(allowedBy: .keepCooperationRecords)
            var body = try await BodyReader(request, context: context)
            let pairing = body.integer("pairing_id", in: 1...Int(Int32.max))
            let buyer = body.string("buyer_name")
            let kind = body.oneOf("buyer_kind", ConsumptionPurchase.BuyerKind.self)
            let category = body.oneOf("product_category", ConsumptionPurchase.ProductCategory.self)
            let origin = body.regionCode("origin_region_code")
            let amount = body.integer("amount_fen", in: 1...ConsumptionPurchase.maximumFen)
            let day = body.date("purchased_on")
            let evidence = body.string("evidence_ref", maxLength: 100)
            try body.finish()
            guard let pairing, let buyer, let kind, let category, let origin, let amount, let day, let evidence else { throw Problem.malformed(.checkedFieldMissing) }
            let once = try CreatedResponse.once(request, caller: caller, body: body) { (recorded: Recorded<ConsumptionPurchase>) in
                (PurchaseBody(recorded), "/v1/consumption?pairing_id=\(pairing)&year=\(day.year)")
            }
            let purchase = ConsumptionPurchase(
                pairingId: pairing, buyerName: buyer, buyerKind: kind, productCategory: category, originRegion: origin, amountFen: amount,
                purchasedOn: day, evidenceRef: evidence
            )
            return CreatedResponse.response(try await service.record(purchase, by: AuditActor(principal: caller, requestId: context.requestId), once: once))
        }
        group.get("/consumption") { request, context in
            let caller = try context.caller(allowedBy: .readCooperationRecords)
            let query = try CooperationListQuery(request)
            let found = try await service.list(pairingId: query.pairingId, year: query.year, limit: query.limit, offset: query.offset, by: caller)
            return try APIJSON.response(ItemsResponse(items: found.map(PurchaseBody.init)))
        }
        group.post("/consumption/imports") { request, context in try await importFile(request, context) }
    }

    /// A CSV body (UTF-8 or GB18030, Chinese or API headers) for one pairing; each bad line comes
    /// back as `lines[N].column`, and one bad line stores nothing.
    private func importFile(_ request: Request, _ context: MinningRequestContext) async throws -> Response {
        let caller = try context.caller(allowedBy: .keepCooperationRecords)
        var query = QueryReader(request)
        let pairing = query.requiredInteger("pairing_id", in: 1...Int(Int32.max))
        let dryRun = query.oneOf("dry_run", DryRunFlag.self) ?? .false
        try query.finish()
        guard let pairing else { throw Problem.malformed(.checkedFieldMissing) }
        let contentType = request.headers[.contentType]?.lowercased() ?? ""
        guard contentType.hasPrefix("text/csv") else { throw Problem.unsupportedMediaType() }
        let bytes = Array(buffer: try await request.body.collect(upTo: context.maxUploadSize))
        let table: CSVTable
        do {
            table = try CSVTable(name: "consumption.csv", text: try ImportFileText(bytes: bytes).text)
        } catch let failure as ImportFileText.DecodingFailure {
            throw Problem.validation([FieldIssue(field: "body", message: .lineUnreadable(detail: failure.problem.text(in: APIJSON.language)))])
        } catch let failure as CSVTable.ParseError {
            throw Problem.validation([FieldIssue(field: "lines[\(failure.line)]", message: .lineUnreadable(detail: failure.problem.text(in: APIJSON.language)))])
        }
        let actor = AuditActor(principal: caller, requestId: context.requestId)
        do {
            if dryRun == .true {
                let count = try await service.checkFile(table, pairingId: pairing, by: actor)
                return try APIJSON.response(ImportBody(pairingId: pairing, dryRun: true, purchases: count))
            }
            let once = OnceOnly<Int>(apiKeyId: caller.keyId, key: try CreatedResponse.idempotencyKey(request), requestBody: bytes) { count in
                StoredResponse(status: 201, body: try APIJSON.encoder.encode(ImportBody(pairingId: pairing, dryRun: false, purchases: count)),
                               location: "/v1/consumption?pairing_id=\(pairing)")
            }
            return CreatedResponse.response(try await service.importFile(table, pairingId: pairing, by: actor, once: once))
        } catch let rejected as ImportRejected {
            throw Problem.validation(rejected.issues.map { FieldIssue(field: "lines[\($0.line)].\($0.field)", message: $0.message) })
        }
    }
}

/// `dry_run=true|false` in a query.
enum DryRunFlag: String, CaseIterable {
    case `true`, `false`
}
