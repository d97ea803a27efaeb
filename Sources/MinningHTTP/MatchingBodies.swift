import Foundation
import MinningDomain
import MinningServices
import MinningPersistence

/// A vacancy as a recommendation shows it: what a clerk tells the worker.
struct VacancySummaryBody: Encodable, Sendable {
    let id: String
    let employerId: String
    let title: String
    let occupationCode: String
    let workRegionCode: String
    let wageMinFen: Int
    let wageMaxFen: Int
    let housingProvided: Bool
    let mealsProvided: Bool
    let startsOn: String
    let closesOn: String
    let remainingOpenings: Int

    init(_ vacancy: MatchVacancy) {
        let terms = vacancy.terms
        id = vacancy.id.wireString
        employerId = vacancy.employerId.wireString
        title = terms.title
        occupationCode = terms.occupationCode
        workRegionCode = terms.workRegion.rawValue
        wageMinFen = terms.wageMinFen
        wageMaxFen = terms.wageMaxFen
        housingProvided = terms.housingProvided
        mealsProvided = terms.mealsProvided
        startsOn = terms.startsOn.description
        closesOn = terms.closesOn.description
        remainingOpenings = vacancy.remainingOpenings
    }
}

/// A worker as a candidate list shows it to a destination bureau: no name, ID number or phone.
struct MatchCandidateBody: Encodable, Sendable {
    let id: String
    let age: Int
    let originRegionCode: String
    let education: EducationLevel
    let skills: [SkillBody]
    let expectedMonthlyWageFen: Int
    let needsHousing: Bool
    let availableFrom: String

    init(_ worker: MatchWorker, today: CalendarDay) {
        id = worker.id.wireString
        age = worker.age(on: today)
        originRegionCode = worker.profile.originRegion.rawValue
        education = worker.profile.education
        skills = worker.profile.skills.map(SkillBody.init)
        expectedMonthlyWageFen = worker.profile.expectedMonthlyWageFen
        needsHousing = worker.profile.needsHousing
        availableFrom = worker.profile.availableFrom.description
    }
}

struct RecommendationBody: Encodable, Sendable {
    let vacancy: VacancySummaryBody
    let explanation: MatchExplanation
}

struct CandidateMatchBody: Encodable, Sendable {
    let candidate: MatchCandidateBody
    let explanation: ExplanationBody
}

/// A match explanation as its reader may see it: destination bureaus get the score and its parts
/// but not the priority groups and weights, which would tell them the poverty status that
/// candidate profiles leave out.
struct ExplanationBody: Encodable, Sendable {
    let explanation: MatchExplanation
    let includesPriority: Bool

    init(_ explanation: MatchExplanation, for role: Role) {
        self.explanation = explanation
        includesPriority = role != .destinationBureau
    }

    func encode(to encoder: any Encoder) throws {
        if includesPriority {
            try explanation.encode(to: encoder)
        } else {
            try explanation.encodeWithoutPriority(to: encoder)
        }
    }
}

struct AllocationBody: Encodable, Sendable {
    struct AssignmentBody: Encodable, Sendable {
        let workerId: String
        let vacancyId: String
        let placementId: String?
        let pinned: Bool
        let explanation: MatchExplanation
    }

    struct UnplacedBody: Encodable, Sendable {
        let workerId: String
        let reason: CohortAllocation.UnplacedReason
        let feasibleVacancies: Int
        let failedConstraints: [String: Int]
    }

    let allocationId: String?
    let dryRun: Bool
    let objective: Int
    let solverObjective: Int
    let workersConsidered: Int
    let vacanciesConsidered: Int
    let assignments: [AssignmentBody]
    let placedByPriorityGroup: [String: Int]
    let placedByOriginCounty: [String: Int]
    let unplaced: [UnplacedBody]

    init(_ plan: AllocationService.Plan, dryRun: Bool, allocationId: UUID?, placementIds: [UUID]) {
        let (outcome, workers, vacancies) = (plan.outcome, plan.workers, plan.vacancies.count)
        self.allocationId = allocationId?.wireString
        self.dryRun = dryRun
        objective = outcome.objective
        solverObjective = outcome.solverObjective
        workersConsidered = workers.count
        vacanciesConsidered = vacancies
        assignments = outcome.assignments.enumerated().map { index, assignment in
            AssignmentBody(
                workerId: assignment.workerId.wireString, vacancyId: assignment.vacancyId.wireString,
                placementId: index < placementIds.count ? placementIds[index].wireString : nil,
                pinned: assignment.pinned, explanation: assignment.explanation
            )
        }
        var groups = Dictionary(uniqueKeysWithValues: (PriorityPolicy.Group.allCases.map(\.rawValue) + ["none"]).map { ($0, 0) })
        var counties: [String: Int] = [:]
        let byId = Dictionary(uniqueKeysWithValues: workers.map { ($0.id, $0) })
        for assignment in outcome.assignments {
            let names = assignment.explanation.priorityGroups.map(\.rawValue)
            for name in names.isEmpty ? ["none"] : names { groups[name, default: 0] += 1 }
            if let worker = byId[assignment.workerId] { counties[worker.profile.originRegion.rawValue, default: 0] += 1 }
        }
        placedByPriorityGroup = groups
        placedByOriginCounty = counties
        unplaced = outcome.unplaced.map { item in
            UnplacedBody(
                workerId: item.workerId.wireString, reason: item.reason, feasibleVacancies: item.feasibleVacancies,
                failedConstraints: Dictionary(uniqueKeysWithValues: item.failedConstraints.map { ($0.key.rawValue, $0.value) })
            )
        }
    }
}

