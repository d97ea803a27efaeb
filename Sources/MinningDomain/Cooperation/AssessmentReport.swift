/// The assessment of every pairing of a reader's scope that runs in a year, with the pairings'
/// names for people (GET /v1/reports/assessment and its Chinese CSV).
public struct AssessmentReport: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public let pairing: Pairing
        public let fujianName: String
        public let ningxiaName: String
        public let assessment: Assessment

        public init(pairing: Pairing, fujianName: String, ningxiaName: String, assessment: Assessment) {
            self.pairing = pairing
            self.fujianName = fujianName
            self.ningxiaName = ningxiaName
            self.assessment = assessment
        }
    }

    public let year: Int
    public let entries: [Entry]

    public init(year: Int, entries: [Entry]) {
        self.year = year
        self.entries = entries
    }

    /// One row per pairing and metric, money in 元, rates as percentages; blank where there is no
    /// target, and 尚无记录 where Minning keeps no records of the metric yet.
    public func csv() -> String {
        var rows = ["\u{FEFF}结对,福建方代码,宁夏方代码,方面,指标,协议目标,完成,完成率,\(year - 1)年完成,同比增减"]
        for entry in entries {
            for line in entry.assessment.lines {
                func figure(_ value: Int?) -> String {
                    guard let value else { return "" }
                    return line.metric.isMoney ? FundsReport.yuan(value) : "\(value)"
                }
                rows.append([
                    "\(entry.fujianName)—\(entry.ningxiaName)", entry.pairing.fujianRegionCode, entry.pairing.ningxiaRegionCode,
                    line.metric.aspect.nameZh, line.metric.nameZh, figure(line.target), line.actual == nil ? "尚无记录" : figure(line.actual),
                    line.completionPerMille.map(Assessment.percent) ?? "", figure(line.previousActual), figure(line.change),
                ].joined(separator: ","))
            }
        }
        return rows.joined(separator: "\r\n") + "\r\n"
    }
}
