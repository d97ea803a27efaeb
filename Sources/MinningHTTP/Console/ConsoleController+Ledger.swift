import Foundation
import Hummingbird
import MinningDomain
import MinningPersistence
import MinningServices

/// The fund ledger (资金台账) of a pairing and year: its entries in order, the year's balance, the
/// expenditures waiting for a second person, and the chain's verification. Cooperation offices add
/// entries and reverse mistaken ones (the only correction); observers read.
extension ConsoleController {
    func addLedgerRoutes(to router: Router<MinningRequestContext>) {
        router.get("/ledger", use: signedIn(title: "资金台账") { request, _, session in
            let query = request.uri.queryParameters
            let filter = LedgerFilter(
                pairing: query["pairing"].flatMap { Int(String($0)) }, year: query["year"].flatMap { Int(String($0)) }.flatMap(Self.reportYear),
                after: query["after"].flatMap { Int(String($0)) }.map { max(0, $0) } ?? 0
            )
            return try await ledgerPage(session, filter: filter, notice: Self.ledgerNotice(request), problems: [])
        })
        router.get("/ledger/verify", use: signedIn(title: "资金台账") { _, _, session in
            try Permission.readFunds.check(session.principal)
            let verification = try await services.funds.verify()
            return page(pages.ledgerVerification(verification), title: "资金台账", session: session)
        })
        router.post("/ledger/entries", use: submitted(title: "资金台账") { _, context, session, form in
            try Permission.keepLedger.check(session.principal)
            var problems: [String] = []
            let entry = try ledgerEntry(form, problems: &problems)
            let filter = LedgerFilter(pairing: entry?.pairingId, year: entry?.year, after: 0)
            guard problems.isEmpty, let entry else { return try await ledgerPage(session, filter: filter, problems: problems, typed: form) }
            return try await recorded(.entry(entry), form: form, filter: filter, session: session, context: context)
        })
        router.post("/ledger/entries/{position}/reverse", use: submitted(title: "资金台账") { request, context, session, form in
            try Permission.keepLedger.check(session.principal)
            guard let position = request.uri.path.split(separator: "/").dropFirst(2).first.flatMap({ Int($0) }), position > 0 else {
                throw DomainError.notFound(.noneInScope(.ledgerEntry))
            }
            var problems: [String] = []
            let on = try day(form["entry_date"], required: true, problems: &problems)
            let document = text(form["document_number"], maxLength: 100)
            if document == nil { problems.append("冲销须填写凭证文号（100 字以内）。") }
            let filter = LedgerFilter(pairing: form["pairing"].flatMap { Int($0) }, year: form["year"].flatMap { Int($0) }, after: 0)
            guard problems.isEmpty, let on, let document else { return try await ledgerPage(session, filter: filter, problems: problems) }
            return try await recorded(
                .reversal(LedgerReversal(position: position, entryDate: on, documentNumber: document)), form: form, filter: filter,
                session: session, context: context
            )
        })
        router.post("/ledger/pending/{id}/confirm", use: submitted(title: "资金台账") { request, context, session, _ in
            try Permission.keepLedger.check(session.principal)
            guard let id = request.uri.path.split(separator: "/").dropFirst(2).first.flatMap({ UUID(uuidString: String($0)) }) else {
                throw DomainError.notFound(.noneInScope(.pendingExpenditure))
            }
            do {
                let confirmed = try await services.funds.confirm(id, by: audited(session, context))
                return redirect("/ledger?pairing=\(confirmed.entry.pairingId)&year=\(confirmed.entry.year)&confirmed=\(confirmed.ledgerPosition ?? 0)")
            } catch DomainError.forbidden(.recorderCannotConfirm) {
                return try await ledgerPage(session, filter: LedgerFilter(), problems: ["这笔支出由您登记，须由协作办的另一位工作人员确认。"], status: .forbidden)
            } catch DomainError.conflict(let message) {
                return try await ledgerPage(session, filter: LedgerFilter(), problems: [message.text(in: .zh)], status: .conflict)
            }
        })
    }

    /// Appends (or sets waiting) once per form: the form's token makes a second press answer
    /// from the first instead of recording the money twice.
    private func recorded(
        _ append: LedgerAppend, form: [String: String], filter: LedgerFilter, session: ConsoleSession, context: MinningRequestContext
    ) async throws -> Response {
        let onceKey = self.onceKey(form)
        let once = OnceOnly<LedgerRecording>(apiKeyId: session.principal.keyId, key: onceKey, requestBody: Array("\(append)".utf8)) { recording in
            switch recording {
            case .appended(let entry):
                StoredResponse(status: 201, body: [], location: "/ledger?pairing=\(entry.entry.pairingId)&year=\(entry.entry.year)&added=\(entry.position)")
            case .awaitingConfirmation(let waiting):
                StoredResponse(status: 202, body: [], location: "/ledger?pairing=\(waiting.entry.pairingId)&year=\(waiting.entry.year)&waiting=1")
            }
        }
        do {
            let outcome = try await services.funds.record(append, by: audited(session, context), once: once)
            return redirect(outcome.response.location ?? "/ledger")
        } catch DomainError.invalid(let issues) {
            return try await ledgerPage(session, filter: filter, problems: issues.map { $0.message.text(in: .zh) }, typed: form)
        } catch DomainError.conflict(let message) {
            return try await ledgerPage(session, filter: filter, problems: [message.text(in: .zh)], typed: form, status: .conflict)
        }
    }

