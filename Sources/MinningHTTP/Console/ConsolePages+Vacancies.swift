import MinningDomain
import MinningPersistence
import MinningServices

extension ConsolePages {
    /// "7533 缝纫工": the code a clerk types, with the name the classification gives it.
    static func occupation(_ code: String, _ names: [String: String]) -> String {
        names[code].map { "\(code) \($0)" } ?? code
    }

    func vacancies(_ vacancies: [VacancyRecord], regionNames: [String: String], occupationNames: [String: String], postable: Bool) -> String {
        let rows = vacancies.map { vacancy -> [String: Any] in
            let terms = vacancy.terms
            let code = terms.workRegion.rawValue
            return [
                "id": vacancy.id.uuidString.lowercased(), "title": terms.title, "occupation": Self.occupation(terms.occupationCode, occupationNames),
                "region": regionNames[code].map { "\($0)（\(code)）" } ?? code, "openings": terms.openings,
                "wage": "\(AmountText.yuan(terms.wageMinFen))–\(AmountText.yuan(terms.wageMaxFen))",
                "status": Vocabulary.label("vacancy_status", terms.status.rawValue, in: .zh) ?? terms.status.rawValue,
                "closesOn": terms.closesOn.description,
            ]
        }
        return render("vacancies", ["rows": rows, "hasRows": !rows.isEmpty, "count": rows.count, "postable": postable])
    }

    func vacancy(
        _ vacancy: VacancyRecord, candidates: [(worker: MatchWorker, explanation: MatchExplanation)]?, role: Role, today: CalendarDay,
        regionNames: [String: String], occupationNames: [String: String], csrf: String, notice: String? = nil
    ) -> String {
        let terms = vacancy.terms
        func region(_ code: String) -> String { regionNames[code].map { "\($0)（\(code)）" } ?? code }
        func label(_ term: String, _ code: String) -> String { Vocabulary.label(term, code, in: .zh) ?? code }
        let facts: [[String: String]] = [
            ["name": "职业", "value": Self.occupation(terms.occupationCode, occupationNames)], ["name": "工作地", "value": region(terms.workRegion.rawValue)],
            ["name": "招聘人数", "value": "\(terms.openings)"],
            ["name": "月薪（元）", "value": "\(AmountText.yuan(terms.wageMinFen))–\(AmountText.yuan(terms.wageMaxFen))"],
            ["name": "住宿", "value": terms.housingProvided ? "包住" : "不包住"], ["name": "餐食", "value": terms.mealsProvided ? "包吃" : "不包吃"],
            ["name": "年龄", "value": "\(terms.minAge)–\(terms.maxAge) 岁"], ["name": "最低学历", "value": label("education", terms.minEducation.rawValue)],
            ["name": "所需证书", "value": terms.requiredCertificates.isEmpty ? "无" : terms.requiredCertificates.map { Self.occupation($0, occupationNames) }.joined(separator: "、")],
            ["name": "上岗日期", "value": terms.startsOn.description], ["name": "截止日期", "value": terms.closesOn.description],
            ["name": "状态", "value": label("vacancy_status", terms.status.rawValue)],
        ]
        var values: [String: Any] = ["title": terms.title, "facts": facts]
        if let notice { values["notice"] = notice }
        if let candidates {
            values["hasCandidates"] = !candidates.isEmpty
            values["noCandidates"] = candidates.isEmpty
            values["candidates"] = candidates.map { worker, explanation -> [String: Any] in
                let profile = worker.profile
                let age = worker.birthDate.map { $0.years(until: today) } ?? today.year - worker.birthYear
                return [
                    "id": worker.id.uuidString.lowercased(), "age": age, "origin": region(profile.originRegion.rawValue),
                    "education": label("education", profile.education.rawValue), "wage": AmountText.yuan(profile.expectedMonthlyWageFen),
                    "housing": profile.needsHousing ? "需要" : "不需要", "availableFrom": profile.availableFrom.description,
                    "why": ConsoleExplanation.text(explanation, for: role), "csrf": csrf, "once": ConsoleToken.generate().text,
                    "vacancy": vacancy.id.uuidString.lowercased(),
                ]
            }
        }
        return render("vacancy", values)
    }
}
