import MinningDomain
import MinningServices

extension ConsolePages {
    /// `next` is the cursor of the following page: a link for the whole list, a button that sends
    /// the search again in a form's body for a search.
    func workers(
        query: String, table: ConsoleWorkerTable?, rows: [WorkerRecord], next: String?, error: String?, searchable: Bool, registrable: Bool, csrf: String
    ) -> String {
        var values: [String: Any] = [
            "query": query, "hasRows": !rows.isEmpty, "count": rows.count, "searchable": searchable, "registrable": registrable, "csrf": csrf,
        ]
        if let table {
            values["headings"] = table.headings
            values["rows"] = rows.map { ["cells": table.cells($0), "id": $0.id.uuidString.lowercased()] as [String: Any] }
            if rows.isEmpty { values["empty"] = true }
        }
        if WorkersController.searchableIdNumber(query.uppercased()) != nil { values["searched"] = true }
        if let next { values[query.isEmpty ? "nextLink" : "nextSearch"] = next }
        if let error { values["error"] = error }
        return render("workers", values)
    }

    func worker(
        table: ConsoleWorkerTable, worker: WorkerRecord, recommended: [(vacancy: MatchVacancy, explanation: MatchExplanation)]?,
        placements: [PlacementRecord], regionNames: [String: String], changeable: Bool, proposes: Bool, csrf: String, notice: String?
    ) -> String {
        let facts = zip(table.headings, table.cells(worker)).map { ["name": $0, "value": $1] }
        // The heading names the person only for a reader the visibility table lets read the name.
        let named = WorkerVisibility.fields(for: table.reader).contains(.name)
        var values: [String: Any] = ["title": named ? worker.name ?? "劳动者（已撤回授权）" : "候选劳动者", "facts": facts, "id": worker.id.uuidString.lowercased()]
        if changeable { values["changeable"] = true }
        if let notice { values["notice"] = notice }
        if !placements.isEmpty {
            values["hasPlacements"] = true
            values["placements"] = placements.map { placement -> [String: Any] in
                ["id": placement.id.uuidString.lowercased(), "status": Vocabulary.label("placement_status", placement.status.rawValue, in: .zh) ?? placement.status.rawValue,
                 "proposedOn": placement.proposedOn.description, "hiredOn": placement.hiredOn?.description ?? "—"]
            }
        }
        if let withdrawn = worker.consentWithdrawnOn, named { values["withdrawn"] = withdrawn.description }
        if let recommended {
            values["hasRecommendations"] = !recommended.isEmpty
            values["noRecommendations"] = recommended.isEmpty
            values["recommendations"] = recommended.map { vacancy, explanation -> [String: Any] in
                let terms = vacancy.terms
                let code = terms.workRegion.rawValue
                var row: [String: Any] = [
                    "title": terms.title, "region": regionNames[code].map { "\($0)（\(code)）" } ?? code,
                    "wage": "\(AmountText.yuan(terms.wageMinFen))–\(AmountText.yuan(terms.wageMaxFen))",
                    "housing": terms.housingProvided ? "包住" : "不包住", "openings": vacancy.remainingOpenings,
                    "why": ConsoleExplanation.text(explanation),
                ]
                if proposes {
                    row["propose"] = ["vacancy": vacancy.id.uuidString.lowercased(), "once": ConsoleToken.generate().text, "csrf": csrf, "worker": worker.id.uuidString.lowercased()]
                }
                return row
            }
        }
        return render("worker", values)
    }

    func columnsForm(
        _ form: ConsoleColumnsForm, columns: [String], optional: Set<String>, action: String, title: String, csrf: String,
        hidden: [String: String], phoneMasked: String? = nil, back: (href: String, label: String)? = ("/workers", "劳动者")
    ) -> String {
        var fields = form.rendered(columns, optional: optional)
        if let phoneMasked, let index = fields.firstIndex(where: { $0["name"] as? String == "phone" }) {
            fields[index]["hint"] = "现为 \(phoneMasked)；不改则留空"
        }
        var values: [String: Any] = [
            "title": title, "action": action, "csrf": csrf, "fields": fields,
            "hidden": hidden.sorted { $0.key < $1.key }.map { ["name": $0.key, "value": $0.value] },
            "hasGeneral": !form.general.isEmpty, "general": form.general,
        ]
        if form.hasProblems { values["hasProblems"] = true }
        if let back {
            values["back"] = back.href
            values["backLabel"] = back.label
        }
        return render("columnsForm", values)
    }

    func withdrawal(worker: WorkerRecord, csrf: String, day: String, problem: String?) -> String {
        var values: [String: Any] = ["id": worker.id.uuidString.lowercased(), "name": worker.name ?? "", "csrf": csrf, "day": day]
        if let problem { values["problem"] = problem }
        return render("withdrawal", values)
    }
}
