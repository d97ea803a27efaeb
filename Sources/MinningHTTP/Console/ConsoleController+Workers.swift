import Foundation
import Hummingbird
import MinningDomain
import MinningPersistence
import MinningServices

/// The workers' pages: find, read, register, change, withdraw consent — the API's use cases under
/// a staff session, with the field-visibility table deciding every column.
extension ConsoleController {
    static let workersPageSize = 50

    func addWorkerRoutes(to router: Router<MinningRequestContext>) {
        router.get("/workers", use: signedIn(title: "劳动者") { request, context, session in
            try await workerList(typed: "", after: request.uri.queryParameters["after"].map(String.init), context, session)
        })
        // A search is sent in the form's body, never in the URL: a name or a 身份证号 stays out of
        // browser history, bookmarks and any proxy's log.
        router.post("/workers", use: submitted(title: "劳动者") { _, context, session, form in
            try await workerList(typed: form["q"] ?? "", after: form["after"], context, session)
        })
        router.get("/workers/new", use: signedIn(title: "登记劳动者") { _, _, session in
            try Permission.registerWorker.check(session.principal)
            return registrationPage(ConsoleColumnsForm.blankWorker(today: services.workers.today), session: session)
        })
        router.post("/workers/new", use: submitted(title: "登记劳动者") { _, context, session, form in
            try await register(form, context, session)
        })
        router.get("/workers/{id}", use: signedIn(title: "劳动者") { request, _, session in
            let id = try pathId(request, .worker)
            let view = try await services.workers.show(id, by: session.principal)
            let regionNames = try await names.regions()
            let table = ConsoleWorkerTable(reader: view.reader, today: services.workers.today, regionNames: regionNames)
            let recommended = Permission.recommendVacancies.allows(session.principal.role)
                ? try await services.matching.recommendations(for: id, limit: 20, by: session.principal) : nil
            let placements = Permission.followPlacements.allows(session.principal.role)
                ? try await services.placements.list(filter: .init(workerId: id), after: nil, limit: 20, by: session.principal) : []
            let changeable = Permission.changeWorker.allows(session.principal.role) && view.worker.consentWithdrawnOn == nil
            let notice = request.uri.queryParameters["saved"].flatMap { Self.savedNotices[String($0)] }
            let body = pages.worker(table: table, worker: view.worker, recommended: recommended, placements: placements, regionNames: regionNames, changeable: changeable,
                                    proposes: Permission.followPlacements.allows(session.principal.role) && view.worker.profile.status == .available,
                                    csrf: session.csrfToken, notice: notice)
            return page(body, title: "劳动者", session: session)
        })
        router.post("/workers/{id}/propose", use: submitted(title: "推荐岗位") { request, context, session, form in
            let workerId = try pathId(request, .worker)
            guard let vacancyId = form["vacancy_id"].flatMap(UUID.init(uuidString:)) else { throw DomainError.notFound(.noneVisible(.vacancy)) }
            let onceKey = self.onceKey(form)
            let once = OnceOnly<PlacementRecord>(apiKeyId: session.principal.keyId, key: onceKey, requestBody: Array("\(workerId)|\(vacancyId)".utf8)) { placement in
                StoredResponse(status: 201, body: [], location: "/placements/\(placement.id.wireString)?saved=proposed")
            }
            let outcome = try await services.placements.propose(worker: workerId, vacancy: vacancyId, by: audited(session, context), once: once)
            return redirect(outcome.response.location ?? "/workers/\(workerId.wireString)")
        })
        router.get("/workers/{id}/edit", use: signedIn(title: "修改劳动者信息") { request, _, session in
            let id = try pathId(request, .worker)
            let current = try await changeableWorker(id, session)
            return editPage(ConsoleColumnsForm(.worker, values: WorkerCSVFormat.changeableCells(of: current)), worker: current, session: session)
        })
        router.post("/workers/{id}/edit", use: submitted(title: "修改劳动者信息") { request, context, session, form in
            try await update(try pathId(request, .worker), form, context, session)
        })
        router.get("/workers/{id}/withdraw", use: signedIn(title: "撤回授权同意") { request, _, session in
            let current = try await changeableWorker(try pathId(request, .worker), session)
            return page(pages.withdrawal(worker: current, csrf: session.csrfToken, day: services.workers.today.description, problem: nil), title: "撤回授权同意", session: session)
        })
        router.post("/workers/{id}/withdraw", use: submitted(title: "撤回授权同意") { request, context, session, form in
            let current = try await changeableWorker(try pathId(request, .worker), session)
            let typed = form["withdrawn_on"] ?? ""
            guard form["confirm"] == "yes" else {
                return withdrawalPage(current, session, typed, problem: "请勾选确认：撤回后此人的姓名、身份证号和手机号将被删除，且不能恢复。")
            }
            guard let day = CalendarDay(spreadsheet: typed.trimmingCharacters(in: .whitespaces)) else {
                return withdrawalPage(current, session, typed, problem: Message.notSpreadsheetDate.text(in: .zh))
            }
            do {
                _ = try await services.workers.withdrawConsent(current.id, on: day, by: audited(session, context))
            } catch DomainError.invalid(let issues) {
                return withdrawalPage(current, session, typed, problem: issues.map { $0.message.text(in: .zh) }.joined(separator: "；"))
            }
            return redirect("/workers/\(current.id.wireString)?saved=withdrawn")
        })
    }

