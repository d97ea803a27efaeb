import Foundation
import MinningDomain
import MinningPersistence

/// What the ledger page shows: one pairing's entries of a year, the year's balances of every
/// pairing in scope, and the expenditures waiting for a second person.
struct LedgerPageContent {
    let year: Int
    let pairing: Int?
    let report: FundsReport
    let entries: [LedgerEntry]
    let nextAfter: Int?
    let waiting: [PendingExpenditure]
    let projects: [ProjectRecord]
    let keeps: Bool
    let reader: UUID
    let thresholdFen: Int
    let today: CalendarDay
}

extension ConsolePages {
    func ledger(_ content: LedgerPageContent, csrf: String, notice: String?, problems: [String], typed: [String: String]) -> String {
        func label(_ term: String, _ code: String) -> String { Vocabulary.label(term, code, in: .zh) ?? code }
        let pairingNames = Self.pairingNames(content.report.pairings)
        let projectNames = Dictionary(content.projects.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        let reversed = Set(content.entries.compactMap(\.entry.reversesPosition))
        let selectedPairing = typed["pairing_id"].flatMap { Int($0) } ?? content.pairing
        let balances = content.report.pairings.map { line -> [String: Any] in
            [
                "id": line.pairingId, "name": pairingNames[line.pairingId] ?? "\(line.pairingId)", "year": content.year,
                "committed": AmountText.yuan(line.balance.committedFen), "transferred": AmountText.yuan(line.balance.transferredFen),
                "spent": AmountText.yuan(line.balance.spentFen), "available": AmountText.yuan(line.balance.availableFen),
                "current": line.pairingId == content.pairing,
            ]
        }
        let entries = content.entries.map { stored -> [String: Any] in
            let entry = stored.entry
            var row: [String: Any] = [
                "position": stored.position, "date": entry.entryDate.description, "kind": label("ledger_entry_kind", entry.kind.rawValue),
                "amount": AmountText.yuan(entry.amountFen), "document": entry.documentNumber,
                "project": entry.projectId.flatMap { projectNames[$0] } ?? "", "csrf": csrf, "today": content.today.description,
                "pairing": entry.pairingId, "year": entry.year, "once": ConsoleToken.generate().text,
            ]
            if let target = entry.reversesPosition { row["note"] = "冲销第 \(target) 笔" }
            if reversed.contains(stored.position) { row["note"] = "已冲销" }
            if content.keeps, entry.kind != .reversal, !reversed.contains(stored.position) { row["reversible"] = true }
            return row
        }
        let waiting = content.waiting.map { pending -> [String: Any] in
            var row: [String: Any] = [
                "id": pending.id.uuidString.lowercased(), "pairing": pairingNames[pending.entry.pairingId] ?? "\(pending.entry.pairingId)",
                "year": pending.entry.year, "amount": AmountText.yuan(pending.entry.amountFen), "date": pending.entry.entryDate.description,
                "document": pending.entry.documentNumber, "csrf": csrf,
            ]
            if content.keeps { row[pending.requestedByKey == content.reader ? "mine" : "confirmable"] = true }
            return row
        }
        let typedKind = typed["kind"] ?? ""
        var values: [String: Any] = [
            "year": content.year, "balances": balances, "entries": entries, "hasEntries": !entries.isEmpty, "csrf": csrf,
            "pairingName": content.pairing.flatMap { pairingNames[$0] } ?? "", "pairing": content.pairing ?? 0,
            "waiting": waiting, "hasWaiting": !waiting.isEmpty, "keeps": content.keeps, "threshold": AmountText.yuan(content.thresholdFen),
            "hasProblems": !problems.isEmpty, "problems": problems, "once": ConsoleToken.generate().text,
            "pairings": content.report.pairings.map { line -> [String: Any] in
                var option: [String: Any] = ["id": line.pairingId, "name": pairingNames[line.pairingId] ?? "\(line.pairingId)"]
                if line.pairingId == selectedPairing { option["selected"] = true }
                return option
            },
            "kinds": [LedgerEntryKind.commitment, .transfer, .expenditure].map { kind -> [String: Any] in
                var option: [String: Any] = ["code": kind.rawValue, "label": label("ledger_entry_kind", kind.rawValue)]
                if kind.rawValue == typedKind { option["selected"] = true }
                return option
            },
            "projects": content.projects.map { ["id": $0.id.uuidString.lowercased(), "title": $0.title] },
            "typedYear": typed["year"] ?? "\(content.year)", "typedAmount": typed["amount_yuan"] ?? "",
            "typedDate": typed["entry_date"] ?? content.today.description, "typedDocument": typed["document_number"] ?? "",
        ]
        if let next = content.nextAfter { values["next"] = next }
        if let notice { values["notice"] = notice }
        return render("ledger", values)
    }

    func ledgerVerification(_ verification: LedgerRepository.Verification) -> String {
        var values: [String: Any] = ["entries": AmountText.grouped(verification.entries), "head": LedgerHash.hex(verification.headHash)]
        if let broken = verification.firstBreak {
            values["broken"] = switch broken {
            case .contentChanged(let position): "第 \(position) 笔的内容与其哈希不符：记账后被改动过。"
            case .linkBroken(let position): "第 \(position) 笔没有接在前一笔之后：有记录被删除或替换。"
            case .gap(let after): "第 \(after) 笔之后缺少一笔记录。"
            }
        }
        return render("ledgerVerification", values)
    }
}
