/// The kind of organisation a bureau is. It fixes which roles its keys may carry
/// and on which side of the cooperation its region must lie.
public enum BureauKind: String, CaseIterable, Sendable, Codable {
    case originLaborBureau = "origin_labor_bureau"
    case destinationLaborBureau = "destination_labor_bureau"
    case cooperationOffice = "cooperation_office"
    /// Coordination meeting secretariat, auditors: read-only.
    case oversight
    /// The team that runs Minning.
    case serviceOperator = "operator"

    /// Every kind may hold read-only observer keys next to its working role,
    /// so a bureau can give its auditors access without write rights.
    public var allowedRoles: Set<Role> {
        switch self {
        case .originLaborBureau: [.originBureau, .observer]
        case .destinationLaborBureau: [.destinationBureau, .observer]
        case .cooperationOffice: [.cooperationOffice, .observer]
        case .oversight: [.observer]
        case .serviceOperator: [.admin, .observer]
        }
    }

    /// Why `region` cannot host a bureau of this kind, or nil when it can.
    public func regionProblem(_ region: RegionCode) -> String? {
        switch self {
        case .originLaborBureau where !region.isOriginSide:
            "an origin labor bureau must be in Ningxia or a central or western province"
        case .destinationLaborBureau where !region.isInFujian:
            "a destination labor bureau must be in Fujian"
        case .cooperationOffice where !(region.isInFujian || region.isInNingxia):
            "a cooperation office must be in Fujian or Ningxia"
        default:
            nil
        }
    }
}