struct PlacementBody: Encodable, Sendable {
    let id: String
    let workerId: String
    let vacancyId: String
    let status: PlacementStatus
    let allocationId: String?
    let proposedByBureauId: String
    let explanation: ExplanationBody
    let proposedOn: String
    let acceptedOn: String?
    let hiredOn: String?
    let separatedOn: String?
    let separationReason: String?
    /// The day it was declined or withdrawn.
    let closedOn: String?
    let consecutiveVerifiedMonths: Int
    let version: Int
    let createdAt: Date
    let updatedAt: Date

    init(_ placement: PlacementRecord, for role: Role) {
        id = placement.id.wireString
        workerId = placement.workerId.wireString
        vacancyId = placement.vacancyId.wireString
        status = placement.status
        allocationId = placement.allocationId?.wireString
        proposedByBureauId = placement.proposedByBureau.wireString
        explanation = ExplanationBody(placement.explanation, for: role)
        proposedOn = placement.proposedOn.description
        acceptedOn = placement.acceptedOn?.description
        hiredOn = placement.hiredOn?.description
        separatedOn = placement.separatedOn?.description
        separationReason = placement.separationReason
        closedOn = placement.closedOn?.description
        consecutiveVerifiedMonths = placement.consecutiveVerifiedMonths
        version = placement.version
        createdAt = placement.createdAt
        updatedAt = placement.updatedAt
    }
}

struct AlertBody: Encodable, Sendable {
    let id: String
    let kind: String
    let workerId: String
    let placementId: String
    let originRegionCode: String
    let month: String?
    let details: RecordedWords
    let raisedAt: Date
    let acknowledgedAt: Date?
    let acknowledgementNote: String?

    init(_ alert: AlertRecord) {
        id = alert.id.wireString
        kind = alert.kind
        workerId = alert.workerId.wireString
        placementId = alert.placementId.wireString
        originRegionCode = alert.originRegionCode.rawValue
        month = alert.month?.monthText
        details = alert.notice.map { .message(.alert($0)) } ?? .asRecorded(alert.details)
        raisedAt = alert.raisedAt
        acknowledgedAt = alert.acknowledgedAt
        acknowledgementNote = alert.acknowledgementNote
    }
}

/// Words about a stored event: from its facts, in the reader's language; a row older than its
/// facts (an alert before migration 0023, a withdrawal before 0024) has only the English written then.
enum RecordedWords: Encodable, Sendable {
    case message(Message)
    case asRecorded(String)

    func encode(to encoder: any Encoder) throws {
        switch self {
        case .message(let message): try message.encode(to: encoder)
        case .asRecorded(let text):
            var container = encoder.singleValueContainer()
            try container.encode(text)
        }
    }
}

/// A correction of a placement's date: the old day beside the new one, why, and by which bureau.
struct PlacementCorrectionBody: Encodable, Sendable {
    let id: String
    let placementId: String
    let fact: PlacementCorrection.Fact
    let oldValue: String
    let newValue: String
    let reason: String
    let correctedByBureauId: String
    let correctedAt: Date

    init(_ correction: PlacementCorrectionRecord) {
        id = correction.id.wireString
        placementId = correction.placementId.wireString
        fact = correction.fact
        oldValue = correction.oldValue.description
        newValue = correction.newValue.description
        reason = correction.reason
        correctedByBureauId = correction.correctedByBureau.wireString
        correctedAt = correction.correctedAt
    }
}

struct MonthCorrectionBody: Encodable, Sendable {
    struct Record: Encodable, Sendable {
        let worked: Bool
        let wagePaidFen: Int?

        init(_ fact: MonthFact) {
            worked = fact.worked
            wagePaidFen = fact.wagePaidFen
        }

        // A wage of null says "worked, not paid", so it is written out, not left away.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(worked, forKey: .worked)
            try container.encode(wagePaidFen, forKey: .wagePaidFen)
        }

        enum CodingKeys: String, CodingKey {
            case worked
            case wagePaidFen = "wagePaidFen"
        }
    }

    let id: String
    let placementId: String
    let month: String
    let old: Record
    let new: Record
    let reason: String
    let correctedByBureauId: String
    let correctedAt: Date

    init(_ correction: MonthCorrectionRecord) {
        id = correction.id.wireString
        placementId = correction.placementId.wireString
        month = correction.month.monthText
        old = Record(correction.old)
        new = Record(correction.new)
        reason = correction.reason
        correctedByBureauId = correction.correctedByBureau.wireString
        correctedAt = correction.correctedAt
    }
}
