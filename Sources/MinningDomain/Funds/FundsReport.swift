/// The funds report for one year, as the coordination meeting reads it. Rates are per mille and
/// nil where the base is zero.
public struct FundsReport: Sendable, Equatable {
    public struct PairingLine: Sendable, Equatable {
        public let pairingId: Int
        public let fujianRegionCode: String
        public let fujianRegionName: String
        public let ningxiaRegionCode: String
        public let ningxiaRegionName: String
        public let keyAssistanceCounty: Bool
        public let balance: FundsBalance
        public let kind: PairingKind

        public init(pairingId: Int, fujianRegionCode: String, fujianRegionName: String, ningxiaRegionCode: String,
                    ningxiaRegionName: String, keyAssistanceCounty: Bool, balance: FundsBalance, kind: PairingKind = .eastWest) {
            self.kind = kind
            self.pairingId = pairingId
            self.fujianRegionCode = fujianRegionCode
            self.fujianRegionName = fujianRegionName
            self.ningxiaRegionCode = ningxiaRegionCode
            self.ningxiaRegionName = ningxiaRegionName
            self.keyAssistanceCounty = keyAssistanceCounty
            self.balance = balance
        }

        public var transferRatePerMille: Int? { Self.rate(balance.transferredFen, of: balance.committedFen) }
        public var spendRatePerMille: Int? { Self.rate(balance.spentFen, of: balance.transferredFen) }

        static func rate(_ part: Int, of whole: Int) -> Int? { whole == 0 ? nil : part * 1_000 / whole }
    }

    public let year: Int
    public let pairings: [PairingLine]
    /// Spent on projects, by category; spending not tied to a project is `nil`'s line.
    public let spentByCategory: [(category: ProjectCategory?, fen: Int)]
    public let ledgerHeadHash: String

    /// One line per county of the report giving to mountain counties this year, by code.
    public let mountainSeaFloor: [FloorLine]

    public init(
        year: Int, pairings: [PairingLine], spentByCategory: [(category: ProjectCategory?, fen: Int)], ledgerHeadHash: String,
        mountainSeaFloor: [FloorLine] = []
    ) {
        self.mountainSeaFloor = mountainSeaFloor
        self.year = year
        self.pairings = pairings
        self.spentByCategory = spentByCategory
        self.ledgerHeadHash = ledgerHeadHash
    }

    public var totals: FundsBalance {
        pairings.reduce(FundsBalance()) { sum, line in
            FundsBalance(
                committedFen: sum.committedFen + line.balance.committedFen, transferredFen: sum.transferredFen + line.balance.transferredFen,
                spentFen: sum.spentFen + line.balance.spentFen
            )
        }
    }

    /// §二十七: a better-off county transfers at least ¥12 million a year to its mountain counties.
    public static let mountainSeaFloorFen = 1_200_000_000

    /// A better-off county's transfers to all its 山海协作 partners in the whole year, against the floor.
    public struct FloorLine: Sendable, Equatable {
        public let regionCode: String
        public let regionName: String
        public let transferredFen: Int
        public var belowFloor: Bool { transferredFen < FundsReport.mountainSeaFloorFen }

        public init(regionCode: String, regionName: String, transferredFen: Int) {
            self.regionCode = regionCode
            self.regionName = regionName
            self.transferredFen = transferredFen
        }
    }

    /// Share of the year's spending that went to national key assistance counties, per mille.
    public var keyCountySpendSharePerMille: Int? {
        let keySpent = pairings.filter(\.keyAssistanceCounty).reduce(0) { $0 + $1.balance.spentFen }
        return PairingLine.rate(keySpent, of: totals.spentFen)
    }

    public static func == (lhs: FundsReport, rhs: FundsReport) -> Bool {
        lhs.year == rhs.year && lhs.pairings == rhs.pairings && lhs.ledgerHeadHash == rhs.ledgerHeadHash
            && lhs.spentByCategory.map(\.category) == rhs.spentByCategory.map(\.category) && lhs.spentByCategory.map(\.fen) == rhs.spentByCategory.map(\.fen)
    }

    /// CSV for Excel: a UTF-8 byte-order mark, Chinese headers, money in yuan with two decimals
    /// computed from fen by integer arithmetic (never floating point).
    public func csv() -> String {
        var lines = ["\u{FEFF}结对编号,协作类型,帮扶方,帮扶方代码,受援方,受援方代码,国家重点帮扶县,承诺(元),到位(元),支出(元),结余(元),到位率(‰),支出率(‰)"]
        for line in pairings {
            let b = line.balance
            lines.append([
                String(line.pairingId), line.kind == .mountainSea ? "山海协作" : "东西部协作", line.fujianRegionName, line.fujianRegionCode, line.ningxiaRegionName, line.ningxiaRegionCode,
                line.keyAssistanceCounty ? "是" : "否", Self.yuan(b.committedFen), Self.yuan(b.transferredFen), Self.yuan(b.spentFen),
                Self.yuan(b.availableFen), line.transferRatePerMille.map(String.init) ?? "", line.spendRatePerMille.map(String.init) ?? "",
            ].joined(separator: ","))
        }
        let t = totals
        lines.append(["合计", "", "", "", "", "", "", Self.yuan(t.committedFen), Self.yuan(t.transferredFen), Self.yuan(t.spentFen), Self.yuan(t.availableFen), "", ""].joined(separator: ","))
        for floor in mountainSeaFloor where floor.belowFloor {
            lines.append("山海协作年度拨付低于 1200 万元下限：\(floor.regionName)（\(floor.regionCode)）拨付 \(Self.yuan(floor.transferredFen)) 元")
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// Fen as yuan text: 123456 → "1234.56", -5 → "-0.05".
    public static func yuan(_ fen: Int) -> String {
        let sign = fen < 0 ? "-" : ""
        let magnitude = fen.magnitude
        let cents = magnitude % 100
        return "\(sign)\(magnitude / 100).\(cents < 10 ? "0" : "")\(cents)"
    }
}
