import Foundation
import MinningDomain
import MinningPersistence

extension FundsReport.PairingLine {
    /// "福清市—西吉县": how a pairing is named on every page.
    var name: String { "\(fujianRegionName)—\(ningxiaRegionName)" }
}

extension ConsolePages {
    /// The pairings of a funds report by id, named as the pages name them.
    static func pairingNames(_ lines: [FundsReport.PairingLine]) -> [Int: String] {
        Dictionary(lines.map { ($0.pairingId, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    static func pairingName(_ pairing: Pairing, _ regionNames: [String: String]) -> String {
        "\(regionNames[pairing.fujianRegionCode] ?? pairing.fujianRegionCode)—\(regionNames[pairing.ningxiaRegionCode] ?? pairing.ningxiaRegionCode)"
    }

    static func figure(_ value: Int?, _ metric: TargetMetric) -> String {
        guard let value else { return "—" }
        return metric.isMoney ? AmountText.yuan(value) : AmountText.grouped(value)
    }

    /// An assessment's lines as the tables show them, grouped under their aspects.
    static func assessmentRows(_ assessment: Assessment) -> [[String: Any]] {
        TargetMetric.Aspect.allCases.map { aspect -> [String: Any] in
            let lines = assessment.lines.filter { $0.metric.aspect == aspect }.map { line -> [String: Any] in
                var row: [String: Any] = [
                    "name": line.metric.nameZh, "target": figure(line.target, line.metric),
                    "actual": line.actual == nil ? "尚无记录" : figure(line.actual, line.metric),
                    "previous": figure(line.previousActual, line.metric),
                    "completion": line.completionPerMille.map(Assessment.percent) ?? "—",
                    "change": line.change.map { ($0 > 0 ? "+" : "") + figure($0, line.metric) } ?? "—",
                ]
                if line.met == false { row["short"] = true }
                return row
            }
            return ["aspect": aspect.nameZh, "lines": lines]
        }
    }

    func assessments(_ assessments: [(pairing: Pairing, assessment: Assessment)], year: Int, regionNames: [String: String], keeps: Bool, notice: String?) -> String {
        let cards = assessments.map { pairing, assessment -> [String: Any] in
            ["name": Self.pairingName(pairing, regionNames), "id": pairing.id, "year": year, "aspects": Self.assessmentRows(assessment),
             "keeps": keeps, "hasTargets": assessment.lines.contains { $0.target != nil }]
        }
        var values: [String: Any] = ["year": year, "cards": cards, "hasCards": !cards.isEmpty, "previousYear": year - 1]
        if let notice { values["notice"] = notice }
        return render("assessments", values)
    }

    func targets(
        _ pairing: Pairing, assessment: Assessment, history: [TargetVersion], regionNames: [String: String], keeps: Bool, csrf: String,
        problems: [String], typed: [String: String]
    ) -> String {
        let fields = assessment.lines.map { line -> [String: Any] in
            let current = line.target.map { line.metric.isMoney ? AmountText.yuan($0) : "\($0)" } ?? ""
            return ["code": line.metric.rawValue, "name": line.metric.nameZh, "aspect": line.metric.aspect.nameZh, "value": typed[line.metric.rawValue] ?? current]
        }
        let versions = history.map { version -> [String: Any] in
            ["name": version.metric.nameZh, "version": version.version, "value": Self.figure(version.value, version.metric), "reason": version.reason,
             "bureau": version.setByBureau, "at": ChinaTime.minute(version.setAt)]
        }
        let values: [String: Any] = [
            "name": Self.pairingName(pairing, regionNames), "id": pairing.id, "year": assessment.year, "aspects": Self.assessmentRows(assessment),
            "fields": fields, "keeps": keeps, "csrf": csrf, "hasProblems": !problems.isEmpty, "problems": problems,
            "reason": typed["reason"] ?? "", "revision": typed["revision"] ?? "\(history.count)", "versions": versions, "hasVersions": !versions.isEmpty, "previousYear": assessment.year - 1,
        ]
        return render("targets", values)
    }
}