    static let savedNotices = [
        "registered": "已登记。", "updated": "已保存修改。", "withdrawn": "已撤回授权同意：此人的姓名、身份证号和手机号已删除。",
        "unchanged": "没有修改任何内容。",
    ]

    /// The stored worker a clerk may change: in scope, consent not withdrawn.
    private func changeableWorker(_ id: UUID, _ session: ConsoleSession) async throws -> WorkerRecord {
        try Permission.changeWorker.check(session.principal)
        let view = try await services.workers.show(id, by: session.principal)
        guard view.worker.consentWithdrawnOn == nil else { throw DomainError.conflict(.consentWithdrawnNoChange) }
        return view.worker
    }

    private func workerList(typed: String, after: String?, _ context: MinningRequestContext, _ session: ConsoleSession) async throws -> Response {
        let typed = typed.trimmingCharacters(in: .whitespaces)
        // Destination bureaus read candidates, never found by name or ID number.
        let searchable = session.principal.role != .destinationBureau
        let registrable = Permission.registerWorker.allows(session.principal.role)
        var filter = WorkerRepository.Filter()
        if let idNumber = WorkersController.searchableIdNumber(typed.uppercased()) {
            filter.idNumber = idNumber
        } else if !typed.isEmpty {
            guard typed.count <= 50, !typed.containsControlCharacter else {
                let body = pages.workers(query: typed, table: nil, rows: [], next: nil, error: Message.mustBeNamePrefix(maxLength: 50).text(in: .zh), searchable: searchable, registrable: registrable, csrf: session.csrfToken)
                return page(body, title: "劳动者", session: session, status: .unprocessableContent)
            }
            filter.namePrefix = typed
        }
        let cursor = after.flatMap { ListCursor(token: $0) }
        do {
            // One more than a page, to know whether a next page exists without counting.
            var views = try await services.workers.list(filter: filter, after: cursor, limit: Self.workersPageSize + 1, by: audited(session, context))
            var next: String?
            if views.count > Self.workersPageSize {
                views.removeLast()
                let last = views[views.count - 1].worker
                next = ListCursor(createdAtMicroseconds: last.createdAtMicroseconds, id: last.id).token
            }
            let table = ConsoleWorkerTable(reader: views.first?.reader ?? .originSide(session.principal.role), today: services.workers.today, regionNames: try await names.regions())
            return page(pages.workers(query: typed, table: table, rows: views.map(\.worker), next: next, error: nil, searchable: searchable, registrable: registrable, csrf: session.csrfToken), title: "劳动者", session: session)
        } catch let error as DomainError {
            let body = pages.workers(query: typed, table: nil, rows: [], next: nil, error: error.text(in: .zh), searchable: searchable, registrable: registrable, csrf: session.csrfToken)
            return page(body, title: "劳动者", session: session, status: .forbidden)
        }
    }

