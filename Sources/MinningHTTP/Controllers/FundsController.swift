import Foundation
import HTTPTypes
import Hummingbird
import MinningDomain
import MinningServices
import MinningPersistence

/// The fund ledger, projects and the funds report: written by cooperation offices for pairings in
/// their scope, read by them, observers and admins.
struct FundsController {
    let service: FundsService
    let reports: ReportService

    func addRoutes(to group: RouterGroup<MinningRequestContext>) {
        group.post("/ledger/entries") { request, context in try await append(request, context) }
        group.get("/ledger/entries") { request, context in
            let caller = try context.caller(allowedBy: .readFunds)
            var query = QueryReader(request)
            let pairing = query.integer("pairing_id", in: 1...Int(Int32.max))
            let year = query.integer("year", in: 1996...2100)
            let after = query.integer("after", in: 0...Int(Int32.max)) ?? 0
            let limit = query.integer("limit", in: 1...500) ?? 100
            try query.finish()
            let entries = try await service.entries(pairingId: pairing, year: year, afterPosition: after, limit: limit, by: caller)
            return try APIJSON.response(ItemsResponse(items: entries.map(LedgerEntryBody.init)))
        }
        group.get("/ledger/entries/{position}") { _, context in
            let caller = try context.caller(allowedBy: .readFunds)
            guard let text = context.parameters.get("position"), let position = Int(text), position >= 1 else {
                throw Problem.notFound(.noSuchId(.ledgerEntry))
            }
            return try APIJSON.response(LedgerEntryBody(try await service.entry(at: position, by: caller)))
        }
        group.get("/ledger/pending-expenditures") { request, context in
            let caller = try context.caller(allowedBy: .readFunds)
            var query = QueryReader(request)
            let status = query.oneOf("status", PendingExpenditure.Status.self)
            let limit = query.integer("limit", in: 1...500) ?? 100
            try query.finish()
            let waiting = try await service.pendingExpenditures(status: status, limit: limit, by: caller)
            return try APIJSON.response(ItemsResponse(items: waiting.map(PendingExpenditureBody.init)))
        }
        group.get("/ledger/pending-expenditures/{id}") { _, context in
            let caller = try context.caller(allowedBy: .readFunds)
            return try APIJSON.response(PendingExpenditureBody(try await service.pendingExpenditure(try PathParameter.uuid(context, "id"), by: caller)))
        }
        group.post("/ledger/pending-expenditures/{id}/confirmation") { _, context in
            let caller = try context.caller(allowedBy: .keepLedger)
            let id = try PathParameter.uuid(context, "id")
            let confirmed = try await service.confirm(id, by: AuditActor(principal: caller, requestId: context.requestId))
            return try APIJSON.response(PendingExpenditureBody(confirmed))
        }
        group.get("/ledger/verification") { _, context in
            _ = try context.caller(allowedBy: .readFunds)
            return try APIJSON.response(VerificationBody(try await service.verify()))
        }
        group.post("/projects") { request, context in try await createProject(request, context) }
        group.get("/projects") { request, context in
            let caller = try context.caller(allowedBy: .readFunds)
            var query = QueryReader(request)
            let pairing = query.integer("pairing_id", in: 1...Int(Int32.max))
            let limit = query.integer("limit", in: 1...500) ?? 100
            try query.finish()
            return try APIJSON.response(ItemsResponse(items: try await service.projects(pairingId: pairing, limit: limit, by: caller).map(ProjectBody.init)))
        }
        group.get("/projects/{id}") { _, context in
            let caller = try context.caller(allowedBy: .readFunds)
            return try APIJSON.response(ProjectBody(try await service.project(try PathParameter.uuid(context, "id"), by: caller)))
        }
        group.get("/reports/funds") { request, context in
            let caller = try context.caller(allowedBy: .readReports)
            let asked = try YearlyReportQuery(request)
            let report = try await reports.funds(year: asked.year, narrowedTo: asked.narrowedTo, for: .caller(caller))
            if ReportsController.wantsCSV(asked.format, request) { return ReportsController.csv(report.csv(), name: "funds-\(asked.fileSuffix)") }
            return try APIJSON.response(FundsReportBody(report, narrowedTo: asked.narrowedTo))
        }
    }

