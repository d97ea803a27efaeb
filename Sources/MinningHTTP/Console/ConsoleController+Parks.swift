import Foundation
import Hummingbird
import MinningDomain
import MinningPersistence
import MinningServices

/// Min-Ning industrial parks (闽宁产业园) for cooperation offices: the parks of the scope, each
/// park's enterprises, and an enterprise's figures for a year. Observers read.
extension ConsoleController {
    func addParkRoutes(to router: Router<MinningRequestContext>) {
        router.get("/parks", use: signedIn(title: "产业园") { request, _, session in
            let notice = request.uri.queryParameters["saved"] != nil ? "已登记产业园。" : nil
            return try await parksPage(session, notice: notice, problems: [], typed: [:])
        })
        router.post("/parks", use: submitted(title: "产业园") { _, context, session, form in
            try Permission.keepParks.check(session.principal)
            var problems: [String] = []
            let name = text(form["name"], maxLength: 200)
            if name == nil { problems.append("请填写产业园名称（200 字以内）。") }
            let region = RegionCode((form["region_code"] ?? "").trimmingCharacters(in: .whitespaces))
            if region == nil { problems.append("区划代码须为 6 位数字（GB/T 2260），如 640121。") }
            let established = try day(form["established_on"], required: true, problems: &problems)
            guard problems.isEmpty, let name, let region, let established else {
                return try await parksPage(session, notice: nil, problems: problems, typed: form, status: .unprocessableContent)
            }
            let once = OnceOnly<ParkRecord>(apiKeyId: session.principal.keyId, key: onceKey(form), requestBody: Array("\(name)|\(region.rawValue)|\(established)".utf8)) { park in
                StoredResponse(status: 201, body: [], location: "/parks/\(park.id.wireString)?saved=park")
            }
            do {
                let outcome = try await services.parks.createPark(name: name, region: region, establishedOn: established, by: audited(session, context), once: once)
                return redirect(outcome.response.location ?? "/parks")
            } catch DomainError.invalid(let issues) {
                return try await parksPage(session, notice: nil, problems: issues.map { $0.message.text(in: .zh) }, typed: form, status: .unprocessableContent)
            }
        })
        router.get("/parks/{id}", use: signedIn(title: "产业园") { request, _, session in
            let id = try pathId(request, .park)
            let notice = request.uri.queryParameters["saved"].flatMap { Self.parkNotices[String($0)] }
            return try await parkPage(id, session, notice: notice)
        })
        router.post("/parks/{id}/enterprises", use: submitted(title: "产业园") { request, context, session, form in
            try Permission.keepParks.check(session.principal)
            let id = try pathId(request, .park)
            var problems: [String] = []
            let name = text(form["name"], maxLength: 200)
            if name == nil { problems.append("请填写企业名称（200 字以内）。") }
            var creditCode: CreditCode?
            do throws(CreditCode.Problem) {
                creditCode = try CreditCode((form["credit_code"] ?? "").trimmingCharacters(in: .whitespaces))
            } catch {
                problems.append("统一社会信用代码：" + Message.creditCode(error).text(in: .zh))
            }
            let typedFrom = (form["relocated_from_region_code"] ?? "").trimmingCharacters(in: .whitespaces)
            let relocatedFrom = typedFrom.isEmpty ? nil : RegionCode(typedFrom)
            if !typedFrom.isEmpty, relocatedFrom == nil { problems.append("迁出地区划代码须为 6 位数字，如 350181；不是从福建迁来的留空。") }
            let industry = (form["industry_code"] ?? "").trimmingCharacters(in: .whitespaces)
            let investment = CSVRecordReader.fen(fromYuan: (form["investment_yuan"] ?? "").trimmingCharacters(in: .whitespaces)).flatMap { Self.investments.contains($0) ? $0 : nil }
            if investment == nil { problems.append("请填写投资额（元，不超过 1000 亿），如 12,000,000。") }
            let entered = try day(form["entered_on"], required: true, problems: &problems)
            guard problems.isEmpty, let name, let creditCode, let investment, let entered else {
                return try await parkPage(id, session, problems: problems, typed: form, status: .unprocessableContent)
            }
            let once = OnceOnly<ParkEnterpriseRecord>(apiKeyId: session.principal.keyId, key: onceKey(form), requestBody: Array("\(id)|\(creditCode)|\(entered)".utf8)) { _ in
                StoredResponse(status: 201, body: [], location: "/parks/\(id.wireString)?saved=enterprise")
            }
            do {
                let outcome = try await services.parks.addEnterprise(
                    parkId: id, name: name, creditCode: creditCode, relocatedFrom: relocatedFrom, industryCode: industry, investmentFen: investment,
                    enteredOn: entered, by: audited(session, context), once: once
                )
                return redirect(outcome.response.location ?? "/parks/\(id.wireString)")
            } catch DomainError.invalid(let issues) {
                return try await parkPage(id, session, problems: issues.map { $0.message.text(in: .zh) }, typed: form, status: .unprocessableContent)
            } catch DomainError.conflict(let message) {
                return try await parkPage(id, session, problems: [message.text(in: .zh)], typed: form, status: .conflict)
            }
        })
        router.post("/parks/{id}/enterprises/{enterprise}/years", use: submitted(title: "产业园") { request, context, session, form in
            try Permission.keepParks.check(session.principal)
            let (id, enterprise) = try parkAndEnterprise(request)
            var problems: [String] = []
            func count(_ field: String, _ label: String) -> Int? { peopleCount(form[field], label, problems: &problems) }
            let year = form["year"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }.flatMap(Self.reportYear)
            if year == nil { problems.append("请填写年度（如 2026）。") }
            let (jobs, local, priority) = (count("jobs", "就业岗位数"), count("local_hires", "吸纳本地就业人数"), count("priority_hires", "其中脱贫人口和监测对象"))
            let output = CSVRecordReader.fen(fromYuan: (form["output_value_yuan"] ?? "").trimmingCharacters(in: .whitespaces)).flatMap { Self.outputValues.contains($0) ? $0 : nil }
            if output == nil { problems.append("请填写年产值（元，不超过 1 万亿）。") }
            guard problems.isEmpty, let year, let jobs, let local, let priority, let output else {
                return try await parkPage(id, session, problems: problems, status: .unprocessableContent)
            }
            do {
                _ = try await services.parks.putYear(
                    parkId: id, enterpriseId: enterprise, year: year,
                    figures: ParkYearFigures(jobs: jobs, localHires: local, priorityHires: priority, outputValueFen: output), by: audited(session, context)
                )
            } catch DomainError.invalid(let issues) {
                return try await parkPage(id, session, problems: issues.map { $0.message.text(in: .zh) }, status: .unprocessableContent)
            }
            return redirect("/parks/\(id.wireString)?saved=year")
        })
    }

