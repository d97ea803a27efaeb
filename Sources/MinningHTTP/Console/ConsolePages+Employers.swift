import MinningDomain

extension ConsolePages {
    func employers(_ employers: [EmployerRecord], regionNames: [String: String], industryNames: [String: String], notice: String?) -> String {
        let rows = employers.map { employer -> [String: Any] in
            let code = employer.region.rawValue
            return [
                "name": employer.name, "creditCode": employer.creditCode, "region": regionNames[code].map { "\($0)（\(code)）" } ?? code,
                "industry": industryNames[employer.industryCode].map { "\(employer.industryCode) \($0)" } ?? employer.industryCode,
                "size": Vocabulary.label("employer_size", employer.size.rawValue, in: .zh) ?? employer.size.rawValue,
                "contact": "\(employer.contactName) \(employer.contactPhoneMasked)",
            ]
        }
        var values: [String: Any] = ["rows": rows, "hasRows": !rows.isEmpty]
        if let notice { values["notice"] = notice }
        return render("employers", values)
    }
}
