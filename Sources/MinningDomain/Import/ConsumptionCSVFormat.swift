/// One purchase per line, for one pairing named by the import itself: a county's 消费协作 ledger as
/// a clerk keeps it in Excel, with amounts in 元 under the Chinese header.
public enum ConsumptionCSVFormat {
    public static let header = CSVHeader(
        required: ["buyer_name", "buyer_kind", "product_category", "origin_region_code", "amount_fen", "purchased_on", "evidence_ref"],
        optional: [],
        chinese: [
            "buyer_name": "采购单位", "buyer_kind": "采购方类型", "product_category": "产品类别", "origin_region_code": "产地县区代码",
            "amount_fen": "采购金额（元）", "purchased_on": "采购日期", "evidence_ref": "凭证编号",
        ]
    )

    public static func parse(_ reader: inout CSVRecordReader, pairingId: Int) -> ConsumptionPurchase? {
        let buyer = reader.string("buyer_name", maxLength: 200)
        let kind = reader.oneOf("buyer_kind", ConsumptionPurchase.BuyerKind.self, term: "buyer_kind")
        let category = reader.oneOf("product_category", ConsumptionPurchase.ProductCategory.self, term: "product_category")
        let origin = reader.regionCode("origin_region_code")
        let amount = reader.money("amount_fen", in: 1...ConsumptionPurchase.maximumFen)
        let day = reader.date("purchased_on")
        let evidence = reader.string("evidence_ref", maxLength: 100)
        guard reader.issues.isEmpty, let buyer, let kind, let category, let origin, let amount, let day, let evidence else { return nil }
        return ConsumptionPurchase(
            pairingId: pairingId, buyerName: buyer, buyerKind: kind, productCategory: category, originRegion: origin, amountFen: amount,
            purchasedOn: day, evidenceRef: evidence
        )
    }
}
