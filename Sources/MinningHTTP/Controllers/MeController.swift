import Foundation
import Hummingbird
import MinningDomain
import MinningServices

/// `GET /v1/me`: who the key belongs to and what it may reach; the first call an integrator makes.
struct MeController {
    let service: BureauService

    struct Me: ResponseEncodable {
        let keyId: String
        let role: Role
        let bureau: BureauBody
        /// The region code prefix the caller is confined to; empty for admins.
        let scopePrefix: String
    }

    func addRoutes(to group: RouterGroup<MinningRequestContext>) {
        group.get("/me") { _, context in
            let caller = try context.caller()
            guard let bureau = try await service.own(caller) else {
                throw Problem.unauthorized(.keyBureauGone)
            }
            return Me(keyId: caller.keyId.wireString, role: caller.role, bureau: BureauBody(bureau), scopePrefix: caller.scope.codePrefix)
        }
    }
}
