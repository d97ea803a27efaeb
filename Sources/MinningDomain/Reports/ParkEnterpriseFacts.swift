import Foundation

/// Money an enterprise agreed to invest that actually arrived (实际到位), on the day it arrived,
/// with the bank slip or verification report it rests on.
public struct InvestmentArrival: Sendable, Equatable {
    public let enterpriseId: UUID
    public let arrivedOn: CalendarDay
    public let amountFen: Int
    public let evidenceRef: String

    public init(enterpriseId: UUID, arrivedOn: CalendarDay, amountFen: Int, evidenceRef: String) {
        self.enterpriseId = enterpriseId
        self.arrivedOn = arrivedOn
        self.amountFen = amountFen
        self.evidenceRef = evidenceRef
    }

    public static let maximumFen = 10_000_000_000_000

    public func problems(today: CalendarDay) -> [FieldIssue] {
        arrivedOn > today ? [FieldIssue(field: "arrived_on", message: .notInFuture)] : []
    }
}

/// How a headcount is written: a new day only, or a correction of the day's count as read
/// (`replace(version)`) or whatever it now is (`replaceAny`).
public enum HeadcountWrite: Sendable, Equatable {
    case create, replaceAny
    case replace(version: Int)
}

/// The people an enterprise employs on a day: of them, those from lifted or monitored households
/// (脱贫人口) and local people. A year's jobs are its last headcount of the year.
public struct Headcount: Sendable, Equatable {
    public let enterpriseId: UUID
    public let countedOn: CalendarDay
    public let jobs: Int
    public let liftedJobs: Int
    public let localJobs: Int
    /// 1 when first counted, one more with each correction.
    public let version: Int

    public init(enterpriseId: UUID, countedOn: CalendarDay, jobs: Int, liftedJobs: Int, localJobs: Int, version: Int = 1) {
        self.version = version
        self.enterpriseId = enterpriseId
        self.countedOn = countedOn
        self.jobs = jobs
        self.liftedJobs = liftedJobs
        self.localJobs = localJobs
    }

    /// Counted on a day that has come, once the enterprise is in the park; the parts within the whole.
    public func problems(today: CalendarDay, enteredOn: CalendarDay) -> [FieldIssue] {
        var issues: [FieldIssue] = []
        if countedOn > today { issues.append(FieldIssue(field: "counted_on", message: .notInFuture)) }
        if countedOn < enteredOn { issues.append(FieldIssue(field: "counted_on", message: .notBefore(field: "entered_on"))) }
        if liftedJobs > jobs { issues.append(FieldIssue(field: "lifted_jobs", message: .notExceedJobs)) }
        if localJobs > jobs { issues.append(FieldIssue(field: "local_jobs", message: .notExceedJobs)) }
        return issues
    }
}
