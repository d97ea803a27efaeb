import Foundation

public enum VacancyStatus: String, CaseIterable, Sendable, Codable {
    case open
    case closed
}

/// The terms of a vacancy: what matching compares workers against.
public struct VacancyTerms: Sendable, Equatable {
    public var title: String
    public var occupationCode: String
    public var openings: Int
    public var wageMinFen: Int
    public var wageMaxFen: Int
    public var housingProvided: Bool
    public var mealsProvided: Bool
    public var workRegion: RegionCode
    public var minAge: Int
    public var maxAge: Int
    public var minEducation: EducationLevel
    public var requiredCertificates: [String]
    public var startsOn: CalendarDay
    public var closesOn: CalendarDay
    public var status: VacancyStatus

    public init(
        title: String, occupationCode: String, openings: Int, wageMinFen: Int, wageMaxFen: Int, housingProvided: Bool,
        mealsProvided: Bool, workRegion: RegionCode, minAge: Int, maxAge: Int, minEducation: EducationLevel,
        requiredCertificates: [String], startsOn: CalendarDay, closesOn: CalendarDay, status: VacancyStatus
    ) {
        self.title = title
        self.occupationCode = occupationCode
        self.openings = openings
        self.wageMinFen = wageMinFen
        self.wageMaxFen = wageMaxFen
        self.housingProvided = housingProvided
        self.mealsProvided = mealsProvided
        self.workRegion = workRegion
        self.minAge = minAge
        self.maxAge = maxAge
        self.minEducation = minEducation
        self.requiredCertificates = requiredCertificates
        self.startsOn = startsOn
        self.closesOn = closesOn
        self.status = status
    }

    /// Rules between fields. The minimum wage of the work county needs the database and is
    /// checked by `minimumWageProblem`.
    public func problems() -> [FieldIssue] {
        var issues: [FieldIssue] = []
        if !WorkerProfile.isUnitGroup(occupationCode) {
            issues.append(FieldIssue(field: "occupation_code", message: .notISCOUnitGroup))
        }
        if wageMinFen > wageMaxFen {
            issues.append(FieldIssue(field: "wage_max_fen", message: .notBelow(field: "wage_min_fen")))
        }
        if !workRegion.isInFujian || workRegion.level != .county {
            issues.append(FieldIssue(field: "work_region_code", message: .notFujianCounty))
        }
        if minAge > maxAge {
            issues.append(FieldIssue(field: "max_age", message: .notBelow(field: "min_age")))
        }
        if !WorkingAge.range.contains(minAge) {
            issues.append(FieldIssue(field: "min_age", message: .outOfRange(16, 65)))
        }
        if !WorkingAge.range.contains(maxAge) {
            issues.append(FieldIssue(field: "max_age", message: .outOfRange(16, 65)))
        }
        for (index, code) in requiredCertificates.enumerated() where !WorkerProfile.isUnitGroup(code) {
            issues.append(FieldIssue(field: "required_certificates[\(index)]", message: .notISCOUnitGroup))
        }
        if Set(requiredCertificates).count != requiredCertificates.count {
            issues.append(FieldIssue(field: "required_certificates", message: .repeats(.occupation)))
        }
        if closesOn > startsOn.adding(years: 1) {
            issues.append(FieldIssue(field: "closes_on", message: .closesWithinAYear))
        }
        return issues
    }

    /// An open vacancy takes applications until `closesOn`: one whose deadline has passed cannot be
    /// posted, or reopened, as open.
    public func deadlineProblem(today: CalendarDay) -> FieldIssue? {
        guard status == .open, closesOn < today else { return nil }
        return FieldIssue(field: "closes_on", message: .closesNotBeforeToday(today))
    }

    /// Fujian's minimum wage for the work county, when the offer is below it.
    public func minimumWageProblem(minimumFen: Int) -> FieldIssue? {
        guard wageMinFen < minimumFen else { return nil }
        // A figure that reaches the minimum once multiplied by 100 was typed in yuan.
        let typedInYuan = wageMinFen > 0 && wageMinFen * 100 >= minimumFen && wageMinFen * 100 <= WorkerProfile.maximumWageFen
        return FieldIssue(
            field: "wage_min_fen",
            message: .belowMinimumWage(region: workRegion.rawValue, minimumFen: minimumFen, meantFen: typedInYuan ? wageMinFen * 100 : nil)
        )
    }
}

extension CalendarDay {
    /// The same day `years` later (28 February for 29 February in a common year).
    /// The same day `years` later (28 February for 29 February), kept within years 1–9999 so that
    /// a far date from a request never falls off the calendar.
    public func adding(years: Int) -> CalendarDay {
        let target = min(9_999, max(1, year + years))
        return CalendarDay(year: target, month: month, day: day) ?? CalendarDay(year: target, month: month, day: day - 1)!
    }
}

public struct VacancyRecord: Sendable, Equatable {
    public let id: UUID
    public let employerId: UUID
    public let employerRegion: RegionCode
    public var terms: VacancyTerms
    public let postedByBureau: UUID
    public let version: Int
    public let createdAt: Date
    public let updatedAt: Date
    public let createdAtMicroseconds: Int64

    public init(
        id: UUID, employerId: UUID, employerRegion: RegionCode, terms: VacancyTerms, postedByBureau: UUID, version: Int,
        createdAt: Date, updatedAt: Date, createdAtMicroseconds: Int64
    ) {
        self.id = id
        self.employerId = employerId
        self.employerRegion = employerRegion
        self.terms = terms
        self.postedByBureau = postedByBureau
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.createdAtMicroseconds = createdAtMicroseconds
    }
}