    private func append(_ request: Request, _ context: MinningRequestContext) async throws -> Response {
        let caller = try context.caller(allowedBy: .keepLedger)
        var body = try await BodyReader(request, context: context)
        let kind = body.oneOf("kind", LedgerEntryKind.self)
        let entryDate = body.date("entry_date")
        let document = body.string("document_number", maxLength: 100)
        let ledgerRequest: LedgerAppend?
        if kind == .reversal {
            let position = body.integer("reverses_position", in: 1...Int(Int32.max))
            ledgerRequest = position.flatMap { position in
                entryDate.flatMap { day in document.map { .reversal(.init(position: position, entryDate: day, documentNumber: $0)) } }
            }
        } else {
            let pairing = body.integer("pairing_id", in: 1...Int(Int32.max))
            let year = body.integer("year", in: 1996...2100)
            let amount = body.integer("amount_fen", in: 1...100_000_000_000)
            let project = body.uuid("project_id", required: false)
            if let year, let entryDate, entryDate.year < year - 1 || entryDate.year > year + 1 {
                body.add(FieldIssue(field: "entry_date", message: .entryDateWithinYear(year)))
            }
            if let kind, let pairing, let year, let amount, let entryDate, let document {
                ledgerRequest = .entry(NewLedgerEntry(
                    pairingId: pairing, year: year, projectId: project, kind: kind, amountFen: amount, entryDate: entryDate,
                    documentNumber: document, reversesPosition: nil
                ))
            } else {
                ledgerRequest = nil
            }
        }
        try body.finish()
        guard let ledgerRequest else { throw Problem.malformed(.checkedFieldMissing) }
        let once = try CreatedResponse.once(request, caller: caller, body: body) { (recording: LedgerRecording) in
            switch recording {
            case .appended(let entry):
                (201, LedgerEntryBody(entry), "/v1/ledger/entries/\(entry.position)")
            case .awaitingConfirmation(let waiting):
                (202, PendingExpenditureBody(waiting), "/v1/ledger/pending-expenditures/\(waiting.id.wireString)")
            }
        }
        return CreatedResponse.response(try await service.record(ledgerRequest, by: AuditActor(principal: caller, requestId: context.requestId), once: once))
    }

    private func createProject(_ request: Request, _ context: MinningRequestContext) async throws -> Response {
        let caller = try context.caller(allowedBy: .keepLedger)
        var body = try await BodyReader(request, context: context)
        let pairing = body.integer("pairing_id", in: 1...Int(Int32.max))
        let category = body.oneOf("category", ProjectCategory.self)
        let title = body.string("title", maxLength: 200)
        let budget = body.integer("budget_fen", in: 1...100_000_000_000)
        let status = body.oneOf("status", ProjectStatus.self, required: false) ?? .planned
        try body.finish()
        guard let pairing, let category, let title, let budget else { throw Problem.malformed(.checkedFieldMissing) }
        let once = try CreatedResponse.once(request, caller: caller, body: body) { (project: ProjectRecord) in
            (ProjectBody(project), "/v1/projects/\(project.id.wireString)")
        }
        let actor = AuditActor(principal: caller, requestId: context.requestId)
        return CreatedResponse.response(try await service.createProject(
            pairingId: pairing, category: category, title: title, budgetFen: budget, status: status, by: actor, once: once
        ))
    }
}

/// How a report is asked for: `?format=csv` or `Accept: text/csv`; JSON otherwise.
enum ReportFormat: String, CaseIterable {
    case json
    case csv

    init(accept: String?) {
        self = (accept ?? "").lowercased().contains("text/csv") ? .csv : .json
    }
}
