/// Subsidy claims of a year (by the day they were evaluated on), by policy and status.
public struct SubsidyReport: Sendable, Equatable {
    public struct Line: Sendable, Equatable {
        public let policyCode: String
        public let policyName: String
        public let status: SubsidyClaimStatus
        public let claims: Int
        public let amountFen: Int

        public init(policyCode: String, policyName: String, status: SubsidyClaimStatus, claims: Int, amountFen: Int) {
            self.policyCode = policyCode
            self.policyName = policyName
            self.status = status
            self.claims = claims
            self.amountFen = amountFen
        }
    }

    public let year: Int
    public let lines: [Line]

    public init(year: Int, lines: [Line]) {
        self.year = year
        self.lines = lines
    }

    public func total(_ status: SubsidyClaimStatus) -> (claims: Int, amountFen: Int) {
        lines.filter { $0.status == status }.reduce((0, 0)) { ($0.0 + $1.claims, $0.1 + $1.amountFen) }
    }

    static let statusNames: [SubsidyClaimStatus: String] = [.pending: "待审核", .approved: "已批准", .paid: "已发放", .rejected: "未通过", .withdrawn: "已撤回"]

    public func csv() -> String {
        var rows = ["\u{FEFF}政策代码,政策名称,状态,笔数,金额(元)"]
        for line in lines {
            rows.append([line.policyCode, line.policyName, Self.statusNames[line.status] ?? line.status.rawValue, "\(line.claims)", FundsReport.yuan(line.amountFen)].joined(separator: ","))
        }
        for status in SubsidyClaimStatus.allCases {
            let total = total(status)
            rows.append(["合计", "", Self.statusNames[status] ?? status.rawValue, "\(total.claims)", FundsReport.yuan(total.amountFen)].joined(separator: ","))
        }
        return rows.joined(separator: "\r\n") + "\r\n"
    }
}
