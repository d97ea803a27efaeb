/// Industrial parks in a year: what moved in, what it invested, the jobs it gave and to whom.
public struct ParksReport: Sendable, Equatable {
    public struct Line: Sendable, Equatable {
        public let parkName: String
        public let regionCode: String
        public let regionName: String
        public let enterprises: Int
        public let relocatedFromFujian: Int
        public let investmentFen: Int
        public let jobs: Int
        public let localHires: Int
        public let priorityHires: Int
        public let outputValueFen: Int

        public init(parkName: String, regionCode: String, regionName: String, enterprises: Int, relocatedFromFujian: Int, investmentFen: Int,
                    jobs: Int, localHires: Int, priorityHires: Int, outputValueFen: Int) {
            self.parkName = parkName
            self.regionCode = regionCode
            self.regionName = regionName
            self.enterprises = enterprises
            self.relocatedFromFujian = relocatedFromFujian
            self.investmentFen = investmentFen
            self.jobs = jobs
            self.localHires = localHires
            self.priorityHires = priorityHires
            self.outputValueFen = outputValueFen
        }
    }

    public let year: Int
    public let parks: [Line]

    public init(year: Int, parks: [Line]) {
        self.year = year
        self.parks = parks
    }

    public var totals: Line {
        parks.reduce(Line(parkName: "合计", regionCode: "", regionName: "", enterprises: 0, relocatedFromFujian: 0, investmentFen: 0, jobs: 0,
                          localHires: 0, priorityHires: 0, outputValueFen: 0)) { sum, line in
            Line(parkName: "合计", regionCode: "", regionName: "", enterprises: sum.enterprises + line.enterprises,
                 relocatedFromFujian: sum.relocatedFromFujian + line.relocatedFromFujian, investmentFen: sum.investmentFen + line.investmentFen,
                 jobs: sum.jobs + line.jobs, localHires: sum.localHires + line.localHires, priorityHires: sum.priorityHires + line.priorityHires,
                 outputValueFen: sum.outputValueFen + line.outputValueFen)
        }
    }

    public func csv() -> String {
        var rows = ["\u{FEFF}园区,所在地,所在地代码,入园企业,自福建转移,投资额(元),就业岗位,本地用工,脱贫和监测户用工,产值(元)"]
        for line in parks + [totals] {
            rows.append([line.parkName, line.regionName, line.regionCode, "\(line.enterprises)", "\(line.relocatedFromFujian)", FundsReport.yuan(line.investmentFen),
                         "\(line.jobs)", "\(line.localHires)", "\(line.priorityHires)", FundsReport.yuan(line.outputValueFen)].joined(separator: ","))
        }
        return rows.joined(separator: "\r\n") + "\r\n"
    }
}
