import Foundation

/// A subsidy as data: who benefits, how much, on which facts, how often.
public struct SubsidyPolicy: Sendable, Equatable {
    public enum Beneficiary: String, CaseIterable, Sendable, Codable {
        case worker
        case employer
    }

    public enum Limit: String, CaseIterable, Sendable, Codable {
        case oncePerPlacement = "once_per_placement"
        case oncePerPersonPerYear = "once_per_person_per_year"
    }

    public let code: String
    public let nameZh: String
    public let beneficiary: Beneficiary
    public let amountFen: Int
    /// Region code prefixes of the worker's origin; empty: any origin.
    public let originPrefixes: [String]
    /// Empty: any poverty status.
    public let povertyStatuses: [PovertyStatus]
    public let minVerifiedMonths: Int
    public let contractRequired: Bool
    public let limit: Limit
    public let validFrom: CalendarDay
    public let validTo: CalendarDay?

    public init(
        code: String, nameZh: String, beneficiary: Beneficiary, amountFen: Int, originPrefixes: [String], povertyStatuses: [PovertyStatus],
        minVerifiedMonths: Int, contractRequired: Bool, limit: Limit, validFrom: CalendarDay, validTo: CalendarDay?
    ) {
        self.code = code
        self.nameZh = nameZh
        self.beneficiary = beneficiary
        self.amountFen = amountFen
        self.originPrefixes = originPrefixes
        self.povertyStatuses = povertyStatuses
        self.minVerifiedMonths = minVerifiedMonths
        self.contractRequired = contractRequired
        self.limit = limit
        self.validFrom = validFrom
        self.validTo = validTo
    }

    /// The claim these facts justify on `asOf`, or nil when a condition is not met.
    public func claim(for facts: PlacementFacts, asOf: CalendarDay) -> SubsidyClaimDraft? {
        guard validFrom <= asOf, validTo.map({ asOf <= $0 }) ?? true else { return nil }
        guard let hiredOn = facts.hiredOn, hiredOn <= asOf else { return nil }
        if contractRequired, ![PlacementStatus.hired, .separated].contains(facts.status) { return nil }
        guard originPrefixes.isEmpty || originPrefixes.contains(where: { facts.originRegion.hasPrefix($0) }) else { return nil }
        guard povertyStatuses.isEmpty || povertyStatuses.contains(facts.povertyStatus) else { return nil }
        guard facts.consecutiveVerifiedMonths >= minVerifiedMonths else { return nil }
        let beneficiaryKey = beneficiary == .worker ? facts.workerId : facts.employerId
        let period = switch limit {
        case .oncePerPlacement: "placement:\(facts.placementId.uuidString.lowercased())"
        case .oncePerPersonPerYear: "year:\(asOf.year)"
        }
        return SubsidyClaimDraft(policyCode: code, beneficiary: beneficiary, beneficiaryKey: beneficiaryKey, periodKey: period, amountFen: amountFen, facts: facts)
    }
}

/// The facts about one placement that subsidies are granted from, as of a day.
public struct PlacementFacts: Sendable, Equatable, Codable {
    public let placementId: UUID
    public let workerId: UUID
    public let employerId: UUID
    public let originRegion: String
    public let povertyStatus: PovertyStatus
    public let status: PlacementStatus
    public let hiredOn: CalendarDay?
    public let consecutiveVerifiedMonths: Int

    public init(
        placementId: UUID, workerId: UUID, employerId: UUID, originRegion: String, povertyStatus: PovertyStatus,
        status: PlacementStatus, hiredOn: CalendarDay?, consecutiveVerifiedMonths: Int
    ) {
        self.placementId = placementId
        self.workerId = workerId
        self.employerId = employerId
        self.originRegion = originRegion
        self.povertyStatus = povertyStatus
        self.status = status
        self.hiredOn = hiredOn
        self.consecutiveVerifiedMonths = consecutiveVerifiedMonths
    }

    enum CodingKeys: String, CodingKey {
        case placementId = "placement_id"
        case workerId = "worker_id"
        case employerId = "employer_id"
        case originRegion = "origin_region_code"
        case povertyStatus = "poverty_status"
        case status = "placement_status"
        case hiredOn = "hired_on"
        case consecutiveVerifiedMonths = "consecutive_verified_months"
    }
}

/// A claim evaluation would create: stored as `pending` unless one for the same policy,
/// beneficiary and period exists.
public struct SubsidyClaimDraft: Sendable, Equatable {
    public let policyCode: String
    public let beneficiary: SubsidyPolicy.Beneficiary
    public let beneficiaryKey: UUID
    public let periodKey: String
    public let amountFen: Int
    public let facts: PlacementFacts
}

public enum SubsidyClaimStatus: String, CaseIterable, Sendable, Codable {
    case pending
    case approved
    case paid
    case rejected
    /// Its facts were corrected away before it was paid: set by the correction, never by a request.
    case withdrawn

    /// What an office may decide: approve, reject or pay.
    public static let decisions: [SubsidyClaimStatus] = [.approved, .rejected, .paid]

    /// pending → approved | rejected; approved → paid | rejected.
    public func transitionProblem(to next: SubsidyClaimStatus) -> Message? {
        switch (self, next) {
        case (.pending, .approved), (.pending, .rejected), (.approved, .paid), (.approved, .rejected): nil
        case (.paid, _), (.rejected, _), (.withdrawn, _): .claimFinal(self)
        default: .claimTransition(from: self, to: next)
        }
    }
}

/// How a claim is paid: an expenditure from the named pairing's funds, on a day, under a document.
public struct SubsidyPayment: Sendable, Equatable {
    public let pairingId: Int
    public let entryDate: CalendarDay
    public let documentNumber: String

    public init(pairingId: Int, entryDate: CalendarDay, documentNumber: String) {
        self.pairingId = pairingId
        self.entryDate = entryDate
        self.documentNumber = documentNumber
    }
}
