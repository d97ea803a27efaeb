import Foundation
import Hummingbird
import MinningDomain
import MinningPersistence
import MinningServices

/// Joint meetings (联席会议): the year's meetings with their follow-up items, a form for an office
/// to record one, and the owners' progress reports (also reached from the home page's worklist).
extension ConsoleController {
    static let decisionRows = 5

    func addMeetingRoutes(to router: Router<MinningRequestContext>) {
        router.get("/meetings", use: signedIn(title: "联席会议") { request, _, session in
            let notice = request.uri.queryParameters["saved"] != nil ? "已登记联席会议；督办事项已进入责任单位的工作台。" : nil
            return try await meetingsPage(session, year: Self.reportYear(Int(request.uri.queryParameters["year"].map(String.init) ?? "") ?? services.clock.today.year)
                ?? services.clock.today.year, notice: notice, problems: [], typed: [:])
        })
        router.post("/meetings", use: submitted(title: "联席会议") { _, context, session, form in
            try Permission.keepCooperationRecords.check(session.principal)
            var problems: [String] = []
            let held = try day(form["held_on"], required: true, problems: &problems)
            let level = form["level"].flatMap(Meeting.Level.init(rawValue:))
            if level == nil { problems.append("请选择会议级别。") }
            let place = text(form["place"], maxLength: 200)
            if place == nil { problems.append("请填写会议地点（200 字以内）。") }
            let pairing = form["pairing_id"].flatMap { Int($0) }
            let units = (form["attendee_units"] ?? "").split(whereSeparator: { "\n、,，".contains($0) })
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if units.isEmpty || units.count > Meeting.maximumAttendeeUnits || units.contains(where: { $0.count > 200 }) {
                problems.append("请填写出席单位，每行一个（至多 \(Meeting.maximumAttendeeUnits) 个）。")
            }
            var decisions: [Meeting.Decision] = []
            for row in 1...Self.decisionRows {
                let typed = (form["task\(row)"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
                guard !typed.isEmpty else { continue }
                guard let task = text(typed, maxLength: 500) else {
                    problems.append("督办事项 \(row)：请写在一行、500 字以内。")
                    continue
                }
                let owner = form["owner\(row)"].flatMap(UUID.init(uuidString:))
                if owner == nil { problems.append("督办事项 \(row)：请选择责任单位。") }
                let due = try day(form["due\(row)"], required: false, problems: &problems)
                if due == nil { problems.append("督办事项 \(row)：请填写办结时限。") }
                if let owner, let due { decisions.append(Meeting.Decision(task: task, ownerBureauId: owner, dueOn: due)) }
            }
            let problemsText = paragraphs(form["problems"], maxLength: 2000, named: "存在问题", problems: &problems)
            let nextSteps = paragraphs(form["next_steps"], maxLength: 2000, named: "下一步工作", problems: &problems)
            let year = held?.year ?? services.clock.today.year
            guard problems.isEmpty, let held, let level, let place else {
                return try await meetingsPage(session, year: year, notice: nil, problems: problems, typed: form, status: .unprocessableContent)
            }
            let meeting = Meeting(
                heldOn: held, level: level, place: place, pairingId: level == .province ? nil : pairing, attendeeUnits: units,
                problems: problemsText, nextSteps: nextSteps,
                decisions: decisions
            )
            let once = OnceOnly<MeetingRecord>(apiKeyId: session.principal.keyId, key: onceKey(form), requestBody: Array("\(held)|\(place)".utf8)) { _ in
                StoredResponse(status: 201, body: [], location: "/meetings?year=\(held.year)&saved=1")
            }
            do {
                let outcome = try await services.meetings.record(meeting, by: audited(session, context), once: once)
                return redirect(outcome.response.location ?? "/meetings")
            } catch DomainError.invalid(let issues) {
                return try await meetingsPage(session, year: year, notice: nil, problems: issues.map { $0.message.text(in: .zh) }, typed: form, status: .unprocessableContent)
            } catch DomainError.forbidden(let message) {
                return try await meetingsPage(session, year: year, notice: nil, problems: [message.text(in: .zh)], typed: form, status: .forbidden)
            }
        })
        router.post("/meeting-decisions/{id}", use: submitted(title: "督办事项") { request, context, session, form in
            guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw DomainError.notFound(.noneInScope(.meetingDecision)) }
            var problems: [String] = []
            let done = form["done"] == "1"
            let doneOn = done ? try day(form["done_on"], required: true, problems: &problems) : nil
            let progress = paragraphs(form["progress"], maxLength: 1000, named: "进展", problems: &problems)
            // Refused: the worklist again, with why, rather than a message carried in a link anyone could forge.
            func refused(_ text: String) async throws -> Response {
                let worklist = try await services.worklist.worklist(limit: Self.worklistSize, by: session.principal)
                return page(pages.home(session, worklist: worklist, problem: "督办事项未更新：" + text), title: "工作台", session: session, status: .unprocessableContent)
            }
            guard problems.isEmpty else { return try await refused(problems.joined(separator: "；")) }
            do {
                _ = try await services.meetings.report(
                    decision: id, status: done ? .done : .open, progress: progress.isEmpty ? nil : progress, doneOn: doneOn, expectedVersion: nil,
                    by: audited(session, context)
                )
                return redirect("/?decision=\(done ? "done" : "progress")")
            } catch DomainError.invalid(let issues) {
                return try await refused(issues.map { $0.message.text(in: .zh) }.joined(separator: "；"))
            } catch DomainError.conflict(let message) {
                return try await refused(message.text(in: .zh))
            }
        })
    }

    /// Text that may run over several lines, as typed; too long or holding control characters is
    /// named as a problem rather than cut.
    private func paragraphs(_ typed: String?, maxLength: Int, named name: String, problems: inout [String]) -> String {
        let text = (typed ?? "").replacingOccurrences(of: "\r", with: "").trimmingCharacters(in: .whitespacesAndNewlines)
        if text.unicodeScalars.count > maxLength { problems.append("\(name)请控制在 \(maxLength) 字以内。") }
        if text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && $0 != "\n" }) { problems.append("\(name)含有无法保存的控制字符。") }
        return text
    }

    private func meetingsPage(
        _ session: ConsoleSession, year: Int, notice: String?, problems: [String], typed: [String: String], status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let principal = session.principal
        let meetings = try await services.meetings.list(year: year, by: principal)
        let keeps = Permission.keepCooperationRecords.allows(principal.role)
        let pairings = try await services.reports.funds(year: year, for: .caller(principal)).pairings
        // The owners' choice spans both provinces: a directory of bureaus, not personal data.
        let bureaus = keeps ? try await services.bureaus.list(kind: nil, limit: 500, offset: 0, for: .commandLine) : []
        let body = pages.meetings(
            meetings, year: year, today: services.clock.today, pairings: pairings, bureaus: bureaus, keeps: keeps, csrf: session.csrfToken,
            notice: notice, problems: problems, typed: typed
        )
        return page(body, title: "联席会议", session: session, status: status)
    }
}
