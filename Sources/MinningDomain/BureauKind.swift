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
    public func regionProblem(_ region: RegionCode) -> Message? {
        switch self {
        case .originLaborBureau where !region.isOriginSide: .bureauRegion(self)
        case .destinationLaborBureau where !region.isInFujian: .bureauRegion(self)
        case .cooperationOffice where !(region.isInFujian || region.isInNingxia): .bureauRegion(self)
        default: nil
        }
    }
}
