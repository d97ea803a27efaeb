import Foundation
import Hummingbird
import MinningDomain
import MinningPersistence
import MinningServices

/// Bureaus and their API keys. Admins manage them; every bureau may read those in its scope.
struct BureausController {
    let service: BureauService

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
            return ItemsResponse(items: try await service.list(kind: kind, limit: limit, offset: offset, for: .caller(caller)).map(BureauBody.init))
        }

        group.post("/bureaus") { request, context in
            let caller = try context.caller(allowedBy: .manageBureaus)
            var body = try await BodyReader(request, context: context)
            let name = body.string("name")
            let kind = body.oneOf("kind", BureauKind.self)
            let region = body.regionCode("region_code")
            try body.finish()
            guard let name, let kind, let region else { throw Problem.malformed(.checkedFieldMissing) }
            let created = try await service.register(try NewBureau.validated(name: name, kind: kind, region: region), for: .caller(caller), requestId: context.requestId)
            return EditedResponse(status: .created, headers: [.location: "/v1/bureaus/\(created.id.wireString)"], response: BureauBody(created))
        }

        group.get("/bureaus/{id}") { _, context in
            let caller = try context.caller()
            return BureauBody(try await service.show(try PathParameter.uuid(context, "id"), for: .caller(caller)))
        }

        group.get("/bureaus/{id}/keys") { _, context in
            let caller = try context.caller(allowedBy: .manageBureaus)
            let id = try PathParameter.uuid(context, "id")
            return ItemsResponse(items: try await service.keys(ofBureau: id, for: .caller(caller)).map(ApiKeyBody.init))
        }

        group.post("/bureaus/{id}/keys") { request, context in
            let caller = try context.caller(allowedBy: .manageBureaus)
            let id = try PathParameter.uuid(context, "id")
            var body = try await BodyReader(request, context: context)
            let role = body.oneOf("role", Role.self)
            let label = body.string("label", required: false, allowEmpty: true) ?? ""
            try body.finish()
            guard let role else { throw Problem.malformed(.checkedFieldMissing) }
            let (key, secret) = try await service.issueKey(bureauId: id, role: role, label: label, for: .caller(caller), requestId: context.requestId)
            return EditedResponse(status: .created, response: CreatedKey(key: ApiKeyBody(key), secret: secret.text))
        }

        group.delete("/keys/{id}") { _, context in
            let caller = try context.caller(allowedBy: .manageBureaus)
            return ApiKeyBody(try await service.revokeKey(try PathParameter.uuid(context, "id"), for: .caller(caller), requestId: context.requestId))
        }
    }
}
