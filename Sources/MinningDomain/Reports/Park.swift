import Foundation

/// A Min-Ning industrial park (闽宁产业园), in a Ningxia county.
public struct ParkRecord: Sendable, Equatable {
    public let id: UUID
    public let name: String
    public let region: RegionCode
    public let establishedOn: CalendarDay
    public let createdAt: Date

    public init(id: UUID, name: String, region: RegionCode, establishedOn: CalendarDay, createdAt: Date) {
        self.id = id
        self.name = name
        self.region = region
        self.establishedOn = establishedOn
        self.createdAt = createdAt
    }
}

/// An enterprise in a park, relocated from a Fujian region or not.
public struct ParkEnterpriseRecord: Sendable, Equatable {
    public let id: UUID
    public let parkId: UUID
    public let name: String
    public let creditCode: String
    public let relocatedFrom: RegionCode?
    public let industryCode: String
    public let investmentFen: Int
    public let enteredOn: CalendarDay

    public init(
        id: UUID, parkId: UUID, name: String, creditCode: String, relocatedFrom: RegionCode?, industryCode: String, investmentFen: Int,
        enteredOn: CalendarDay
    ) {
        self.id = id
        self.parkId = parkId
        self.name = name
        self.creditCode = creditCode
        self.relocatedFrom = relocatedFrom
        self.industryCode = industryCode
        self.investmentFen = investmentFen
        self.enteredOn = enteredOn
    }
}

/// What an enterprise reports for a year.
public struct ParkYearFigures: Sendable, Equatable {
    public let jobs: Int
    public let localHires: Int
    public let priorityHires: Int
    public let outputValueFen: Int

    public init(jobs: Int, localHires: Int, priorityHires: Int, outputValueFen: Int) {
        self.jobs = jobs
        self.localHires = localHires
        self.priorityHires = priorityHires
        self.outputValueFen = outputValueFen
    }

    /// Local and priority hires are among the jobs.
    public func problems() -> [FieldIssue] {
        var issues: [FieldIssue] = []
        if localHires > jobs { issues.append(FieldIssue(field: "local_hires", message: .notExceedJobs)) }
        if priorityHires > jobs { issues.append(FieldIssue(field: "priority_hires", message: .notExceedJobs)) }
        return issues
    }
}
