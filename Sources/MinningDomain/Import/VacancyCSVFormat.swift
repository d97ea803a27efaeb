/// One vacancy per line; the employer is named by its credit code, which a clerk has at hand.
public enum VacancyCSVFormat {
    public static let header = CSVHeader(
        required: [
            "employer_credit_code", "title", "occupation_code", "openings", "wage_min_fen", "wage_max_fen",
            "housing_provided", "meals_provided", "work_region_code", "starts_on", "closes_on",
        ],
        optional: ["min_age", "max_age", "min_education", "required_certificates"],
        chinese: [
            "employer_credit_code": "用人单位信用代码", "title": "岗位名称", "occupation_code": "职业代码", "openings": "招聘人数",
            "wage_min_fen": "月薪下限（元）", "wage_max_fen": "月薪上限（元）", "housing_provided": "提供住宿", "meals_provided": "提供餐食",
            "work_region_code": "工作地县区代码", "starts_on": "到岗日期", "closes_on": "报名截止日期",
            "min_age": "最低年龄", "max_age": "最高年龄", "min_education": "最低学历", "required_certificates": "所需证书",
        ]
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
        let wageMin = reader.money("wage_min_fen", in: 1...WorkerProfile.maximumWageFen)
        let wageMax = reader.money("wage_max_fen", in: 1...WorkerProfile.maximumWageFen)
        let housing = reader.boolean("housing_provided")
        let meals = reader.boolean("meals_provided")
        let region = reader.regionCode("work_region_code")
        let minAge = reader.integer("min_age", required: false, in: 16...65) ?? 16
        let maxAge = reader.integer("max_age", required: false, in: 16...65) ?? 65
        let education = reader.oneOf("min_education", EducationLevel.self, term: "education", required: false) ?? EducationLevel.none
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