    private func register(_ form: [String: String], _ context: MinningRequestContext, _ session: ConsoleSession) async throws -> Response {
        try Permission.registerWorker.check(session.principal)
        let columns = ConsoleColumnsForm.Layout.worker.columns
        var filled = ConsoleColumnsForm(.worker, values: form.filter { columns.contains($0.key) })
        var record = filled.record(columns: columns)
        let today = services.workers.today
        guard let worker = WorkerCSVFormat.parse(&record, today: today) else {
            filled.add(record.issues)
            return registrationPage(filled, session: session, status: .unprocessableContent)
        }
        // The form's own token makes a second press of the button (or a reload) register no one twice.
        let onceKey = self.onceKey(form)
        let sent = Array(columns.map { "\($0)=\(form[$0] ?? "")" }.joined(separator: "\n").utf8)
        let once = OnceOnly<WorkerWrite>(apiKeyId: session.principal.keyId, key: onceKey, requestBody: sent) { written in
            StoredResponse(status: 201, body: [], location: "/workers/\(written.worker.id.wireString)?saved=registered")
        }
        do {
            let outcome = try await services.workers.register(worker, by: audited(session, context), once: once)
            return redirect(outcome.response.location ?? "/workers")
        } catch DomainError.invalid(let issues) {
            filled.add(issues)
        } catch DomainError.conflict(let message) {
            let aboutIdNumber = if case .alreadyRegistered = message { true } else { false }
            filled.add(message.text(in: .zh), about: aboutIdNumber ? "id_number" : nil)
        }
        return registrationPage(filled, session: session, status: .unprocessableContent)
    }

    private func update(_ id: UUID, _ form: [String: String], _ context: MinningRequestContext, _ session: ConsoleSession) async throws -> Response {
        let current = try await changeableWorker(id, session)
        let columns = WorkerCSVFormat.changeableColumns
        var filled = ConsoleColumnsForm(.worker, values: form.filter { columns.contains($0.key) })
        // The version the clerk's page showed: a change made meanwhile by someone else is not overwritten.
        guard let version = form["version"].flatMap(Int.init) else { return forbidden(session) }
        if version != current.version {
            var fresh = ConsoleColumnsForm(.worker, values: WorkerCSVFormat.changeableCells(of: current))
            fresh.add("此记录在您编辑期间已被他人修改，下面是现在的内容；请核对后重新填写并保存。", about: nil)
            return editPage(fresh, worker: current, session: session, status: .preconditionFailed)
        }
        var record = filled.record(columns: columns)
        guard let changes = WorkerCSVFormat.parseChanges(&record, from: current) else {
            filled.add(record.issues)
            return editPage(filled, worker: current, session: session, status: .unprocessableContent)
        }
        guard !changes.fieldNames.isEmpty else { return redirect("/workers/\(id.wireString)?saved=unchanged") }
        do {
            _ = try await services.workers.update(id, expectedVersion: version, changes: changes, by: audited(session, context))
            return redirect("/workers/\(id.wireString)?saved=updated")
        } catch DomainError.invalid(let issues) {
            filled.add(issues)
        } catch is StaleVersion {
            let latest = try await changeableWorker(id, session)
            var fresh = ConsoleColumnsForm(.worker, values: WorkerCSVFormat.changeableCells(of: latest))
            fresh.add("此记录在您编辑期间已被他人修改，下面是现在的内容；请核对后重新填写并保存。", about: nil)
            return editPage(fresh, worker: latest, session: session, status: .preconditionFailed)
        }
        return editPage(filled, worker: current, session: session, status: .unprocessableContent)
    }

    private func registrationPage(_ form: ConsoleColumnsForm, session: ConsoleSession, status: HTTPResponse.Status = .ok) -> Response {
        let columns = ConsoleColumnsForm.Layout.worker.columns
        return page(pages.columnsForm(form, columns: columns, optional: [], action: "/workers/new", title: "登记劳动者", csrf: session.csrfToken, hidden: ["once": ConsoleToken.generate().text]),
             title: "登记劳动者", session: session, status: status)
    }

    private func editPage(_ form: ConsoleColumnsForm, worker: WorkerRecord, session: ConsoleSession, status: HTTPResponse.Status = .ok) -> Response {
        let hidden = ["version": "\(worker.version)"]
        let body = pages.columnsForm(form, columns: WorkerCSVFormat.changeableColumns, optional: ["phone"], action: "/workers/\(worker.id.wireString)/edit",
                                    title: "修改劳动者信息", csrf: session.csrfToken, hidden: hidden, phoneMasked: worker.phoneMasked)
        return page(body, title: "修改劳动者信息", session: session, status: status)
    }

    private func withdrawalPage(_ worker: WorkerRecord, _ session: ConsoleSession, _ typed: String, problem: String) -> Response {
        page(pages.withdrawal(worker: worker, csrf: session.csrfToken, day: typed, problem: problem), title: "撤回授权同意", session: session, status: .unprocessableContent)
    }
}
