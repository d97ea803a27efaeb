import Foundation
import MinningDomain

extension ConsolePages {
    func trainingBases(_ bases: [TrainingBaseRecord], regionNames: [String: String], occupationNames: [String: String]) -> String {
        let rows = bases.map { base -> [String: Any] in
            let code = base.region.rawValue
            return [
                "id": base.id.uuidString.lowercased(), "name": base.name, "operator": base.operatorName,
                "region": regionNames[code].map { "\($0)（\(code)）" } ?? code, "capacity": base.capacityPerCohort,
                "occupations": base.occupations.map { Self.occupation($0, occupationNames) }.joined(separator: "、"),
            ]
        }
        return render("trainingBases", ["rows": rows, "hasRows": !rows.isEmpty])
    }

    func trainingBase(
        _ base: TrainingBaseRecord, enrolments: [EnrolmentRecord], workerNames: [UUID: String], regionNames: [String: String],
        occupationNames: [String: String], csrf: String, today: CalendarDay, notice: String?, problems: [String], typed: [String: String]
    ) -> String {
        let code = base.region.rawValue
        let rows = enrolments.map { enrolment -> [String: Any] in
            var row: [String: Any] = [
                "id": enrolment.id.uuidString.lowercased(), "base": base.id.uuidString.lowercased(), "workerId": enrolment.workerId.uuidString.lowercased(),
                "worker": workerNames[enrolment.workerId] ?? "（已撤回授权）", "occupation": Self.occupation(enrolment.occupationCode, occupationNames),
                "dates": "\(enrolment.startsOn)–\(enrolment.endsOn)", "csrf": csrf,
                "outcomes": EnrolmentOutcome.allCases.map { ["code": $0.rawValue, "label": Vocabulary.label("enrolment_outcome", $0.rawValue, in: .zh) ?? $0.rawValue] },
            ]
            if let outcome = enrolment.outcome {
                var text = Vocabulary.label("enrolment_outcome", outcome.rawValue, in: .zh) ?? outcome.rawValue
                if let certificate = enrolment.certificate { text += "：\(certificate)" + (enrolment.level.map { "（\($0) 级）" } ?? "") }
                row["outcome"] = text
            } else {
                row["open"] = true
            }
            return row
        }
        var values: [String: Any] = [
            "id": base.id.uuidString.lowercased(), "name": base.name, "operator": base.operatorName,
            "region": regionNames[code].map { "\($0)（\(code)）" } ?? code, "capacity": base.capacityPerCohort,
            "rows": rows, "hasRows": !rows.isEmpty, "csrf": csrf, "once": ConsoleToken.generate().text,
            "hasProblems": !problems.isEmpty, "problems": problems, "idNumber": typed["id_number"] ?? "",
            "startsOn": typed["starts_on"] ?? today.adding(days: 7).description, "endsOn": typed["ends_on"] ?? today.adding(days: 37).description,
            "occupations": base.occupations.map { occupation -> [String: Any] in
                var option: [String: Any] = ["code": occupation, "label": Self.occupation(occupation, occupationNames)]
                if occupation == typed["occupation_code"] { option["selected"] = true }
                return option
            },
        ]
        if let notice { values["notice"] = notice }
        return render("trainingBase", values)
    }
}
