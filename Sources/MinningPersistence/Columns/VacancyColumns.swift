import MinningDomain

/// The one mapping of a `vacancies` row (aliased `v`, joined to its employer `e`) to a
/// `VacancyRecord`: vacancy records and matching select these columns and decode them here, by name.
enum VacancyColumns {
    static let select = """
        v.id, v.employer_id, e.region_code AS employer_region_code, v.title, v.occupation_code, v.openings,
        v.wage_min_fen, v.wage_max_fen, v.housing_provided, v.meals_provided, v.work_region_code, v.min_age, v.max_age,
        v.min_education, v.required_certificates, v.starts_on, v.closes_on, v.status, v.posted_by_bureau, v.version,
        v.created_at, v.updated_at, (extract(epoch FROM v.created_at) * 1000000)::bigint AS created_at_microseconds
        """

    static func record(_ row: NamedRow) throws -> VacancyRecord {
        let terms = VacancyTerms(
            title: try row("title"), occupationCode: try row("occupation_code"), openings: try row("openings"),
            wageMinFen: try row("wage_min_fen"), wageMaxFen: try row("wage_max_fen"),
            housingProvided: try row("housing_provided"), mealsProvided: try row("meals_provided"),
            workRegion: try row("work_region_code"), minAge: try row("min_age"), maxAge: try row("max_age"),
            minEducation: try row("min_education"), requiredCertificates: try row("required_certificates"),
            startsOn: try row("starts_on"), closesOn: try row("closes_on"), status: try row("status")
        )
        return VacancyRecord(
            id: try row("id"), employerId: try row("employer_id"), employerRegion: try row("employer_region_code"),
            terms: terms, postedByBureau: try row("posted_by_bureau"), version: try row("version"),
            createdAt: try row("created_at"), updatedAt: try row("updated_at"),
            createdAtMicroseconds: try row("created_at_microseconds")
        )
    }
}
