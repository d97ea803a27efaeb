import Foundation
import MinningDomain

extension ConsolePages {
    func parks(
        _ parks: [ParkRecord], keeps: Bool, regionNames: [String: String], csrf: String, today: CalendarDay, notice: String?, problems: [String],
        typed: [String: String]
    ) -> String {
        let rows = parks.map { park -> [String: Any] in
            let code = park.region.rawValue
            return ["id": park.id.uuidString.lowercased(), "name": park.name, "region": regionNames[code].map { "\($0)（\(code)）" } ?? code,
                    "established": park.establishedOn.description]
        }
        var values: [String: Any] = [
            "rows": rows, "hasRows": !rows.isEmpty, "keeps": keeps, "csrf": csrf, "once": ConsoleToken.generate().text,
            "hasProblems": !problems.isEmpty, "problems": problems, "name": typed["name"] ?? "", "region": typed["region_code"] ?? "",
            "established": typed["established_on"] ?? today.description,
        ]
        if let notice { values["notice"] = notice }
        return render("parks", values)
    }

    func park(
        _ park: ParkRecord, enterprises: [ParkEnterpriseRecord], facts: [UUID: (arrivedFen: Int, latest: Headcount?)], keeps: Bool, regionNames: [String: String], industryNames: [String: String],
        csrf: String, today: CalendarDay, notice: String?, problems: [String], typed: [String: String]
    ) -> String {
        func region(_ code: String) -> String { regionNames[code].map { "\($0)（\(code)）" } ?? code }
        let rows = enterprises.map { enterprise -> [String: Any] in
            [
                "id": enterprise.id.uuidString.lowercased(), "park": park.id.uuidString.lowercased(), "name": enterprise.name,
                "creditCode": enterprise.creditCode, "from": enterprise.relocatedFrom.map { region($0.rawValue) } ?? "—",
                "industry": industryNames[enterprise.industryCode].map { "\(enterprise.industryCode) \($0)" } ?? enterprise.industryCode,
                "investment": AmountText.yuan(enterprise.investmentFen), "entered": enterprise.enteredOn.description, "csrf": csrf,
                "year": today.year, "keeps": keeps, "today": today.description, "once": ConsoleToken.generate().text,
                "arrived": AmountText.yuan(facts[enterprise.id]?.arrivedFen ?? 0),
                "headcount": facts[enterprise.id]?.latest.map { "\($0.jobs) 人（脱贫人口 \($0.liftedJobs) 人，\($0.countedOn)）" } ?? "—",
            ]
        }
        var values: [String: Any] = [
            "id": park.id.uuidString.lowercased(), "name": park.name, "region": region(park.region.rawValue), "established": park.establishedOn.description,
            "rows": rows, "hasRows": !rows.isEmpty, "keeps": keeps, "csrf": csrf, "once": ConsoleToken.generate().text,
            "hasProblems": !problems.isEmpty, "problems": problems,
            "typedName": typed["name"] ?? "", "typedCode": typed["credit_code"] ?? "", "typedFrom": typed["relocated_from_region_code"] ?? "",
            "typedInvestment": typed["investment_yuan"] ?? "", "typedEntered": typed["entered_on"] ?? today.description,
            "industries": industryNames.filter { $0.key.count == 1 }.sorted { $0.key < $1.key }.map { code, name -> [String: Any] in
                var option: [String: Any] = ["code": code, "label": "\(code) \(name)"]
                if code == typed["industry_code"] { option["selected"] = true }
                return option
            },
        ]
        if let notice { values["notice"] = notice }
        return render("park", values)
    }
}