    /// Investment that arrived, or a headcount, each on its day.
    func addParkFactRoutes(to router: Router<MinningRequestContext>) {
        router.post("/parks/{id}/enterprises/{enterprise}/investments", use: submitted(title: "产业园") { request, context, session, form in
            try Permission.keepParks.check(session.principal)
            let (id, enterprise) = try parkAndEnterprise(request)
            var problems: [String] = []
            let arrived = try day(form["arrived_on"], required: true, problems: &problems)
            let amount = CSVRecordReader.fen(fromYuan: (form["amount_yuan"] ?? "").trimmingCharacters(in: .whitespaces))
                .flatMap { (1...InvestmentArrival.maximumFen).contains($0) ? $0 : nil }
            if amount == nil { problems.append("请填写到位金额（元），如 15,000,000。") }
            let evidence = text(form["evidence_ref"], maxLength: 100)
            if evidence == nil { problems.append("请填写凭证（验资报告或银行回单编号，100 字以内）。") }
            guard problems.isEmpty, let arrived, let amount, let evidence else { return try await parkPage(id, session, problems: problems, status: .unprocessableContent) }
            let once = OnceOnly<Recorded<InvestmentArrival>>(apiKeyId: session.principal.keyId, key: onceKey(form), requestBody: Array("\(enterprise)|\(arrived)|\(amount)".utf8)) { _ in
                StoredResponse(status: 201, body: [], location: "/parks/\(id.wireString)?saved=investment")
            }
            do {
                let arrival = InvestmentArrival(enterpriseId: enterprise, arrivedOn: arrived, amountFen: amount, evidenceRef: evidence)
                return redirect(try await services.parks.recordArrival(parkId: id, arrival, by: audited(session, context), once: once).response.location ?? "/parks/\(id.wireString)")
            } catch DomainError.invalid(let issues) {
                return try await parkPage(id, session, problems: issues.map { $0.message.text(in: .zh) }, status: .unprocessableContent)
            }
        })
        router.post("/parks/{id}/enterprises/{enterprise}/headcounts", use: submitted(title: "产业园") { request, context, session, form in
            try Permission.keepParks.check(session.principal)
            let (id, enterprise) = try parkAndEnterprise(request)
            var problems: [String] = []
            let counted = try day(form["counted_on"], required: true, problems: &problems)
            func count(_ field: String, _ label: String) -> Int? { peopleCount(form[field], label, problems: &problems) }
            let (jobs, lifted, local) = (count("jobs", "用工人数"), count("lifted_jobs", "其中脱贫人口和监测对象"), count("local_jobs", "其中本地人员"))
            guard problems.isEmpty, let counted, let jobs, let lifted, let local else { return try await parkPage(id, session, problems: problems, status: .unprocessableContent) }
            do {
                // A day already counted is corrected only when the clerk says so.
                _ = try await services.parks.putHeadcount(
                    parkId: id, Headcount(enterpriseId: enterprise, countedOn: counted, jobs: jobs, liftedJobs: lifted, localJobs: local),
                    form["correct"] == "1" ? .replaceAny : .create, by: audited(session, context)
                )
            } catch DomainError.invalid(let issues) {
                return try await parkPage(id, session, problems: issues.map { $0.message.text(in: .zh) }, status: .unprocessableContent)
            } catch DomainError.conflict {
                return try await parkPage(id, session, problems: ["\(counted) 已登记过用工人数。如需更正该日数据，请勾选“更正该日已有数据”后再保存。"], status: .conflict)
            }
            return redirect("/parks/\(id.wireString)?saved=headcount")
        })
    }

