/// A purchase of Ningxia products by a Fujian buyer (消费协作, §二十): counted for the pairing whose
/// Ningxia side the product comes from, on the day it was bought, with the invoice or contract it
/// rests on.
public struct ConsumptionPurchase: Sendable, Equatable {
    public enum BuyerKind: String, CaseIterable, Sendable, Codable {
        case governmentCanteen = "government_canteen"
        case enterprise, union, ecommerce, other
    }

    public enum ProductCategory: String, CaseIterable, Sendable, Codable {
        case grainOil = "grain_oil"
        case beefMutton = "beef_mutton"
        case wolfberry, wine
        case fruitVegetables = "fruit_vegetables"
        case dairy, handicraft, other
    }

    /// ¥1 billion: more than any single purchase a county records.
    public static let maximumFen = 100_000_000_000

    public let pairingId: Int
    public let buyerName: String
    public let buyerKind: BuyerKind
    public let productCategory: ProductCategory
    public let originRegion: RegionCode
    public let amountFen: Int
    public let purchasedOn: CalendarDay
    public let evidenceRef: String

    public init(
        pairingId: Int, buyerName: String, buyerKind: BuyerKind, productCategory: ProductCategory, originRegion: RegionCode,
        amountFen: Int, purchasedOn: CalendarDay, evidenceRef: String
    ) {
        self.pairingId = pairingId
        self.buyerName = buyerName
        self.buyerKind = buyerKind
        self.productCategory = productCategory
        self.originRegion = originRegion
        self.amountFen = amountFen
        self.purchasedOn = purchasedOn
        self.evidenceRef = evidenceRef
    }

    /// A purchase is a fact: it has happened, and what it bought comes from the pairing's Ningxia side.
    public func problems(today: CalendarDay, pairingNingxiaSide: RegionCode) -> [FieldIssue] {
        var issues: [FieldIssue] = []
        if purchasedOn > today { issues.append(FieldIssue(field: "purchased_on", message: .notInFuture)) }
        if !pairingNingxiaSide.contains(originRegion) {
            issues.append(FieldIssue(field: "origin_region_code", message: .notOnPairingSide(pairingNingxiaSide.rawValue)))
        }
        return issues
    }
}
