import Foundation
import HTTPTypes
import HummingbirdTesting
import MinningDomain
import MinningTestSupport
import Testing

/// Joint meetings in the console (issue 16, item 5): an office records one with its follow-up
/// items; each owner finds its items on the home page, overdue marked, and reports progress to done.
@Suite("The console: joint meetings and follow-up items")
struct ConsoleMeetingsTests {
    typealias Browser = ConsoleTests.Browser

    @Test("an office records a meeting (bad fields named, nothing stored); the owner's home page lists the item as overdue and takes progress, then done; a done item is final; the meeting reads without the form, a bureau is refused")
    func meetingToDone() async throws {
        try await withApp { client, cast, database in
            _ = try await ConsoleTests.account(database, cast, login: "nx.office", name: "协作办", of: \.ningxiaOffice, role: .cooperationOffice)
            _ = try await ConsoleTests.account(database, cast, login: "xiji.clerk", name: "西吉办事员", of: \.xijiOrigin, role: .originBureau)
            _ = try await ConsoleTests.account(database, cast, login: "meeting.one", name: "秘书处", of: \.observer, role: .observer)
            var office = Browser()
            _ = try await office.logIn(client, database, login: "nx.office")
            let form = try await office.send(client, .get, "/meetings?year=2026")
            let text = String(buffer: form.body)
            #expect(form.status == .ok && text.contains("登记联席会议") && text.contains("西吉县人社局"), "every bureau is an owner to choose")
            let csrf = Browser.csrf(form)
            let xiji = cast.xijiOrigin.bureau.id.uuidString.lowercased()
            let bad = try await office.send(client, .post, "/meetings", form: [
                "csrf": csrf, "held_on": "2026/2/30", "level": "province", "place": "", "attendee_units": "", "task1": "组织劳务专列",
            ])
            let problems = String(buffer: bad.body)
            #expect(bad.status == .unprocessableContent && problems.contains("会议地点") && problems.contains("出席单位") && problems.contains("督办事项 1：请选择责任单位"), "\(problems)")
            #expect(try await ConsoleWorkerFormsTests.count(database, "SELECT count(*) FROM meetings") == 0)
            let saved = try await office.send(client, .post, "/meetings", form: [
                "csrf": csrf, "once": ConsoleToken.generate().text, "held_on": "2026/3/20", "level": "province", "place": "银川",
                "attendee_units": "福建省协作办\r\n宁夏闽宁办", "problems": "稳岗率偏低。\r\n<b>进度滞后</b>", "next_steps": "加强对接。",
                "task1": "组织春季劳务专列", "owner1": xiji, "due1": "2026/5/31",
            ])
            #expect(saved.headers[.location] == "/meetings?year=2026&saved=1", "\(String(buffer: saved.body))")
            let listed = String(buffer: try await office.send(client, .get, "/meetings?year=2026&saved=1").body)
            #expect(listed.contains("组织春季劳务专列") && listed.contains("已逾期") && listed.contains("&lt;b&gt;进度滞后&lt;/b&gt;"), "\(listed)")

            var clerk = Browser()
            _ = try await clerk.logIn(client, database, login: "xiji.clerk")
            let home = try await clerk.send(client, .get, "/")
            let homeText = String(buffer: home.body)
            #expect(homeText.contains("联席会议督办事项") && homeText.contains("组织春季劳务专列") && homeText.contains("已逾期"), "\(homeText)")
            let item = try #require(try await database.query("SELECT id FROM meeting_decisions").collect().first?.decode(UUID.self)).uuidString.lowercased()
            let clerkCSRF = Browser.csrf(home)
            let progress = try await clerk.send(client, .post, "/meeting-decisions/\(item)", form: ["csrf": clerkCSRF, "progress": "已联系 3 家企业"])
            #expect(progress.headers[.location] == "/?decision=progress")
            let future = try await clerk.send(client, .post, "/meeting-decisions/\(item)", form: ["csrf": clerkCSRF, "done": "1", "done_on": "2026/12/25"])
            #expect(future.status == .unprocessableContent && String(buffer: future.body).contains("督办事项未更新"))
            let done = try await clerk.send(client, .post, "/meeting-decisions/\(item)", form: ["csrf": clerkCSRF, "done": "1", "done_on": "2026/5/28", "progress": "输送 312 人"])
            #expect(done.headers[.location] == "/?decision=done")
            #expect(!String(buffer: try await clerk.send(client, .get, "/?decision=done").body).contains("组织春季劳务专列"), "a done item leaves the worklist")
            let again = try await office.send(client, .post, "/meeting-decisions/\(item)", form: ["csrf": csrf, "progress": "再改"])
            #expect(again.status == .unprocessableContent && String(buffer: again.body).contains("已办结"))
            let record = try await database.query("SELECT status, done_on::text, progress FROM meeting_decisions").collect().first?.decode((String, String, String).self)
            #expect(record?.0 == "done" && record?.1 == "2026-05-28" && record?.2 == "输送 312 人")

            var meeting = Browser()
            _ = try await meeting.logIn(client, database, login: "meeting.one")
            let read = String(buffer: try await meeting.send(client, .get, "/meetings?year=2026").body)
            #expect(read.contains("已办结（2026-05-28）") && !read.contains("登记联席会议"))
            #expect(try await clerk.send(client, .get, "/meetings").status == .forbidden)
        }
    }
}
