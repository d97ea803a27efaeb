/// The regions a caller may see and change.
public enum Scope: Sendable, Equatable {
    /// Admins: every region.
    case everywhere
    /// A bureau: its region and every region under it by GB/T 2260 prefix.
    case region(RegionCode)

    public func contains(_ code: RegionCode) -> Bool {
        switch self {
        case .everywhere: true
        case .region(let root): root.contains(code)
        }
    }

    /// The code prefix a query filters on; empty means no filter.
    public var codePrefix: String {
        switch self {
        case .everywhere: ""
        case .region(let root): root.scopePrefix
        }
    }
}
