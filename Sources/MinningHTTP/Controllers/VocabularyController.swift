import Hummingbird
import MinningDomain

/// `GET /v1/vocabulary`: every coded value with its Chinese and English label. Public, like the
/// API document: labels say nothing about anyone, and a login page or an integration may need
/// them before it holds a key.
struct VocabularyController {
    struct ValueBody: Encodable, Sendable {
        let value: String
        let zh: String
        let en: String
    }

    struct TermBody: Encodable, Sendable {
        let term: String
        let values: [ValueBody]
    }

    static let body: ItemsResponse<TermBody> = ItemsResponse(items: Vocabulary.terms.map { term in
        TermBody(term: term.name, values: term.values.map { value in
            ValueBody(
                value: value,
                zh: Vocabulary.label(term.name, value, in: .zh) ?? value,
                en: Vocabulary.label(term.name, value, in: .en) ?? value
            )
        })
    })

    func addRoutes(to router: Router<MinningRequestContext>) {
        router.get("/v1/vocabulary") { request, _ in
            var query = QueryReader(request)
            try query.finish()
            return try APIJSON.response(Self.body, headers: [.cacheControl: "public, max-age=3600"])
        }
    }
}
