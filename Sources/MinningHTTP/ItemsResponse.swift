import Hummingbird
import MinningDomain

/// The envelope of every list: `{"items": […]}`, room to add paging fields without breaking clients.
struct ItemsResponse<Item: Encodable & Sendable>: ResponseEncodable, Sendable {
    let items: [Item]
}

extension Region: ResponseEncodable {}
