import Hummingbird

/// What a list of a pairing's records takes: the pairing (default every one in scope), the year,
/// and a page.
struct CooperationListQuery {
    let pairingId: Int?
    let year: Int?
    let limit: Int
    let offset: Int

    init(_ request: Request) throws {
        var query = QueryReader(request)
        pairingId = query.integer("pairing_id", in: 1...Int(Int32.max))
        year = query.integer("year", in: 1996...2100)
        limit = query.integer("limit", in: 1...500) ?? 100
        offset = query.integer("offset", in: 0...1_000_000) ?? 0
        try query.finish()
    }
}
