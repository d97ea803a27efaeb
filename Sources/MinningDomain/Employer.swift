import Foundation

/// Enterprise size classes of the national SME classification (大型 / 中型 / 小型 / 微型).
public enum EmployerSize: String, CaseIterable, Sendable, Codable {
    case micro
    case small
    case medium
    case large
}

/// A Fujian employer as registered by a destination bureau.
public struct NewEmployer: Sendable {
    public let name: String
    public let creditCode: CreditCode
    public let region: RegionCode
    public let industryCode: String
    public let size: EmployerSize
    public let contactName: String
    public let contactPhone: String

    /// Rules that need no database: a Fujian county, a GB/T 4754 section letter.
    public init(
        name: String, creditCode: CreditCode, region: RegionCode, industryCode: String, size: EmployerSize,
        contactName: String, contactPhone: String
    ) throws {
        var issues: [FieldIssue] = []
        if !region.isInFujian || region.level != .county {
            issues.append(FieldIssue(field: "region_code", message: .notFujianCounty))
        }
        if !(industryCode.count == 1 && ("A"..."T").contains(industryCode)) {
            issues.append(FieldIssue(field: "industry_code", message: .notIndustrySection))
        }
        guard issues.isEmpty else { throw DomainError.invalid(issues) }
        self.name = name
        self.creditCode = creditCode
        self.region = region
        self.industryCode = industryCode
        self.size = size
        self.contactName = contactName
        self.contactPhone = contactPhone
    }
}

public struct EmployerRecord: Sendable, Equatable {
    public let id: UUID
    public let name: String
    public let creditCode: String
    public let region: RegionCode
    public let industryCode: String
    public let size: EmployerSize
    public let contactName: String
    public let contactPhoneMasked: String
    public let registeredByBureau: UUID
    public let version: Int
    public let createdAt: Date
    public let updatedAt: Date
    public let createdAtMicroseconds: Int64

    public init(
        id: UUID, name: String, creditCode: String, region: RegionCode, industryCode: String, size: EmployerSize,
        contactName: String, contactPhoneMasked: String, registeredByBureau: UUID, version: Int, createdAt: Date,
        updatedAt: Date, createdAtMicroseconds: Int64
    ) {
        self.id = id
        self.name = name
        self.creditCode = creditCode
        self.region = region
        self.industryCode = industryCode
        self.size = size
        self.contactName = contactName
        self.contactPhoneMasked = contactPhoneMasked
        self.registeredByBureau = registeredByBureau
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.createdAtMicroseconds = createdAtMicroseconds
    }
}

/// What a PATCH of an employer sets; nil leaves the stored value.
public struct EmployerChanges: Sendable {
    public var name: String?
    public var industryCode: String?
    public var size: EmployerSize?
    public var contactName: String?
    public var contactPhone: String?
    public init() {}

    /// The fields set, by their JSON names, for the audit trail.
    public var fieldNames: [String] {
        [("name", name != nil), ("industry_code", industryCode != nil), ("size", size != nil),
         ("contact_name", contactName != nil), ("contact_phone", contactPhone != nil)].filter(\.1).map(\.0)
    }
}
