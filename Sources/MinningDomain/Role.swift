/// What an API key may do. A key carries exactly one role.
public enum Role: String, CaseIterable, Sendable, Codable {
    /// Operates the service: bureaus, keys, everything in every region.
    case admin
    /// A labour bureau on the sending side (Ningxia, or a central/western province).
    case originBureau = "origin_bureau"
    /// A Fujian labour bureau that registers employers and vacancies.
    case destinationBureau = "destination_bureau"
    /// 闽宁协作办: records funds, projects, parks and subsidy decisions.
    case cooperationOffice = "cooperation_office"
    /// Reads reports only (coordination meeting, auditors).
    case observer
}
