/// A GB/T 2260 division as stored in the reference table.
public struct Region: Sendable, Equatable, Codable {
    public let code: String
    public let nameZh: String
    public let level: RegionLevel
    public let parentCode: String?
    /// 国家乡村振兴重点帮扶县.
    public let keyAssistanceCounty: Bool

    public init(code: String, nameZh: String, level: RegionLevel, parentCode: String?, keyAssistanceCounty: Bool) {
        self.code = code
        self.nameZh = nameZh
        self.level = level
        self.parentCode = parentCode
        self.keyAssistanceCounty = keyAssistanceCounty
    }
}
