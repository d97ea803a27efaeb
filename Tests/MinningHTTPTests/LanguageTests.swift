import Foundation
import HTTPTypes
import HummingbirdTesting
import MinningDomain
import MinningTestSupport
import NIOCore
import Testing

/// Minning answers in Chinese unless the caller asks for English: every problem's title, detail
/// and field messages, and the warnings in a response body.
@Suite("Chinese by default, English on request")
struct LanguageTests {
    /// Three English words in a row: a sentence, not a field name, a code or a unit.
    static func holdsEnglishSentence(_ text: String) -> Bool {
        text.firstMatch(of: /[A-Za-z]{2,}( [A-Za-z]{2,}){2,}/) != nil
    }

    static func texts(_ response: TestResponse) -> [String] {
        let document = response.json
        var texts = [document["title"] as? String ?? "", document["detail"] as? String ?? ""]
        texts += (document["errors"] as? [[String: Any]] ?? []).compactMap { $0["message"] as? String }
        return texts
    }

    /// True when every text of the problem holds Chinese and no English sentence.
    static func isChinese(_ response: TestResponse) -> Bool {
        let texts = texts(response)
        return !texts.isEmpty && texts.allSatisfy { text in
            text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } && !holdsEnglishSentence(text)
        }
    }

    /// A request with exactly these headers: no Accept-Language unless given.
    static func raw(
        _ client: any TestClientProtocol, _ method: HTTPRequest.Method, _ uri: String,
        as caller: Fixtures.Caller?, json: String? = nil, headers: HTTPFields = [:]
    ) async throws -> TestResponse {
        var fields = headers
        if let caller { fields[.authorization] = caller.authorization }
        if json != nil, fields[.contentType] == nil { fields[.contentType] = "application/json" }
        return try await client.execute(uri: uri, method: method, headers: fields, body: json.map { ByteBuffer(string: $0) })
    }

    @Test("Accept-Language decides by its weights; no header, *, or a language Minning lacks gets Chinese")
    func negotiation() async throws {
        try await withApp { client, cast, _ in
            let body = #"{"name":"   ","kind":"ministry","region_code":6404,"colour":"red"}"#
            let cases: [(String?, String)] = [
                (nil, "输入有误"), ("zh-CN", "输入有误"), ("en", "Invalid input"), ("en-US,en;q=0.9", "Invalid input"),
                ("en;q=0.3, zh-CN;q=0.8", "输入有误"), ("fr-FR, en;q=0.5", "Invalid input"), ("de", "输入有误"), ("*", "输入有误"),
                ("en;q=0, zh;q=0.1", "输入有误"), ("garbage;;q=x", "输入有误"),
            ]
            for (header, title) in cases {
                let response = try await Self.raw(
                    client, .post, "/v1/bureaus", as: cast.admin, json: body, headers: header.map { [.acceptLanguage: $0] } ?? [:]
                )
                #expect(response.status == .unprocessableContent)
                #expect(response.json["title"] as? String == title, "Accept-Language \(header ?? "none")")
                #expect(response.headers[.contentLanguage] == (title == "输入有误" ? "zh-CN" : "en"))
            }
            let chinese = try await Self.raw(client, .post, "/v1/bureaus", as: cast.admin, json: body)
            #expect(Self.isChinese(chinese), "\(Self.texts(chinese))")
            #expect(chinese.json["detail"] as? String == "有 4 个字段不符合要求")
            let messages = (chinese.json["errors"] as? [[String: Any]] ?? []).compactMap { $0["message"] as? String }
            #expect(messages == ["不能为空或只含空白", "须为以下之一：origin_labor_bureau（劳务输出地人社部门）、destination_labor_bureau（劳务输入地人社部门）、cooperation_office（闽宁协作办公室）、oversight（联席会议）、operator（平台运维）", "须为字符串，而不是数字", "不是可识别的字段"])
        }
    }

    @Test("the money hints speak 元 and 分 in Chinese: a wage typed in yuan, a decimal in a _fen field")
    func moneyHints() async throws {
        try await withApp { client, cast, _ in
            var worker = try #require(try JSONSerialization.jsonObject(with: Data(Fixtures.workerJSON(idNumber: Fixtures.idNumber(sequence: 905)).utf8)) as? [String: Any])
            worker["expected_monthly_wage_fen"] = 5000
            let yuanAsFen = try await Self.raw(client, .post, "/v1/workers", as: cast.xijiOrigin, json: String(data: try JSONSerialization.data(withJSONObject: worker), encoding: .utf8)!)
            #expect(yuanAsFen.status == .unprocessableContent)
            let wageMessage = (yuanAsFen.json["errors"] as? [[String: Any]])?.first?["message"] as? String
            #expect(wageMessage == "单位是分：5000 分即 50.00 元，低于福建省最低月工资标准 1,660.00 元；是否应为 500000 分（5,000.00 元）？")
            worker["expected_monthly_wage_fen"] = 5200.5
            let decimal = try await Self.raw(client, .post, "/v1/workers", as: cast.xijiOrigin, json: String(data: try JSONSerialization.data(withJSONObject: worker), encoding: .utf8)!)
            let decimalMessage = (decimal.json["errors"] as? [[String: Any]])?.first?["message"] as? String
            #expect(decimalMessage == "金额以分为单位，须为整数（100 分 = 1 元）：5200.5 元应写作 520050")
            #expect(Self.isChinese(yuanAsFen) && Self.isChinese(decimal))
        }
    }

    @Test("every kind of refusal is Chinese by default: 400, 401, 403, 404, 405, 409, 412, 415, 422, 428")
    func everyRefusal() async throws {
        try await withApp { client, cast, _ in
            let worker = Fixtures.workerJSON(idNumber: Fixtures.idNumber(sequence: 907))
            let created = try await Self.raw(client, .post, "/v1/workers", as: cast.xijiOrigin, json: worker)
            #expect(created.status == .created)
            let id = try #require(created.json["id"] as? String)
            let refusals: [(HTTPResponse.Status, TestResponse)] = [
                (.badRequest, try await Self.raw(client, .post, "/v1/bureaus", as: cast.admin, json: #"{"name":"a","name":"b"}"#)),
                (.badRequest, try await Self.raw(client, .post, "/v1/bureaus", as: cast.admin, json: "[1]")),
                (.unauthorized, try await Self.raw(client, .get, "/v1/workers", as: nil)),
                (.unauthorized, try await Self.raw(client, .get, "/v1/workers", as: nil, headers: [.authorization: "Bearer mn_nothing"])),
                (.forbidden, try await Self.raw(client, .post, "/v1/bureaus", as: cast.xijiOrigin, json: "{}")),
                (.forbidden, try await Self.raw(client, .get, "/v1/workers?name=马", as: cast.fuzhouDestination)),
                (.notFound, try await Self.raw(client, .get, "/v1/nothing-here", as: cast.admin)),
                (.notFound, try await Self.raw(client, .get, "/v1/workers/\(UUID().uuidString.lowercased())", as: cast.xijiOrigin)),
                (.methodNotAllowed, try await Self.raw(client, .delete, "/v1/workers", as: cast.xijiOrigin)),
                (.conflict, try await Self.raw(client, .post, "/v1/workers", as: cast.xijiOrigin, json: worker)),
                (.preconditionFailed, try await Self.raw(client, .patch, "/v1/workers/\(id)", as: cast.xijiOrigin, json: #"{"needs_housing":true}"#, headers: [.ifMatch: "\"7\""])),
                (.init(code: 428), try await Self.raw(client, .patch, "/v1/workers/\(id)", as: cast.xijiOrigin, json: #"{"needs_housing":true}"#)),
                (.unsupportedMediaType, try await Self.raw(client, .post, "/v1/workers", as: cast.xijiOrigin, json: worker, headers: [.contentType: "text/csv"])),
                (.unprocessableContent, try await Self.raw(client, .get, "/v1/workers?limit=0&colour=red", as: cast.xijiOrigin)),
                (.unprocessableContent, try await Self.raw(client, .post, "/v1/vacancies", as: cast.fuzhouDestination, json: #"{"title":1}"#)),
            ]
            for (status, response) in refusals {
                #expect(response.status == status)
                #expect(response.isProblem)
                #expect(Self.isChinese(response), "\(status.code): \(Self.texts(response))")
            }
            let duplicate = refusals[9].1
            #expect(duplicate.json["detail"] as? String == "此人已登记，劳动者编号 \(id)")
        }
    }

    @Test("a warning in a response body is in the request's language")
    func warnings() async throws {
        try await withApp { client, cast, _ in
            let first = try await Self.raw(client, .post, "/v1/workers", as: cast.xijiOrigin, json: Fixtures.workerJSON(idNumber: Fixtures.idNumber(sequence: 909)))
            #expect(first.status == .created)
            let chinese = try await Self.raw(client, .post, "/v1/workers", as: cast.xijiOrigin, json: Fixtures.workerJSON(idNumber: Fixtures.idNumber(sequence: 911)))
            let english = try await Self.raw(client, .post, "/v1/workers", as: cast.xijiOrigin, json: Fixtures.workerJSON(idNumber: Fixtures.idNumber(sequence: 913)), headers: [.acceptLanguage: "en"])
            func warning(_ response: TestResponse) -> String? { (response.json["warnings"] as? [[String: Any]])?.first?["message"] as? String }
            #expect(warning(chinese)?.hasPrefix("另有 1 名劳动者登记了同一号码") == true, "\(chinese.json)")
            #expect(warning(english)?.hasPrefix("is also the phone of 2 other worker(s)") == true, "\(english.json)")
        }
    }
}
