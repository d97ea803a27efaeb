import Foundation
import Hummingbird
import MinningDomain
import MinningPersistence
import MinningServices

/// A pairing's talent exchange, consumption cooperation and donations for a year: read by offices
/// and the meeting; offices add a posting or a donation, or upload the county's purchase ledger
/// from Excel (all or nothing, every bad line named).
extension ConsoleController {
    func addCooperationRoutes(to router: Router<MinningRequestContext>) {
        router.get("/cooperation", use: signedIn(title: "人才·消费·捐赠") { request, _, session in
            let query = request.uri.queryParameters
            let saved: String? = switch query["saved"].map(String.init) {
            case "talent": "已登记选派人员。"
            case "donation": "已登记捐赠。"
            case let count?: Int(count).map { "已导入 \($0) 笔消费协作采购。" }
            default: nil
            }
            return try await cooperationPage(session, query: CooperationQuery(query, today: services.clock.today), content: .init(notice: saved))
        })
        router.get("/cooperation/consumption/template.csv", use: signedIn(title: "人才·消费·捐赠") { _, _, session in
            try Permission.keepCooperationRecords.check(session.principal)
            var response = Response(status: .ok, headers: Self.pageHeaders, body: .init(byteBuffer: ByteBuffer(string: ImportKind.consumption.template)))
            response.headers[.contentType] = "text/csv; charset=utf-8"
            response.headers[.contentDisposition] = "attachment; filename=\"consumption-template.csv\"; filename*=UTF-8''%E6%B6%88%E8%B4%B9%E5%8D%8F%E4%BD%9C%E9%87%87%E8%B4%AD%E6%A8%A1%E6%9D%BF.csv"
            return response
        })
        router.post("/cooperation/talent", use: submitted(title: "人才·消费·捐赠") { _, context, session, form in
            try Permission.keepCooperationRecords.check(session.principal)
            let query = CooperationQuery(form, today: services.clock.today)
            var problems: [String] = []
            let kind = form["kind"].flatMap(TalentAssignment.Kind.init(rawValue:))
            let direction = form["direction"].flatMap(TalentAssignment.Direction.init(rawValue:))
            let name = text(form["person_name"], maxLength: 50), home = text(form["home_unit"], maxLength: 200)
            let host = text(form["host_unit"], maxLength: 200), post = text(form["post"], maxLength: 100)
            for (value, words) in [(kind as Any?, "类别"), (direction, "派出方向"), (name, "姓名（50 字以内）"), (home, "派出单位"), (host, "接收单位"), (post, "岗位职务")] where value == nil {
                problems.append("请填写\(words)。")
            }
            let starts = try day(form["starts_on"], required: true, problems: &problems)
            let ends = try day(form["ends_on"], required: false, problems: &problems)
            guard problems.isEmpty, let pairing = query.pairingId, let kind, let direction, let name, let home, let host, let post, let starts else {
                if query.pairingId == nil { problems.append("请先选择结对。") }
                return try await cooperationPage(session, query: query, content: .init(talentProblems: problems, typed: form), status: .unprocessableContent)
            }
            let assignment = TalentAssignment(
                pairingId: pairing, kind: kind, direction: direction, personName: name, homeUnit: home, hostUnit: host, post: post, startsOn: starts, endsOn: ends
            )
            let once = OnceOnly<Recorded<TalentAssignment>>(apiKeyId: session.principal.keyId, key: onceKey(form), requestBody: Array("\(pairing)|\(name)|\(starts)".utf8)) { _ in
                StoredResponse(status: 201, body: [], location: query.link(saved: "talent"))
            }
            do {
                return redirect(try await services.talent.record(assignment, by: audited(session, context), once: once).response.location ?? query.link())
            } catch DomainError.invalid(let issues) {
                return try await cooperationPage(session, query: query, content: .init(talentProblems: issues.map { $0.message.text(in: .zh) }, typed: form),
                                                 status: .unprocessableContent)
            }
        })
        router.post("/cooperation/donations", use: submitted(title: "人才·消费·捐赠") { _, context, session, form in
            try Permission.keepCooperationRecords.check(session.principal)
            let query = CooperationQuery(form, today: services.clock.today)
            var problems: [String] = []
            let donor = text(form["donor_name"], maxLength: 200)
            if donor == nil { problems.append("请填写捐赠方（200 字以内）。") }
            let kind = form["donor_kind"].flatMap(Donation.DonorKind.init(rawValue:))
            if kind == nil { problems.append("请选择捐赠方类型。") }
            let gift = form["form"].flatMap(Donation.Form.init(rawValue:))
            if gift == nil { problems.append("请选择捐赠形式。") }
            let value = CSVRecordReader.fen(fromYuan: (form["value_yuan"] ?? "").trimmingCharacters(in: .whitespaces)).flatMap { (1...Donation.maximumFen).contains($0) ? $0 : nil }
            if value == nil { problems.append("请填写金额或物资折价（元），如 200,000。") }
            let typedDescription = (form["description"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            let description = text(typedDescription, maxLength: 200) ?? ""
            if !typedDescription.isEmpty, description.isEmpty { problems.append("物资说明请写在一行、200 字以内。") }
            let received = try day(form["received_on"], required: true, problems: &problems)
            guard problems.isEmpty, let pairing = query.pairingId, let donor, let kind, let gift, let value, let received else {
                if query.pairingId == nil { problems.append("请先选择结对。") }
                return try await cooperationPage(session, query: query, content: .init(donationProblems: problems, typed: form), status: .unprocessableContent)
            }
            let donation = Donation(pairingId: pairing, donorName: donor, donorKind: kind, form: gift, valueFen: value, description: description, receivedOn: received, projectId: nil)
            let once = OnceOnly<Recorded<Donation>>(apiKeyId: session.principal.keyId, key: onceKey(form), requestBody: Array("\(pairing)|\(donor)|\(value)|\(received)".utf8)) { _ in
                StoredResponse(status: 201, body: [], location: query.link(saved: "donation"))
            }
            do {
                return redirect(try await services.donations.record(donation, by: audited(session, context), once: once).response.location ?? query.link())
            } catch DomainError.invalid(let issues) {
                return try await cooperationPage(session, query: query, content: .init(donationProblems: issues.map { $0.message.text(in: .zh) }, typed: form),
                                                 status: .unprocessableContent)
            }
        })
        router.post("/cooperation/consumption", use: signedIn(title: "人才·消费·捐赠") { request, context, session in
            try Permission.keepCooperationRecords.check(session.principal)
            let upload: ConsoleUpload
            do {
                upload = try await ConsoleUpload.read(request)
            } catch {
                let query = CooperationQuery([:], today: services.clock.today)
                let text = (error as? ConsoleUpload.Refusal) == .tooLarge ? "文件超过 4 MB。" : "没有收到文件，请选择要导入的 CSV 文件后再提交。"
                return try await cooperationPage(session, query: query, content: .init(importRefused: text), status: .unprocessableContent)
            }
            guard let sent = upload.fields["csrf"], ConsoleToken(text: session.csrfToken).matches(sent) else { return forbidden(session) }
            let query = CooperationQuery(upload.fields, today: services.clock.today)
            func refused(_ content: CooperationContent) async throws -> Response {
                try await cooperationPage(session, query: query, content: content, status: .unprocessableContent)
            }
            guard let pairing = query.pairingId else { return try await refused(.init(importRefused: "请先选择结对。")) }
            guard let bytes = upload.files["file"], !bytes.isEmpty else { return try await refused(.init(importRefused: "没有收到文件，请选择要导入的 CSV 文件后再提交。")) }
            let table: CSVTable
            do {
                table = try CSVTable(name: upload.fileNames["file"] ?? "", text: try ImportFileText(bytes: bytes).text)
            } catch let failure as ImportFileText.DecodingFailure {
                return try await refused(.init(importRefused: failure.problem.text(in: .zh)))
            } catch let failure as CSVTable.ParseError {
                return try await refused(.init(importRefused: failure.text(in: .zh)))
            }
            // The form's one-time token keys the import: a second press of the button stores nothing again.
            let once = OnceOnly<Int>(apiKeyId: session.principal.keyId, key: onceKey(upload.fields), requestBody: bytes) { count in
                StoredResponse(status: 201, body: [], location: query.link(saved: "\(count)"))
            }
            do {
                let outcome = try await services.consumption.importFile(table, pairingId: pairing, by: audited(session, context), once: once)
                return redirect(outcome.response.location ?? query.link())
            } catch let rejected as ImportRejected {
                return try await refused(.init(importLines: rejected.issues))
            } catch DomainError.invalid(let issues) {
                return try await refused(.init(importRefused: issues.map { $0.message.text(in: .zh) }.joined(separator: "；")))
            }
        })
    }

    private func cooperationPage(
        _ session: ConsoleSession, query: CooperationQuery, content: CooperationContent, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let principal = session.principal
        try Permission.readCooperationRecords.check(principal)
        let pairings = try await services.reports.funds(year: query.year, for: .caller(principal)).pairings
        var records = CooperationRecords()
        if let pairing = query.pairingId, pairings.contains(where: { $0.pairingId == pairing }) {
            records.talent = try await services.talent.list(pairingId: pairing, year: query.year, by: principal)
            records.purchases = try await services.consumption.list(pairingId: pairing, year: query.year, limit: 500, offset: 0, by: principal)
            records.donations = try await services.donations.list(pairingId: pairing, year: query.year, limit: 500, offset: 0, by: principal)
            records.shown = true
        }
        let body = pages.cooperation(
            query: query, pairings: pairings, records: records, content: content, keeps: Permission.keepCooperationRecords.allows(principal.role),
            today: services.clock.today, regionNames: try await names.regions(), csrf: session.csrfToken
        )
        return page(body, title: "人才·消费·捐赠", session: session, status: status)
    }
}

/// The year and pairing a cooperation page is about, from its link or its form.
struct CooperationQuery {
    let year: Int
    let pairingId: Int?

    init<Values: Sequence>(_ values: Values, today: CalendarDay) where Values.Element == (key: Substring, value: Substring) {
        var found: [String: String] = [:]
        for (key, value) in values { found[String(key)] = String(value) }
        self.init(found, today: today)
    }

    init(_ values: [String: String], today: CalendarDay) {
        year = values["year"].flatMap { Int($0) }.flatMap(ConsoleController.reportYear) ?? today.year
        pairingId = values["pairing"].flatMap { Int($0) } ?? values["pairing_id"].flatMap { Int($0) }
    }

    func link(saved: String? = nil) -> String {
        "/cooperation?year=\(year)" + (pairingId.map { "&pairing=\($0)" } ?? "") + (saved.map { "&saved=\($0)" } ?? "")
    }
}

/// What a cooperation page shows besides the records: a notice, or what a form was refused for.
struct CooperationContent {
    var notice: String?
    var talentProblems: [String] = []
    var donationProblems: [String] = []
    var importRefused: String?
    var importLines: [LineIssue] = []
    var typed: [String: String] = [:]
}

struct CooperationRecords {
    var talent: [Recorded<TalentAssignment>] = []
    var purchases: [Recorded<ConsumptionPurchase>] = []
    var donations: [Recorded<Donation>] = []
    var shown = false
}
