import Foundation
import HTTPTypes
import Hummingbird
import MinningDomain
import MinningServices
import MinningPersistence

/// The fund ledger, projects and the funds report: written by cooperation offices for pairings in
/// their scope, read by them, observers and admins.
struct FundsController {
    let ledger: LedgerRepository
    let projects: ProjectRepository
    let reports: FundsReportRepository
    let idempotency: IdempotencyStore

    func addRoutes(to group: RouterGroup<MinningRequestContext>) {
        group.post("/ledger/entries") { request, context in try await append(request, context) }
        group.get("/ledger/entries") { request, context in
            let caller = try context.caller(withRole: .admin, .cooperationOffice, .observer)
            var query = QueryReader(request)
            let pairing = query.integer("pairing_id", in: 1...Int(Int32.max))
            let year = query.integer("year", in: 1996...2100)
            let after = query.integer("after", in: 0...Int(Int32.max)) ?? 0
            let limit = query.integer("limit", in: 1...500) ?? 100
            try query.finish()
            let entries = try await ledger.list(in: caller.scope, pairingId: pairing, year: year, afterPosition: after, limit: limit)
            return try APIJSON.response(ItemsResponse(items: entries.map(LedgerEntryBody.init)))
        }
        group.get("/ledger/entries/{position}") { _, context in
            let caller = try context.caller(withRole: .admin, .cooperationOffice, .observer)
            guard let text = context.parameters.get("position"), let position = Int(text), position >= 1 else {
                throw Problem.notFound("no ledger entry has this position")
            }
            guard let entry = try await ledger.find(position: position, in: caller.scope) else { throw Problem.notFound("no ledger entry at this position is in your scope") }
            return try APIJSON.response(LedgerEntryBody(entry))
        }
        group.get("/ledger/verification") { _, context in
            _ = try context.caller(withRole: .admin, .cooperationOffice, .observer)
            return try APIJSON.response(VerificationBody(try await ledger.verify()))
        }
        group.post("/projects") { request, context in try await createProject(request, context) }
        group.get("/projects") { request, context in
            let caller = try context.caller(withRole: .admin, .cooperationOffice, .observer)
            var query = QueryReader(request)
            let pairing = query.integer("pairing_id", in: 1...Int(Int32.max))
            let limit = query.integer("limit", in: 1...500) ?? 100
            try query.finish()
            return try APIJSON.response(ItemsResponse(items: try await projects.list(in: caller.scope, pairingId: pairing, limit: limit).map(ProjectBody.init)))
        }
        group.get("/projects/{id}") { _, context in
            let caller = try context.caller(withRole: .admin, .cooperationOffice, .observer)
            let id = try PathParameter.uuid(context, "id")
            guard let project = try await projects.find(id, in: caller.scope) else { throw Problem.notFound("no project with this id is in your scope") }
            return try APIJSON.response(ProjectBody(project))
        }
        group.get("/reports/funds") { request, context in
            let caller = try context.caller(withRole: .admin, .cooperationOffice, .observer)
            var query = QueryReader(request)
            let year = query.integer("year", in: 1996...2100)
            let format = query.oneOf("format", ReportFormat.self)
            try query.finish()
            guard let year else { throw Problem.validation([FieldIssue(field: "year", message: "is required")]) }
            let report = try await reports.report(year: year, scope: caller.scope)
            if ReportsController.wantsCSV(format, request) { return ReportsController.csv(report.csv(), name: "funds-\(year)") }
            return try APIJSON.response(FundsReportBody(report))
        }
    }

    private func append(_ request: Request, _ context: MinningRequestContext) async throws -> Response {
        let caller = try context.caller(withRole: .admin, .cooperationOffice)
        var body = try await BodyReader(request, context: context)
        let kind = body.oneOf("kind", LedgerEntryKind.self)
        let entryDate = body.date("entry_date")
        let document = body.string("document_number", maxLength: 100)
        let ledgerRequest: LedgerRepository.Request?
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
                body.add(FieldIssue(field: "entry_date", message: "must fall within a year of the entry's year \(year)"))
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
        guard let ledgerRequest else { throw Problem.malformed("unreachable: fields were checked") }
        let actor = AuditActor(principal: caller, requestId: context.requestId)
        let ledger = self.ledger
        return try await CreatedResponse.run(request, caller: caller, body: body, idempotency: idempotency) { connection in
            let entry = try await ledger.append(ledgerRequest, by: actor, on: connection)
            ServiceMetrics.ledgerEntries.increment()
            return (LedgerEntryBody(entry), "/v1/ledger/entries/\(entry.position)")
        }
    }

    private func createProject(_ request: Request, _ context: MinningRequestContext) async throws -> Response {
        let caller = try context.caller(withRole: .admin, .cooperationOffice)
        var body = try await BodyReader(request, context: context)
        let pairing = body.integer("pairing_id", in: 1...Int(Int32.max))
        let category = body.oneOf("category", ProjectCategory.self)
        let title = body.string("title", maxLength: 200)
        let budget = body.integer("budget_fen", in: 1...100_000_000_000)
        let status = body.oneOf("status", ProjectStatus.self, required: false) ?? .planned
        try body.finish()
        guard let pairing, let category, let title, let budget else { throw Problem.malformed("unreachable: fields were checked") }
        let actor = AuditActor(principal: caller, requestId: context.requestId)
        let projects = self.projects
        return try await CreatedResponse.run(request, caller: caller, body: body, idempotency: idempotency) { connection in
            let project = try await projects.create(pairingId: pairing, category: category, title: title, budgetFen: budget, status: status, by: actor, on: connection)
            return (ProjectBody(project), "/v1/projects/\(project.id.wireString)")
        }
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
