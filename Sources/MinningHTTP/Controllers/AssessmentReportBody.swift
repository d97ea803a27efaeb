import MinningDomain

/// `GET /v1/reports/assessment`: each pairing's targets beside its actuals. A figure that does not
/// exist (no target set, no records kept, no previous year) is left out rather than sent as 0.
struct AssessmentReportBody: Encodable, Sendable {
    struct Line: Encodable, Sendable {
        let metric: String
        let aspect: String
        let target: Int?
        let actual: Int?
        let previousActual: Int?
        let completionPerMille: Int?
        let change: Int?
    }

    struct PairingLines: Encodable, Sendable {
        let pairingId: Int
        let kind: String
        let fujianRegionCode: String
        let fujianRegionName: String
        let ningxiaRegionCode: String
        let ningxiaRegionName: String
        let lines: [Line]
    }

    let year: Int
    let pairings: [PairingLines]

    init(_ report: AssessmentReport) {
        year = report.year
        pairings = report.entries.map { entry in
            PairingLines(
                pairingId: entry.pairing.id, kind: entry.pairing.kind.rawValue, fujianRegionCode: entry.pairing.fujianRegionCode, fujianRegionName: entry.fujianName,
                ningxiaRegionCode: entry.pairing.ningxiaRegionCode, ningxiaRegionName: entry.ningxiaName,
                lines: entry.assessment.lines.map { line in
                    Line(metric: line.metric.rawValue, aspect: line.metric.aspect.rawValue, target: line.target, actual: line.actual,
                         previousActual: line.previousActual, completionPerMille: line.completionPerMille, change: line.change)
                }
            )
        }
    }
}