    private func parkAndEnterprise(_ request: Request) throws -> (UUID, UUID) {
        let id = try pathId(request, .park)
        guard let enterprise = request.uri.path.split(separator: "/").dropFirst(3).first.flatMap({ UUID(uuidString: String($0)) }) else {
            throw DomainError.notFound(.noneInScope(.enterprise))
        }
        return (id, enterprise)
    }

    /// What the tables allow: ¥100 billion of investment, ¥1 trillion of yearly output.
    static let investments = 0...10_000_000_000_000
    static let outputValues = 0...100_000_000_000_000

    static let parkNotices = [
        "park": "已登记产业园，可以登记入园企业。", "enterprise": "已登记入园企业。", "year": "已保存该企业的年度数据。",
        "investment": "已登记到位投资。", "headcount": "已保存该日的用工人数。",
    ]

    private func parksPage(
        _ session: ConsoleSession, notice: String?, problems: [String], typed: [String: String], status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let parks = try await services.parks.parks(by: session.principal)
        let body = pages.parks(
            parks, keeps: Permission.keepParks.allows(session.principal.role), regionNames: try await names.regions(), csrf: session.csrfToken,
            today: services.workers.today, notice: notice, problems: problems, typed: typed
        )
        return page(body, title: "产业园", session: session, status: status)
    }

    private func parkPage(
        _ id: UUID, _ session: ConsoleSession, notice: String? = nil, problems: [String] = [], typed: [String: String] = [:],
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let principal = session.principal
        guard let park = try await services.parks.parks(by: principal).first(where: { $0.id == id }) else {
            throw DomainError.notFound(.noneInScope(.park))
        }
        let enterprises = try await services.parks.enterprises(parkId: id, by: principal)
        var facts: [UUID: (arrivedFen: Int, latest: Headcount?)] = [:]
        for enterprise in enterprises {
            let arrived = try await services.parks.arrivals(parkId: id, enterpriseId: enterprise.id, by: principal).map(\.value.amountFen).saturatingSum
            facts[enterprise.id] = (arrived, try await services.parks.headcounts(parkId: id, enterpriseId: enterprise.id, by: principal).last)
        }
        let industries = Dictionary(try await services.reference.industries().map { ($0.code, $0.nameZh) }, uniquingKeysWith: { first, _ in first })
        let body = pages.park(
            park, enterprises: enterprises, facts: facts, keeps: Permission.keepParks.allows(principal.role) && principal.scope.contains(park.region),
            regionNames: try await names.regions(), industryNames: industries, csrf: session.csrfToken, today: services.workers.today,
            notice: notice, problems: problems, typed: typed
        )
        return page(body, title: "产业园", session: session, status: status)
    }
}
