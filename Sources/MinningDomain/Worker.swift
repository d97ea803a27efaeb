import Foundation

/// A skill a worker holds: an ISCO-08 unit group, with a certificate and its level when there is one
/// (国家职业资格 levels 5, the lowest, to 1).
public struct Skill: Sendable, Equatable, Codable {
    public let occupationCode: String
    public let certificate: String?
    public let level: Int?

    public init(occupationCode: String, certificate: String?, level: Int?) {
        self.occupationCode = occupationCode
        self.certificate = certificate
        self.level = level
    }
}

public struct Consent: Sendable, Equatable {
    public let givenOn: CalendarDay
    public let scope: String
    public let method: ConsentMethod
    /// The clerk who recorded it, by name; the API key that did so is recorded beside it.
    public let recordedBy: String

    public init(givenOn: CalendarDay, scope: String, method: ConsentMethod, recordedBy: String) {
        self.givenOn = givenOn
        self.scope = scope
        self.method = method
        self.recordedBy = recordedBy
    }
}

/// The facts about a worker that matching uses, separate from who the worker is.
public struct WorkerProfile: Sendable, Equatable {
    public var originRegion: RegionCode
    public var education: EducationLevel
    public var povertyStatus: PovertyStatus
    public var monitoredKind: MonitoredKind?
    public var skills: [Skill]
    public var preferredDestinations: [RegionCode]
    public var preferredOccupations: [String]
    public var expectedMonthlyWageFen: Int
    public var needsHousing: Bool
    public var availableFrom: CalendarDay
    public var status: WorkerStatus

    public init(
        originRegion: RegionCode, education: EducationLevel, povertyStatus: PovertyStatus, monitoredKind: MonitoredKind?,
        skills: [Skill], preferredDestinations: [RegionCode], preferredOccupations: [String], expectedMonthlyWageFen: Int,
        needsHousing: Bool, availableFrom: CalendarDay, status: WorkerStatus
    ) {
        self.originRegion = originRegion
        self.education = education
        self.povertyStatus = povertyStatus
        self.monitoredKind = monitoredKind
        self.skills = skills
        self.preferredDestinations = preferredDestinations
        self.preferredOccupations = preferredOccupations
        self.expectedMonthlyWageFen = expectedMonthlyWageFen
        self.needsHousing = needsHousing
        self.availableFrom = availableFrom
        self.status = status
    }

    /// Rules between fields that need no database. Each problem names its field.
    public func problems() -> [FieldIssue] {
        var issues: [FieldIssue] = []
        if originRegion.level != .county {
            issues.append(FieldIssue(field: "origin_region_code", message: .notCountyLevel))
        } else if !originRegion.isOriginSide {
            issues.append(FieldIssue(field: "origin_region_code", message: .notOriginProvince))
        }
        switch (povertyStatus, monitoredKind) {
        case (.monitored, nil):
            issues.append(FieldIssue(field: "monitored_kind", message: .requiredWhen(field: "poverty_status", is: "monitored")))
        case (.monitored, _), (_, nil):
            break
        default:
            issues.append(FieldIssue(field: "monitored_kind", message: .onlyWhen(field: "poverty_status", is: "monitored")))
        }
        for (index, region) in preferredDestinations.enumerated() where !region.isInFujian {
            issues.append(FieldIssue(field: "preferred_destinations[\(index)]", message: .notFujianRegion))
        }
        if Set(preferredDestinations).count != preferredDestinations.count {
            issues.append(FieldIssue(field: "preferred_destinations", message: .repeats(.region)))
        }
        for (index, code) in preferredOccupations.enumerated() where !Self.isUnitGroup(code) {
            issues.append(FieldIssue(field: "preferred_occupations[\(index)]", message: .notISCOUnitGroup))
        }
        if Set(preferredOccupations).count != preferredOccupations.count {
            issues.append(FieldIssue(field: "preferred_occupations", message: .repeats(.occupation)))
        }
        for (index, skill) in skills.enumerated() {
            if !Self.isUnitGroup(skill.occupationCode) {
                issues.append(FieldIssue(field: "skills[\(index)].occupation_code", message: .notISCOUnitGroup))
            }
            if let level = skill.level, !(1...5).contains(level) {
                issues.append(FieldIssue(field: "skills[\(index)].level", message: .certificateLevel))
            }
            if skill.level != nil, skill.certificate == nil {
                issues.append(FieldIssue(field: "skills[\(index)].level", message: .levelOnlyWithCertificate))
            }
        }
        if Set(skills.map(\.occupationCode)).count != skills.count {
            issues.append(FieldIssue(field: "skills", message: .repeats(.occupation)))
        }
        if !(0...Self.maximumWageFen).contains(expectedMonthlyWageFen) {
            issues.append(FieldIssue(field: "expected_monthly_wage_fen", message: .wageFenRange(max: Self.maximumWageFen)))
        } else if let hint = Self.yuanTypedAsFen(expectedMonthlyWageFen) {
            issues.append(FieldIssue(field: "expected_monthly_wage_fen", message: hint))
        }
        return issues
    }

    /// ¥100,000 a month: far above any wage this service handles, low enough to catch a yuan/fen mix-up by 100×.
    public static let maximumWageFen = 10_000_000

    /// ¥1,660, the lowest of Fujian's monthly minimum wages (tier 4 since 2022-04-01,
    /// `Seeds/minimum_wages.csv`): no one expects less for a job there, so a smaller figure is
    /// yuan typed where fen are meant (`5000` for ¥5,000). 0 still says "no expectation".
    public static let lowestFujianMinimumWageFen = 166_000

    /// The hint for a monthly wage in fen that reads as yuan, or nil when it is plausible.
    public static func yuanTypedAsFen(_ fen: Int) -> Message? {
        guard (1..<lowestFujianMinimumWageFen).contains(fen) else { return nil }
        return .wageBelowLowestMinimum(fen: fen, lowestFen: lowestFujianMinimumWageFen, meantFen: fen * 100)
    }

    static func isUnitGroup(_ code: String) -> Bool {
        code.utf8.count == 4 && code.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}

/// Workers are registered between these ages, counted on the day of registration.
public enum WorkingAge {
    public static let range = 16...65

    public static func problem(birth: CalendarDay, on day: CalendarDay) -> FieldIssue? {
        let age = birth.years(until: day)
        guard range.contains(age) else {
            return FieldIssue(field: "id_number", message: .ageFromIDNumber(age: age, min: range.lowerBound, max: range.upperBound))
        }
        return nil
    }
}