    private func ledgerEntry(_ form: [String: String], problems: inout [String]) throws -> NewLedgerEntry? {
        let pairing = form["pairing_id"].flatMap { Int($0) }
        if pairing == nil { problems.append("请选择结对。") }
        let year = form["year"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }.flatMap(Self.reportYear)
        if year == nil { problems.append("请填写年度（如 2026）。") }
        let kind = form["kind"].flatMap(LedgerEntryKind.init(rawValue:)).flatMap { $0 == .reversal ? nil : $0 }
        if kind == nil { problems.append("请选择类别：承诺、拨付或支出。") }
        let typedAmount = (form["amount_yuan"] ?? "").trimmingCharacters(in: .whitespaces)
        let amount = CSVRecordReader.fen(fromYuan: typedAmount).flatMap { (1...100_000_000_000).contains($0) ? $0 : nil }
        if amount == nil { problems.append(typedAmount.isEmpty ? "请填写金额（元）。" : Message.yuanAmountOutOfRange(min: "0.01", max: "1000000000.00").text(in: .zh)) }
        let on = try day(form["entry_date"], required: true, problems: &problems)
        let document = text(form["document_number"], maxLength: 100)
        if document == nil { problems.append("请填写凭证文号（100 字以内），如“闽财〔2026〕2号”。") }
        var project: UUID?
        if let typed = form["project_id"], !typed.isEmpty {
            project = UUID(uuidString: typed)
            if project == nil { problems.append("所选项目无法识别，请重新选择。") }
        }
        guard let pairing, let year, let kind, let amount, let on, let document else { return nil }
        return NewLedgerEntry(
            pairingId: pairing, year: year, projectId: project, kind: kind, amountFen: amount, entryDate: on, documentNumber: document, reversesPosition: nil
        )
    }

    static func ledgerNotice(_ request: Request) -> String? {
        let query = request.uri.queryParameters
        if let position = query["added"] { return "已记入资金台账第 \(position) 笔。" }
        if let position = query["confirmed"] { return "已确认，记入资金台账第 \(position) 笔。" }
        if query["waiting"] != nil { return "这笔支出超过须复核的金额，已登记待确认：须由协作办的另一位工作人员确认后才记入台账。" }
        return nil
    }

    private func ledgerPage(
        _ session: ConsoleSession, filter: LedgerFilter, notice: String? = nil, problems: [String], typed: [String: String] = [:],
        status: HTTPResponse.Status? = nil
    ) async throws -> Response {
        let principal = session.principal
        try Permission.readFunds.check(principal)
        let year = filter.year ?? services.workers.today.year
        let report = try await services.reports.funds(year: year, for: .caller(principal))
        let pairing = filter.pairing ?? report.pairings.first?.pairingId
        // No pairing in scope: an empty ledger, not every pairing's entries at once.
        var entries: [LedgerEntry] = []
        if let pairing {
            entries = try await services.funds.entries(pairingId: pairing, year: year, afterPosition: filter.after, limit: Self.ledgerPage + 1, by: principal)
        }
        let waiting = try await services.funds.pendingExpenditures(status: .pending, limit: 100, by: principal)
        let projects = Permission.keepLedger.allows(principal.role) ? try await services.funds.projects(pairingId: pairing, limit: 500, by: principal) : []
        let content = LedgerPageContent(
            year: year, pairing: pairing, report: report, entries: Array(entries.prefix(Self.ledgerPage)),
            nextAfter: entries.count > Self.ledgerPage ? entries[Self.ledgerPage - 1].position : nil, waiting: waiting, projects: projects,
            keeps: Permission.keepLedger.allows(principal.role), reader: principal.keyId,
            thresholdFen: services.settings.ledgerConfirmationThresholdFen, today: services.workers.today
        )
        let body = pages.ledger(content, csrf: session.csrfToken, notice: notice, problems: problems, typed: typed)
        return page(body, title: "资金台账", session: session, status: status ?? (problems.isEmpty ? .ok : .unprocessableContent))
    }

    static let ledgerPage = 100
}

struct LedgerFilter {
    var pairing: Int?
    var year: Int?
    var after = 0
}
