import MinningDomain
import MinningPersistence

extension ConsolePages {
    func meetings(
        _ meetings: [MeetingRecord], year: Int, today: CalendarDay, pairings: [FundsReport.PairingLine], bureaus: [Bureau], keeps: Bool, csrf: String,
        notice: String?, problems: [String], typed: [String: String]
    ) -> String {
        let pairingNames = Self.pairingNames(pairings)
        func label(_ term: String, _ code: String) -> String { Vocabulary.label(term, code, in: .zh) ?? code }
        let rows = meetings.map { record -> [String: Any] in
            let m = record.meeting
            return [
                "heldOn": m.heldOn.description, "level": label("meeting_level", m.level.rawValue), "place": m.place,
                "pairing": m.pairingId.map { pairingNames[$0] ?? "结对 \($0)" } ?? "两省", "units": m.attendeeUnits.joined(separator: "、"),
                "problems": m.problems, "nextSteps": m.nextSteps, "hasNotes": !(m.problems.isEmpty && m.nextSteps.isEmpty),
                "decisions": record.decisions.map { decision -> [String: Any] in
                    [
                        "position": decision.position, "task": decision.task, "owner": decision.ownerBureauName, "due": decision.dueOn.description,
                        "status": decision.status == .done ? "已办结（\(decision.doneOn?.description ?? "")）" : "办理中",
                        "overdue": decision.isOverdue(today: today), "progress": decision.progress.isEmpty ? "—" : decision.progress,
                    ]
                },
            ]
        }
        var values: [String: Any] = [
            "year": year, "rows": rows, "hasRows": !rows.isEmpty, "keeps": keeps, "csrf": csrf, "once": ConsoleToken.generate().text,
            "hasProblems": !problems.isEmpty, "problems": problems,
            "heldOn": typed["held_on"] ?? "", "place": typed["place"] ?? "", "units": typed["attendee_units"] ?? "",
            "problemsText": typed["problems"] ?? "", "nextSteps": typed["next_steps"] ?? "",
            "levels": Meeting.Level.allCases.map { level -> [String: Any] in
                var option: [String: Any] = ["code": level.rawValue, "label": label("meeting_level", level.rawValue)]
                if level.rawValue == (typed["level"] ?? "province") { option["selected"] = true }
                return option
            },
            "pairings": pairings.map { line -> [String: Any] in
                var option: [String: Any] = ["id": line.pairingId, "name": pairingNames[line.pairingId] ?? "\(line.pairingId)"]
                if "\(line.pairingId)" == typed["pairing_id"] { option["selected"] = true }
                return option
            },
            "decisionRows": (1...ConsoleController.decisionRows).map { row -> [String: Any] in
                [
                    "row": row, "task": typed["task\(row)"] ?? "", "due": typed["due\(row)"] ?? "",
                    "owners": bureaus.map { bureau -> [String: Any] in
                        var option: [String: Any] = ["id": bureau.id.uuidString.lowercased(), "name": bureau.name]
                        if bureau.id.uuidString.lowercased() == typed["owner\(row)"]?.lowercased() { option["selected"] = true }
                        return option
                    },
                ]
            },
        ]
        if let notice { values["notice"] = notice }
        return render("meetings", values)
    }
}
