/// One vacancy per line; the employer is named by its credit code, which a clerk has at hand.
public enum VacancyCSVFormat {
    public static let header = CSVHeader(
        required: [
            "employer_credit_code", "title", "occupation_code", "openings", "wage_min_fen", "wage_max_fen",
            "housing_provided", "meals_provided", "work_region_code", "starts_on", "closes_on",
        ],
        optional: ["min_age", "max_age", "min_education", "required_certificates"]
    )

    public struct Row: Sendable {
        public let employerCreditCode: String
        public let terms: VacancyTerms
    }

    public static func parse(_ reader: inout CSVRecordReader) -> Row? {
        let creditCode = reader.string("employer_credit_code", maxLength: 18)
        let title = reader.string("title", maxLength: 200)
        let occupation = reader.string("occupation_code", maxLength: 4)
        let openings = reader.integer("openings", in: 1...10_000)
        let wageMin = reader.integer("wage_min_fen", in: 1...WorkerProfile.maximumWageFen)
        let wageMax = reader.integer("wage_max_fen", in: 1...WorkerProfile.maximumWageFen)
        let housing = reader.boolean("housing_provided")
        let meals = reader.boolean("meals_provided")
        let region = reader.regionCode("work_region_code")
        let minAge = reader.integer("min_age", required: false, in: 16...65) ?? 16
        let maxAge = reader.integer("max_age", required: false, in: 16...65) ?? 65
        let education = reader.oneOf("min_education", EducationLevel.self, required: false) ?? EducationLevel.none
        let certificates = reader.list("required_certificates", maxCount: 20)
        let startsOn = reader.date("starts_on")
        let closesOn = reader.date("closes_on")
        guard reader.issues.isEmpty, let creditCode, let title, let occupation, let openings, let wageMin, let wageMax,
              let housing, let meals, let region, let startsOn, let closesOn
        else { return nil }
        let terms = VacancyTerms(
            title: title, occupationCode: occupation, openings: openings, wageMinFen: wageMin, wageMaxFen: wageMax,
            housingProvided: housing, mealsProvided: meals, workRegion: region, minAge: minAge, maxAge: maxAge,
            minEducation: education, requiredCertificates: certificates, startsOn: startsOn, closesOn: closesOn, status: .open
        )
        let problems = terms.problems()
        guard problems.isEmpty else {
            problems.forEach { reader.add($0) }
            return nil
        }
        return Row(employerCreditCode: creditCode.uppercased(), terms: terms)
    }
}
