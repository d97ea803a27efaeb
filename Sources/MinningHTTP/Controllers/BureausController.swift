import Foundation
import Hummingbird
import MinningDomain
import MinningPersistence

/// Bureaus and their API keys. Admins manage them; every bureau may read those in its scope.
struct BureausController {
    let bureaus: BureauRepository
    let keys: ApiKeyRepository

    /// The one response that carries a secret: shown once, at creation.
    struct CreatedKey: ResponseEncodable {
        let key: ApiKeyBody
        let secret: String
    }

    func addRoutes(to group: RouterGroup<MinningRequestContext>) {
        group.get("/bureaus") { request, context in
            let caller = try context.caller()
            var query = QueryReader(request)
            let kind = query.oneOf("kind", BureauKind.self)
            let limit = query.integer("limit", in: 1...500) ?? 100
            let offset = query.integer("offset", in: 0...1_000_000) ?? 0
            try query.finish()
            return ItemsResponse(items: try await bureaus.list(in: caller.scope, kind: kind, limit: limit, offset: offset).map(BureauBody.init))
        }

        group.post("/bureaus") { request, context in
            _ = try context.caller(withRole: .admin)
            var body = try await BodyReader(request, context: context)
            let name = body.string("name")
            let kind = body.oneOf("kind", BureauKind.self)
            let region = body.regionCode("region_code")
            try body.finish()
            guard let name, let kind, let region else { throw Problem.malformed("unreachable: fields were checked") }
            let created = try await bureaus.create(try NewBureau.validated(name: name, kind: kind, region: region))
            return EditedResponse(status: .created, headers: [.location: "/v1/bureaus/\(created.id.wireString)"], response: BureauBody(created))
        }

        group.get("/bureaus/{id}") { _, context in
            let caller = try context.caller()
            let id = try PathParameter.uuid(context, "id")
            guard let bureau = try await bureaus.find(id, in: caller.scope) else {
                throw Problem.notFound("no bureau with this id is in your scope")
            }
            return BureauBody(bureau)
        }

        group.get("/bureaus/{id}/keys") { _, context in
            _ = try context.caller(withRole: .admin)
            let id = try PathParameter.uuid(context, "id")
            guard try await bureaus.find(id, in: .everywhere) != nil else { throw Problem.notFound("no bureau has this id") }
            return ItemsResponse(items: try await keys.list(bureauId: id).map(ApiKeyBody.init))
        }

        group.post("/bureaus/{id}/keys") { request, context in
            _ = try context.caller(withRole: .admin)
            let id = try PathParameter.uuid(context, "id")
            var body = try await BodyReader(request, context: context)
            let role = body.oneOf("role", Role.self)
            let label = body.string("label", required: false, allowEmpty: true) ?? ""
            try body.finish()
            guard let role else { throw Problem.malformed("unreachable: fields were checked") }
            let (key, secret) = try await keys.create(bureauId: id, role: role, label: label)
            return EditedResponse(status: .created, response: CreatedKey(key: ApiKeyBody(key), secret: secret.text))
        }

        group.delete("/keys/{id}") { _, context in
            _ = try context.caller(withRole: .admin)
            let id = try PathParameter.uuid(context, "id")
            return ApiKeyBody(try await keys.revoke(id))
        }
    }

    /// A path id that is not a UUID names nothing: 404, like an id that does not exist.
}
