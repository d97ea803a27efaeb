import Foundation

public enum EnrolmentOutcome: String, CaseIterable, Sendable, Codable {
    case certified
    case failed
    case dropped
}

/// A training base as registered: in an origin county, teaching ISCO-08 unit groups.
public struct NewTrainingBase: Sendable {
    public let name: String
    /// Set when a Fujian employer runs it; otherwise `collegeName` names the vocational college.
    public let operatorEmployerId: UUID?
    public let collegeName: String?
    public let region: RegionCode
    public let occupations: [String]
    public let capacityPerCohort: Int

    public init(name: String, operatorEmployerId: UUID?, collegeName: String?, region: RegionCode, occupations: [String], capacityPerCohort: Int) throws {
        var issues: [FieldIssue] = []
        if (operatorEmployerId == nil) == (collegeName == nil) {
            issues.append(FieldIssue(field: "operator_employer_id", message: .operatorEitherOr))
        }
        if region.level != .county || !region.isOriginSide {
            issues.append(FieldIssue(field: "region_code", message: .notTrainingRegion))
        }
        for (index, code) in occupations.enumerated() where !WorkerProfile.isUnitGroup(code) {
            issues.append(FieldIssue(field: "occupations[\(index)]", message: .notISCOUnitGroup))
        }
        if occupations.isEmpty { issues.append(FieldIssue(field: "occupations", message: .namesNoOccupation)) }
        if Set(occupations).count != occupations.count { issues.append(FieldIssue(field: "occupations", message: .repeats(.occupation))) }
        guard issues.isEmpty else { throw DomainError.invalid(issues) }
        self.name = name
        self.operatorEmployerId = operatorEmployerId
        self.collegeName = collegeName
        self.region = region
        self.occupations = occupations
        self.capacityPerCohort = capacityPerCohort
    }
}

public struct TrainingBaseRecord: Sendable, Equatable {
    public let id: UUID
    public let name: String
    public let operatorKind: String
    public let operatorEmployerId: UUID?
    public let operatorName: String
    public let region: RegionCode
    public let occupations: [String]
    public let capacityPerCohort: Int
    public let createdAt: Date
    public let version: Int

    public init(id: UUID, name: String, operatorKind: String, operatorEmployerId: UUID?, operatorName: String, region: RegionCode,
                occupations: [String], capacityPerCohort: Int, createdAt: Date, version: Int = 1) {
        self.version = version
        self.id = id
        self.name = name
        self.operatorKind = operatorKind
        self.operatorEmployerId = operatorEmployerId
        self.operatorName = operatorName
        self.region = region
        self.occupations = occupations
        self.capacityPerCohort = capacityPerCohort
        self.createdAt = createdAt
    }
}

public struct EnrolmentRecord: Sendable, Equatable {
    public let id: UUID
    public let trainingBaseId: UUID
    public let workerId: UUID
    public let occupationCode: String
    public let startsOn: CalendarDay
    public let endsOn: CalendarDay
    public let outcome: EnrolmentOutcome?
    public let certificate: String?
    public let level: Int?
    public let version: Int

    public init(id: UUID, trainingBaseId: UUID, workerId: UUID, occupationCode: String, startsOn: CalendarDay, endsOn: CalendarDay,
                outcome: EnrolmentOutcome?, certificate: String?, level: Int?, version: Int) {
        self.id = id
        self.trainingBaseId = trainingBaseId
        self.workerId = workerId
        self.occupationCode = occupationCode
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.outcome = outcome
        self.certificate = certificate
        self.level = level
        self.version = version
    }
}
