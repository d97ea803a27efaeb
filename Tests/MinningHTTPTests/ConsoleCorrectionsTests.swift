import Foundation
import HTTPTypes
import HummingbirdTesting
import MinningDomain
import MinningTestSupport
import Testing

/// Corrections of placement facts from the console's placement page.
@Suite("The console: corrections of placement facts")
struct ConsoleCorrectionsTests {
    typealias Browser = ConsoleTests.Browser

    @Test("the employer's side corrects a recent hire day and a month's wage, each with a reason, the old value shown beside the new; a day against the timeline or without a reason changes nothing")
    func correctDayAndMonth() async throws {
        try await withApp { client, cast, database in
            let vacancy = try await PlacementsTests.vacancy(client, cast)
            let worker = try await PlacementsTests.worker(client, cast, sequence: 43)
            let placement = try #require(try await client.send(.post, "/v1/placements", as: cast.xijiOrigin,
                json: #"{"worker_id":"\#(worker)","vacancy_id":"\#(vacancy)"}"#).json["id"] as? String)
            _ = try await client.send(.post, "/v1/placements/\(placement)/transitions", as: cast.xijiOrigin, json: #"{"to":"accepted"}"#)
            // Hired at the start of last month, with last month recorded: both well inside the backdating window.
            let month = TestClock.today.previousMonth.firstOfMonth
            let hired = month.adding(days: 2)
            try await PlacementsTests.dateSteps(database, placement: placement, before: hired)
            let hire = try await client.send(.post, "/v1/placements/\(placement)/transitions", as: cast.fuzhouDestination, json: #"{"to":"hired","on":"\#(hired)"}"#)
            #expect(hire.status == .ok, "\(hire.json)")
            let recorded = try await client.send(.post, "/v1/placements/\(placement)/months", as: cast.fuzhouDestination,
                json: #"{"month":"\#(month.monthText)","wage_paid_fen":450000,"verified_by":"陈明"}"#)
            #expect(recorded.status == .created, "\(recorded.json)")

            _ = try await ConsoleTests.account(database, cast, login: "fz.clerk", name: "福州经办", of: \.fuzhouDestination, role: .destinationBureau)
            var clerk = Browser()
            _ = try await clerk.logIn(client, login: "fz.clerk")
            let page = try await clerk.send(client, .get, "/placements/\(placement)")
            #expect(page.status == .ok && String(buffer: page.body).contains("更正入职或离职日期"), "\(String(buffer: page.body))")
            let csrf = Browser.csrf(page)
            let noReason = try await clerk.send(client, .post, "/placements/\(placement)/corrections", form: ["csrf": csrf, "fact": "hired_on", "to": hired.adding(days: 1).description])
            #expect(noReason.status == .unprocessableContent && String(buffer: noReason.body).contains("更正须写明原因"))
            let late = try await clerk.send(client, .post, "/placements/\(placement)/corrections", form: [
                "csrf": csrf, "fact": "hired_on", "to": TestClock.today.description, "reason": "录入有误",
            ])
            #expect(late.status == .unprocessableContent, "a hire after the month recorded breaks the timeline")
            #expect(try await ConsoleWorkerFormsTests.count(database, "SELECT count(*) FROM placement_corrections") == 0)
            let corrected = try await clerk.send(client, .post, "/placements/\(placement)/corrections", form: [
                "csrf": csrf, "fact": "hired_on", "to": hired.adding(days: 1).description, "reason": "合同签订日期录入有误<b>",
            ])
            #expect(corrected.headers[.location] == "/placements/\(placement)?saved=corrected", "\(String(buffer: corrected.body))")
            let monthCorrected = try await clerk.send(client, .post, "/placements/\(placement)/month-corrections", form: [
                "csrf": csrf, "month": month.monthText, "state": "paid", "wage_yuan": "4,300", "reason": "工资单核对后更正",
            ])
            #expect(monthCorrected.headers[.location] == "/placements/\(placement)?saved=corrected", "\(String(buffer: monthCorrected.body))")
            let shown = String(buffer: try await clerk.send(client, .get, "/placements/\(placement)?saved=corrected").body)
            #expect(shown.contains("更正记录") && shown.contains(hired.description) && shown.contains(hired.adding(days: 1).description)
                    && shown.contains("合同签订日期录入有误&lt;b&gt;") && shown.contains("已发工资 4,500.00 元") && shown.contains("已发工资 4,300.00 元"), "\(shown)")

            // The origin side reads the corrections and is offered no form.
            _ = try await ConsoleTests.account(database, cast)
            var origin = Browser()
            _ = try await origin.logIn(client)
            let read = String(buffer: try await origin.send(client, .get, "/placements/\(placement)").body)
            #expect(read.contains("更正记录") && !read.contains("更正入职或离职日期"))
        }
    }
}
