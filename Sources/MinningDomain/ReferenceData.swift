/// An ISCO-08 group at any of its four levels.
public struct Occupation: Sendable, Equatable, Codable {
    public let code: String
    public let level: String
    public let parentCode: String?
    public let nameEn: String
    public let nameZh: String

    public init(code: String, level: String, parentCode: String?, nameEn: String, nameZh: String) {
        self.code = code
        self.level = level
        self.parentCode = parentCode
        self.nameEn = nameEn
        self.nameZh = nameZh
    }
}

/// A GB/T 4754-2017 section.
public struct Industry: Sendable, Equatable, Codable {
    public let code: String
    public let nameZh: String
    public let nameEn: String

    public init(code: String, nameZh: String, nameEn: String) {
        self.code = code
        self.nameZh = nameZh
        self.nameEn = nameEn
    }
}

/// 结对帮扶: a Fujian city or county assisting a Ningxia county over a span of years.
/// East–west cooperation with Ningxia (闽宁协作), or Fujian's own 山海协作 (§二十七) between a
/// better-off county and a mountain county, judged the same way.
public enum PairingKind: String, CaseIterable, Sendable, Codable {
    case eastWest = "east_west"
    case mountainSea = "mountain_sea"
}

public struct Pairing: Sendable, Equatable, Codable {
    /// What ledger entries and projects name the pairing by.
    public let id: Int
    public let fujianRegionCode: String
    public let ningxiaRegionCode: String
    public let startYear: Int
    public let endYear: Int?
    /// `sourced` when a public source gives it, `illustrative` otherwise.
    public let basis: String
    public let source: String
    /// For `mountainSea`, `ningxiaRegionCode` holds the receiving side: a Fujian mountain county.
    public let kind: PairingKind

    public init(
        id: Int, fujianRegionCode: String, ningxiaRegionCode: String, startYear: Int, endYear: Int?, basis: String, source: String,
        kind: PairingKind = .eastWest
    ) {
        self.kind = kind
        self.id = id
        self.fujianRegionCode = fujianRegionCode
        self.ningxiaRegionCode = ningxiaRegionCode
        self.startYear = startYear
        self.endYear = endYear
        self.basis = basis
        self.source = source
    }
}

extension Pairing {
    /// Whether the pairing runs in `year`.
    public func runs(in year: Int) -> Bool { startYear <= year && (endYear ?? 2100) >= year }

    /// The provinces' own pairing (福建→宁夏): its assessment counts the records of every pairing of
    /// its kind between the two provinces, its own among them.
    public var isProvincePair: Bool { fujianRegionCode.hasSuffix("0000") && ningxiaRegionCode.hasSuffix("0000") }
}
