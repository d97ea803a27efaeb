/// Labor cooperation figures for a period, as the coordination meeting reads them.
public struct LaborReport: Sendable, Equatable {
    public struct Counts: Sendable, Equatable {
        public var registered = 0
        public var matched = 0
        public var hired = 0
        /// Hired in the period, and still employed three (six) months after starting, counted
        /// only for hires whose third (sixth) month has ended by the period's end.
        public var employed3Months = 0
        public var employed6Months = 0
        public var separated = 0

        public init(registered: Int = 0, matched: Int = 0, hired: Int = 0, employed3Months: Int = 0, employed6Months: Int = 0, separated: Int = 0) {
            self.registered = registered
            self.matched = matched
            self.hired = hired
            self.employed3Months = employed3Months
            self.employed6Months = employed6Months
            self.separated = separated
        }
    }

    public struct Line: Sendable, Equatable {
        public let code: String
        public let name: String
        public let counts: Counts

        public init(code: String, name: String, counts: Counts) {
            self.code = code
            self.name = name
            self.counts = counts
        }
    }

    public let from: CalendarDay
    public let to: CalendarDay
    public let totals: Counts
    public let byOriginProvince: [Line]
    public let byOriginCounty: [Line]
    public let byFujianCity: [Line]
    public let byPovertyStatus: [Line]
    /// Median days from registration to first proposal, and from proposal to hire; nil without data.
    public let medianDaysToProposal: Double?
    public let medianDaysToHire: Double?

    public init(
        from: CalendarDay, to: CalendarDay, totals: Counts, byOriginProvince: [Line], byOriginCounty: [Line], byFujianCity: [Line],
        byPovertyStatus: [Line], medianDaysToProposal: Double?, medianDaysToHire: Double?
    ) {
        self.from = from
        self.to = to
        self.totals = totals
        self.byOriginProvince = byOriginProvince
        self.byOriginCounty = byOriginCounty
        self.byFujianCity = byFujianCity
        self.byPovertyStatus = byPovertyStatus
        self.medianDaysToProposal = medianDaysToProposal
        self.medianDaysToHire = medianDaysToHire
    }

    /// CSV for Excel: BOM, Chinese headers, one block per grouping.
    public func csv() -> String {
        var lines = ["\u{FEFF}分组,代码,名称,登记人数,匹配人数,上岗人数,稳岗满3个月,稳岗满6个月,离岗人数"]
        func add(_ group: String, _ items: [Line]) {
            for item in items {
                let c = item.counts
                lines.append([group, item.code, item.name, "\(c.registered)", "\(c.matched)", "\(c.hired)", "\(c.employed3Months)", "\(c.employed6Months)", "\(c.separated)"].joined(separator: ","))
            }
        }
        add("合计", [Line(code: "", name: "\(from)至\(to)", counts: totals)])
        add("输出省份", byOriginProvince)
        add("输出县区", byOriginCounty)
        add("福建城市", byFujianCity)
        add("脱贫状态", byPovertyStatus)
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
