import Foundation

/// One worker per line, with the API's field names as columns. Skills are written
/// `code[:certificate[:level]]`, several separated by `|`: `7533:缝纫工:4|8153`.
public enum WorkerCSVFormat {
    public static let header = CSVHeader(
        required: [
            "name", "id_number", "phone", "origin_region_code", "education", "poverty_status",
            "expected_monthly_wage_fen", "needs_housing", "available_from",
            "consent_given_on", "consent_method", "consent_recorded_by",
        ],
        optional: ["monitored_kind", "skills", "preferred_destinations", "preferred_occupations", "consent_scope"],
        ignored: ["id", "registered_at"],
        chinese: [
            "name": "姓名", "id_number": "身份证号", "phone": "手机号", "origin_region_code": "户籍县区代码",
            "education": "学历", "poverty_status": "帮扶身份", "monitored_kind": "监测对象类型",
            "skills": "技能（职业代码:证书:等级）", "preferred_destinations": "意向就业地代码", "preferred_occupations": "意向职业代码",
            "expected_monthly_wage_fen": "期望月薪（元）", "needs_housing": "需要住宿", "available_from": "可到岗日期",
            "consent_given_on": "授权日期", "consent_method": "授权方式", "consent_recorded_by": "授权经办人", "consent_scope": "授权范围",
            "id": "编号", "registered_at": "登记时间",
        ],
        templateOrder: [
            "name", "id_number", "phone", "origin_region_code", "education", "poverty_status", "monitored_kind", "skills",
            "preferred_destinations", "preferred_occupations", "expected_monthly_wage_fen", "needs_housing", "available_from",
            "consent_given_on", "consent_method", "consent_recorded_by", "consent_scope",
        ]
    )

    /// What consent covers when the file does not say: the purpose the platform exists for.
    public static let defaultConsentScope = "闽宁协作劳务对接：就业匹配、岗位推荐与稳岗跟踪"

    public static func parse(_ reader: inout CSVRecordReader, today: CalendarDay) -> NewWorker? {
        let name = reader.string("name", maxLength: 50)
        let idNumber = readIDNumber(&reader, today: today)
        let phone = readPhone(&reader, required: true)
        let region = reader.regionCode("origin_region_code")
        let cells = readProfileCells(&reader)
        let consentGivenOn = reader.date("consent_given_on")
        let consentMethod = reader.oneOf("consent_method", ConsentMethod.self, term: "consent_method")
        let recordedBy = reader.string("consent_recorded_by", maxLength: 50)
        let consentScope = reader.string("consent_scope", required: false, maxLength: 200) ?? defaultConsentScope
        guard reader.issues.isEmpty, let name, let idNumber, let phone, let region, let cells, let consentGivenOn, let consentMethod, let recordedBy
        else { return nil }
        let profile = cells.profile(originRegion: region, status: .available)
        let consent = Consent(givenOn: consentGivenOn, scope: consentScope, method: consentMethod, recordedBy: recordedBy)
        do {
            return try NewWorker(name: name, idNumber: idNumber, phone: phone, profile: profile, consent: consent, today: today)
        } catch DomainError.invalid(let issues) {
            issues.forEach { reader.add($0) }
            return nil
        } catch {
            reader.add(FieldIssue(field: "line", message: .lineUnreadable(detail: "\(error)")))
            return nil
        }
    }

    /// The profile's columns both a registration and a change read, by the same rules.
    struct ProfileCells {
        let education: EducationLevel
        let poverty: PovertyStatus
        let monitoredKind: MonitoredKind?
        let skills: [Skill]
        let destinations: [RegionCode]
        let occupations: [String]
        let wageFen: Int
        let needsHousing: Bool
        let availableFrom: CalendarDay

        func profile(originRegion: RegionCode, status: WorkerStatus) -> WorkerProfile {
            WorkerProfile(
                originRegion: originRegion, education: education, povertyStatus: poverty, monitoredKind: monitoredKind,
                skills: skills, preferredDestinations: destinations, preferredOccupations: occupations,
                expectedMonthlyWageFen: wageFen, needsHousing: needsHousing, availableFrom: availableFrom, status: status
            )
        }
    }

    /// Nil when a required cell is missing or bad; the problems are in `reader`.
    static func readProfileCells(_ reader: inout CSVRecordReader) -> ProfileCells? {
        let education = reader.oneOf("education", EducationLevel.self, term: "education")
        let poverty = reader.oneOf("poverty_status", PovertyStatus.self, term: "poverty_status")
        let monitoredKind = reader.oneOf("monitored_kind", MonitoredKind.self, term: "monitored_kind", required: false)
        let skills = readSkills(&reader)
        let destinations = readDestinations(&reader)
        let occupations = reader.list("preferred_occupations", maxCount: 50)
        let wage = reader.money("expected_monthly_wage_fen", in: 0...WorkerProfile.maximumWageFen)
        let housing = reader.boolean("needs_housing")
        let availableFrom = reader.date("available_from")
        guard let education, let poverty, let wage, let housing, let availableFrom else { return nil }
        return ProfileCells(
            education: education, poverty: poverty, monitoredKind: monitoredKind, skills: skills, destinations: destinations,
            occupations: occupations, wageFen: wage, needsHousing: housing, availableFrom: availableFrom
        )
    }

    static func readPhone(_ reader: inout CSVRecordReader, required: Bool) -> String? {
        let phone = reader.string("phone", required: required, maxLength: 11)
        if let phone, !NewWorker.isMobilePhone(phone) {
            reader.add(FieldIssue(field: "phone", message: .notMobile))
        }
        return phone
    }

    static func readDestinations(_ reader: inout CSVRecordReader) -> [RegionCode] {
        reader.list("preferred_destinations", maxCount: 50).enumerated().compactMap { index, text in
            let code = RegionCode(text)
            if code == nil { reader.add(FieldIssue(field: "preferred_destinations[\(index)]", message: .notRegionCode)) }
            return code
        }
    }

    private static func readIDNumber(_ reader: inout CSVRecordReader, today: CalendarDay) -> CitizenIDNumber? {
        guard let text = reader.string("id_number", maxLength: 18) else { return nil }
        do {
            return try CitizenIDNumber(text, today: today.noonInChina)
        } catch {
            reader.add(FieldIssue(field: "id_number", message: .idNumber(error)))
            return nil
        }
    }

    static func readSkills(_ reader: inout CSVRecordReader) -> [Skill] {
        reader.list("skills", maxCount: 50).enumerated().compactMap { index, item in
            let parts = item.split(separator: ":", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
            guard parts.count <= 3 else {
                reader.add(FieldIssue(field: "skills[\(index)]", message: .skillSyntax))
                return nil
            }
            let certificate = parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil
            var level: Int?
            if parts.count > 2, !parts[2].isEmpty {
                level = Int(parts[2])
                if level == nil { reader.add(FieldIssue(field: "skills[\(index)].level", message: .certificateLevel)) }
            }
            if let certificate, certificate.count > 200 {
                reader.add(FieldIssue(field: "skills[\(index)].certificate", message: .tooLong(max: 200)))
            }
            return Skill(occupationCode: parts[0], certificate: certificate, level: level)
        }
    }
}
