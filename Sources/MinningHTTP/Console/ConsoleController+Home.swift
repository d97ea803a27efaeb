import Foundation
import Hummingbird
import MinningDomain
import MinningServices

/// The home page: what waits for this bureau today, then what the role can do here.
extension ConsoleController {
    static let worklistSize = 20

    func addHomeRoutes(to router: Router<MinningRequestContext>) {
        router.get("/", use: signedIn(title: "工作台") { _, _, session in
            let worklist = try await services.worklist.worklist(limit: Self.worklistSize, by: session.principal)
            return page(pages.home(session, worklist: worklist), title: "工作台", session: session)
        })
    }
}
