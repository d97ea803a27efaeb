import Foundation

/// A worker as stored: personal fields are nil once consent was withdrawn.
public struct WorkerRecord: Sendable, Equatable {
    public let id: UUID
    public let name: String?
    public let idNumberMasked: String?
    public let phoneMasked: String?
    public let isMale: Bool
    public let birthDate: CalendarDay?
    public let birthYear: Int
    public var profile: WorkerProfile
    public let consent: Consent
    public let consentWithdrawnOn: CalendarDay?
    public let registeredByBureau: UUID
    public let version: Int
    public let createdAt: Date
    public let updatedAt: Date
    /// Exact `created_at` in microseconds, for list cursors.
    public let createdAtMicroseconds: Int64

    public init(
        id: UUID, name: String?, idNumberMasked: String?, phoneMasked: String?, isMale: Bool, birthDate: CalendarDay?,
        birthYear: Int, profile: WorkerProfile, consent: Consent, consentWithdrawnOn: CalendarDay?, registeredByBureau: UUID,
        version: Int, createdAt: Date, updatedAt: Date, createdAtMicroseconds: Int64
    ) {
        self.id = id
        self.name = name
        self.idNumberMasked = idNumberMasked
        self.phoneMasked = phoneMasked
        self.isMale = isMale
        self.birthDate = birthDate
        self.birthYear = birthYear
        self.profile = profile
        self.consent = consent
        self.consentWithdrawnOn = consentWithdrawnOn
        self.registeredByBureau = registeredByBureau
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.createdAtMicroseconds = createdAtMicroseconds
    }

    /// Age on `day`; from the birth year alone once the birth date is erased.
    public func age(on day: CalendarDay) -> Int {
        if let birthDate { return birthDate.years(until: day) }
        return day.year - birthYear
    }
}

/// A new registration, checked by the domain rules that need no database.
public struct NewWorker: Sendable {
    public let name: String
    public let idNumber: CitizenIDNumber
    public let phone: String
    public let profile: WorkerProfile
    public let consent: Consent

    public init(name: String, idNumber: CitizenIDNumber, phone: String, profile: WorkerProfile, consent: Consent, today: CalendarDay) throws {
        var issues = profile.problems()
        if let ageIssue = WorkingAge.problem(birth: idNumber.birthDay, on: today) { issues.append(ageIssue) }
        if consent.givenOn > today { issues.append(FieldIssue(field: "consent.given_on", message: .notInFuture)) }
        guard issues.isEmpty else { throw DomainError.invalid(issues) }
        self.name = name
        self.idNumber = idNumber
        self.phone = phone
        self.profile = profile
        self.consent = consent
    }

    /// Mainland mobile numbers: 11 digits starting 13–19.
    public static func isMobilePhone(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.count == 11 && bytes[0] == UInt8(ascii: "1") && (UInt8(ascii: "3")...UInt8(ascii: "9")).contains(bytes[1])
            && bytes.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}

/// What a PATCH may change; nil leaves a field as it is.
public struct WorkerChanges: Sendable {
    public var name: String?
    public var phone: String?
    public var education: EducationLevel?
    public var povertyStatus: PovertyStatus?
    /// `.some(nil)` clears it (when poverty status leaves `monitored`).
    public var monitoredKind: MonitoredKind??
    public var skills: [Skill]?
    public var preferredDestinations: [RegionCode]?
    public var preferredOccupations: [String]?
    public var expectedMonthlyWageFen: Int?
    public var needsHousing: Bool?
    public var availableFrom: CalendarDay?

    public init() {}

    /// The fields set, by their JSON names, for the audit trail.
    public var fieldNames: [String] {
        var names: [String] = []
        if name != nil { names.append("name") }
        if phone != nil { names.append("phone") }
        if education != nil { names.append("education") }
        if povertyStatus != nil { names.append("poverty_status") }
        if monitoredKind != nil { names.append("monitored_kind") }
        if skills != nil { names.append("skills") }
        if preferredDestinations != nil { names.append("preferred_destinations") }
        if preferredOccupations != nil { names.append("preferred_occupations") }
        if expectedMonthlyWageFen != nil { names.append("expected_monthly_wage_fen") }
        if needsHousing != nil { names.append("needs_housing") }
        if availableFrom != nil { names.append("available_from") }
        return names
    }

    public func applied(to profile: WorkerProfile) -> WorkerProfile {
        var result = profile
        if let education { result.education = education }
        if let povertyStatus { result.povertyStatus = povertyStatus }
        if let monitoredKind { result.monitoredKind = monitoredKind }
        if let skills { result.skills = skills }
        if let preferredDestinations { result.preferredDestinations = preferredDestinations }
        if let preferredOccupations { result.preferredOccupations = preferredOccupations }
        if let expectedMonthlyWageFen { result.expectedMonthlyWageFen = expectedMonthlyWageFen }
        if let needsHousing { result.needsHousing = needsHousing }
        if let availableFrom { result.availableFrom = availableFrom }
        return result
    }
}
