import Hummingbird

/// A page of a list: `next_cursor` is absent on the last page.
struct PageBody<Item: Encodable & Sendable>: ResponseEncodable, Sendable {
    let items: [Item]
    let nextCursor: String?
}
