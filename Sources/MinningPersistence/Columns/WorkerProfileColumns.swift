import MinningDomain

/// The one mapping of a `workers` row (aliased `w`) to a `WorkerProfile`: worker records, matching
/// and exports select these columns and decode them here, by name.
enum WorkerProfileColumns {
    static let select = """
        w.origin_region_code, w.education, w.poverty_status, w.monitored_kind, w.preferred_destinations,
        w.preferred_occupations, w.expected_monthly_wage_fen, w.needs_housing, w.available_from, w.status
        """

    static func profile(_ row: NamedRow, skills: [Skill]) throws -> WorkerProfile {
        WorkerProfile(
            originRegion: try row("origin_region_code"),
            education: try row("education"),
            povertyStatus: try row("poverty_status"),
            monitoredKind: try row("monitored_kind"),
            skills: skills,
            preferredDestinations: try row("preferred_destinations"),
            preferredOccupations: try row("preferred_occupations"),
            expectedMonthlyWageFen: try row("expected_monthly_wage_fen"),
            needsHousing: try row("needs_housing"),
            availableFrom: try row("available_from"),
            status: try row("status")
        )
    }
}
