import Foundation
import Hummingbird
import MinningDomain
import MinningServices

/// The home page: what waits for this bureau today, then what the role can do here.
extension ConsoleController {
    static let worklistSize = 20

    func addHomeRoutes(to router: Router<MinningRequestContext>) {
        router.get("/", use: signedIn(title: "工作台") { request, _, session in
            let worklist = try await services.worklist.worklist(limit: Self.worklistSize, by: session.principal)
            let allocated = request.uri.queryParameters["allocated"].flatMap { Int($0) }
            let notice = allocated.map { "已按分配方案推荐 \($0) 个岗位，等待劳动者答复。" }
            let acknowledged = request.uri.queryParameters["acknowledged"] != nil ? "已确认预警，处理情况已记录。" : nil
            let decision: String? = switch request.uri.queryParameters["decision"].map(String.init) {
            case "done": "督办事项已办结。"
            case "progress": "督办事项的进展已记录。"
            default: nil
            }
            return page(pages.home(session, worklist: worklist, notice: notice ?? acknowledged ?? decision), title: "工作台", session: session)
        })
        router.post("/alerts/{id}/acknowledge", use: submitted(title: "预警") { request, context, session, form in
            let id = try pathId(request, .alert)
            let note = (form["note"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            guard (1...500).contains(note.count), !note.containsControlCharacter else {
                let worklist = try await services.worklist.worklist(limit: Self.worklistSize, by: session.principal)
                return page(pages.home(session, worklist: worklist, problem: "确认预警须填写处理情况（500 字以内），如“已电话回访，本人在家务农”。"),
                            title: "工作台", session: session, status: .unprocessableContent)
            }
            _ = try await services.placements.acknowledgeAlert(id, note: note, by: audited(session, context))
            return redirect("/?acknowledged=1")
        })
    }
}
