/// A GB/T 2260 administrative division code: six digits, `PP0000` a province,
/// `PPCC00` a prefecture, `PPCCDD` a county-level division.
///
/// Scope checks compare codes by prefix, so the level decides how many digits are significant.
public struct RegionCode: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: String

    /// Accepts exactly six ASCII digits with a non-zero province part.
    public init?(_ text: String) {
        guard text.utf8.count == 6,
              text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
              !text.hasPrefix("00")
        else { return nil }
        self.rawValue = text
    }

    public var description: String { rawValue }

    public var level: RegionLevel {
        if rawValue.hasSuffix("0000") { return .province }
        if rawValue.hasSuffix("00") { return .prefecture }
        return .county
    }

    /// The significant digits: every region under this one starts with them.
    public var scopePrefix: String {
        switch level {
        case .province: String(rawValue.prefix(2))
        case .prefecture: String(rawValue.prefix(4))
        case .county: rawValue
        }
    }

    /// The two-digit province part, e.g. `64` for Ningxia.
    public var provincePrefix: String { String(rawValue.prefix(2)) }

    public var province: RegionCode { RegionCode(provincePrefix + "0000")! }

    /// True when `other` is this region or lies under it.
    public func contains(_ other: RegionCode) -> Bool {
        other.rawValue.hasPrefix(scopePrefix)
    }

    public static func < (lhs: RegionCode, rhs: RegionCode) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension RegionCode {
    public static let fujian = RegionCode("350000")!
    public static let ningxia = RegionCode("640000")!

    public var isInFujian: Bool { provincePrefix == Self.fujian.provincePrefix }
    public var isInNingxia: Bool { provincePrefix == Self.ningxia.provincePrefix }

    /// Provinces that send workers under east–west labour cooperation (东西部劳务协作):
    /// Ningxia, and the central and western provinces named in the foundation issue.
    public static let originProvincePrefixes: Set<String> = [
        "64",  // 宁夏
        "14", "34", "36", "41", "42", "43",  // 山西 安徽 江西 河南 湖北 湖南
        "15", "45", "50", "51", "52", "53", "54", "61", "62", "63", "65",  // 内蒙古 广西 重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 新疆
    ]

    public var isOriginSide: Bool { Self.originProvincePrefixes.contains(provincePrefix) }
}
