import Foundation
import HTTPTypes
import HummingbirdTesting
import MinningDomain
import MinningPersistence
import MinningServices
import MinningTestSupport
import Testing

/// Joint meetings and their follow-up items (issue 16, item 5).
@Suite("Joint meetings and follow-up items")
struct MeetingsTests {
    @Test("a meeting hands items to bureaus of either side; the owner sees them, overdue marked, and reports progress to done, which is final; others cannot touch them")
    func followUp() async throws {
        try await withApp { client, cast, database in
            let xiji = cast.xijiOrigin.bureau.id.uuidString.lowercased(), fuzhou = cast.fuzhouDestination.bureau.id.uuidString.lowercased()
            let meeting = #"""
                {"held_on":"2026-03-20","level":"province","place":"银川","attendee_units":["福建省协作办","宁夏闽宁办"],
                 "problems":"劳务输出稳岗率偏低。\n部分项目进度滞后。","next_steps":"加强岗位对接。",
                 "decisions":[{"task":"组织西吉县春季劳务专列","owner_bureau_id":"\#(xiji)","due_on":"2026-05-31"},
                              {"task":"福州市提供 500 个适岗岗位","owner_bureau_id":"\#(fuzhou)","due_on":"2026-12-31"}]}
                """#
            let created = try await client.send(.post, "/v1/meetings", as: cast.ningxiaOffice, json: meeting)
            #expect(created.status == .created, "\(created.json)")
            #expect((created.json["problems"] as? String)?.contains("\n") == true)
            let decisions = try #require(created.json["decisions"] as? [[String: Any]])
            #expect(decisions.map { $0["overdue"] as? Bool } == [true, false], "today is 2026-11-27: \(decisions)")

            let county = try await Fixtures(database: database).caller("西吉县协作办", kind: .cooperationOffice, region: "640422", role: .cooperationOffice)
            let provincial = try await client.send(.post, "/v1/meetings", as: county, json: meeting)
            #expect(provincial.status == .forbidden, "a county office does not record the provinces' meeting: \(provincial.json)")
            let noPairing = meeting.replacingOccurrences(of: #""level":"province""#, with: #""level":"county""#)
            #expect(try await client.send(.post, "/v1/meetings", as: cast.ningxiaOffice, json: noPairing).problemFields == ["pairing_id"])
            let early = meeting.replacingOccurrences(of: "2026-05-31", with: "2026-03-01")
            #expect(try await client.send(.post, "/v1/meetings", as: cast.ningxiaOffice, json: early).problemFields == ["decisions[0].due_on"])
            let nobody = meeting.replacingOccurrences(of: xiji, with: "00000000-0000-4000-8000-000000000000")
            #expect(try await client.send(.post, "/v1/meetings", as: cast.ningxiaOffice, json: nobody).problemFields == ["decisions[0].owner_bureau_id"])
            #expect(try await ConsoleWorkerFormsTests.count(database, "SELECT count(*) FROM meetings") == 1)

            // A county office does not settle the provinces' items it does not own.
            let countyItem = try #require(decisions.last?["id"] as? String)
            #expect(try await client.send(.patch, "/v1/meeting-decisions/\(countyItem)", as: county, json: #"{"status":"done","done_on":"2026-06-01"}"#, headers: [.ifMatch: "*"]).status == .notFound)
            let owned = try await client.send(.get, "/v1/meeting-decisions?status=open", as: cast.xijiOrigin).items
            #expect(owned.count == 1 && owned.first?["overdue"] as? Bool == true, "\(owned)")
            let item = try #require(owned.first?["id"] as? String)
            #expect(try await client.send(.patch, "/v1/meeting-decisions/\(item)", as: cast.haiyuanOrigin, json: #"{"status":"open","progress":"x"}"#, headers: [.ifMatch: "*"]).status == .notFound)
            let progress = try await client.send(.patch, "/v1/meeting-decisions/\(item)", as: cast.xijiOrigin, json: #"{"status":"open","progress":"已联系 3 家企业"}"#, headers: [.ifMatch: "\"1\""])
            #expect(progress.status == .ok && progress.json["progress"] as? String == "已联系 3 家企业", "\(progress.json)")
            let future = try await client.send(.patch, "/v1/meeting-decisions/\(item)", as: cast.xijiOrigin, json: #"{"status":"done","done_on":"2026-12-01"}"#, headers: [.ifMatch: "\"2\""])
            #expect(future.status == .unprocessableContent && future.problemFields == ["done_on"])
            let done = try await client.send(.patch, "/v1/meeting-decisions/\(item)", as: cast.xijiOrigin, json: #"{"status":"done","done_on":"2026-06-10"}"#, headers: [.ifMatch: "\"2\""])
            #expect(done.status == .ok && done.json["overdue"] as? Bool == false, "\(done.json)")
            let again = try await client.send(.patch, "/v1/meeting-decisions/\(item)", as: cast.ningxiaOffice, json: #"{"status":"open"}"#, headers: [.ifMatch: "*"])
            #expect(again.status == .conflict, "done is final: \(again.json)")
            #expect(try await client.send(.get, "/v1/meeting-decisions?status=open", as: cast.xijiOrigin).items.isEmpty)
            #expect(try await client.send(.get, "/v1/meetings?year=2026", as: cast.observer).items.count == 1)
            #expect(try await client.send(.get, "/v1/meetings", as: cast.xijiOrigin).status == .forbidden)
            #expect(try await ConsoleWorkerFormsTests.count(database, "SELECT count(*) FROM audit_log WHERE object_type = 'meeting_decision'") == 2)
        }
    }
}
