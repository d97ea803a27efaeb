import Foundation
import MinningDomain
import MinningPersistence

struct LedgerEntryBody: Encodable, Sendable {
    let position: Int
    let pairingId: Int
    let year: Int
    let projectId: String?
    let kind: LedgerEntryKind
    let amountFen: Int
    let entryDate: String
    let documentNumber: String
    let reversesPosition: Int?
    let recordedByBureauId: String
    let recordedAt: Date
    let previousHash: String
    let entryHash: String

    init(_ entry: LedgerEntry) {
        position = entry.position
        pairingId = entry.entry.pairingId
        year = entry.entry.year
        projectId = entry.entry.projectId?.wireString
        kind = entry.entry.kind
        amountFen = entry.entry.amountFen
        entryDate = entry.entry.entryDate.description
        documentNumber = entry.entry.documentNumber
        reversesPosition = entry.entry.reversesPosition
        recordedByBureauId = entry.recordedByBureau.wireString
        recordedAt = Date(timeIntervalSince1970: Double(entry.recordedAtMicroseconds) / 1_000_000)
        previousHash = LedgerHash.hex(entry.previousHash)
        entryHash = LedgerHash.hex(entry.entryHash)
    }
}

struct ProjectBody: Encodable, Sendable {
    let id: String
    let pairingId: Int
    let recipientRegionCode: String
    let category: ProjectCategory
    let title: String
    let budgetFen: Int
    let status: ProjectStatus
    let version: Int
    let createdAt: Date

    init(_ project: ProjectRecord) {
        id = project.id.wireString
        pairingId = project.pairingId
        recipientRegionCode = project.recipientRegion.rawValue
        category = project.category
        title = project.title
        budgetFen = project.budgetFen
        status = project.status
        version = project.version
        createdAt = project.createdAt
    }
}

struct VerificationBody: Encodable, Sendable {
    let entries: Int
    let valid: Bool
    let firstBreak: String?
    let headHash: String

    init(_ verification: LedgerRepository.Verification) {
        entries = verification.entries
        valid = verification.firstBreak == nil
        firstBreak = verification.firstBreak?.description
        headHash = LedgerHash.hex(verification.headHash)
    }
}

struct FundsReportBody: Encodable, Sendable {
    struct Line: Encodable, Sendable {
        let pairingId: Int
        let kind: String
        let fujianRegionCode: String
        let fujianRegionName: String
        let ningxiaRegionCode: String
        let ningxiaRegionName: String
        let keyAssistanceCounty: Bool
        let committedFen: Int
        let transferredFen: Int
        let spentFen: Int
        let balanceFen: Int
        let transferRatePerMille: Int?
        let spendRatePerMille: Int?
    }

    /// A better-off county's 山海协作 transfers against the ¥12 million floor.
    struct FloorLine: Encodable, Sendable {
        let regionCode: String
        let regionName: String
        let transferredFen: Int
        let floorFen: Int
        let belowFloor: Bool
    }

    struct CategoryLine: Encodable, Sendable {
        let category: String
        let spentFen: Int
    }

    struct Totals: Encodable, Sendable {
        let committedFen: Int
        let transferredFen: Int
        let spentFen: Int
        let balanceFen: Int
    }

    let year: Int
    /// The days entries were recorded on, when the report was narrowed to them.
    let from: String?
    let to: String?
    let pairings: [Line]
    let spentByCategory: [CategoryLine]
    let keyAssistanceCountySpendSharePerMille: Int?
    let mountainSeaFloor: [FloorLine]
    let totals: Totals
    let ledgerHeadHash: String

    init(_ report: FundsReport, narrowedTo period: ReportPeriod?) {
        year = report.year
        from = period?.from.description
        to = period?.to.description
        pairings = report.pairings.map { line in
            Line(
                pairingId: line.pairingId, kind: line.kind.rawValue, fujianRegionCode: line.fujianRegionCode, fujianRegionName: line.fujianRegionName,
                ningxiaRegionCode: line.ningxiaRegionCode, ningxiaRegionName: line.ningxiaRegionName, keyAssistanceCounty: line.keyAssistanceCounty,
                committedFen: line.balance.committedFen, transferredFen: line.balance.transferredFen, spentFen: line.balance.spentFen,
                balanceFen: line.balance.availableFen, transferRatePerMille: line.transferRatePerMille, spendRatePerMille: line.spendRatePerMille
            )
        }
        spentByCategory = report.spentByCategory.map { CategoryLine(category: $0.category?.rawValue ?? "not_a_project", spentFen: $0.fen) }
        keyAssistanceCountySpendSharePerMille = report.keyCountySpendSharePerMille
        mountainSeaFloor = report.mountainSeaFloor.map {
            FloorLine(regionCode: $0.regionCode, regionName: $0.regionName, transferredFen: $0.transferredFen, floorFen: FundsReport.mountainSeaFloorFen, belowFloor: $0.belowFloor)
        }
        let t = report.totals
        totals = Totals(committedFen: t.committedFen, transferredFen: t.transferredFen, spentFen: t.spentFen, balanceFen: t.availableFen)
        ledgerHeadHash = report.ledgerHeadHash
    }
}

/// An expenditure waiting for a second key, or confirmed by one (then `ledger_position` names
/// the entry it became).
struct PendingExpenditureBody: Encodable, Sendable {
    let id: String
    let pairingId: Int
    let year: Int
    let projectId: String?
    let kind: LedgerEntryKind
    let amountFen: Int
    let entryDate: String
    let documentNumber: String
    let requestedByKeyId: String
    let requestedByBureauId: String
    let requestedAt: Date
    let status: PendingExpenditure.Status
    let confirmedByKeyId: String?
    let ledgerPosition: Int?

    init(_ pending: PendingExpenditure) {
        id = pending.id.wireString
        pairingId = pending.entry.pairingId
        year = pending.entry.year
        projectId = pending.entry.projectId?.wireString
        kind = pending.entry.kind
        amountFen = pending.entry.amountFen
        entryDate = pending.entry.entryDate.description
        documentNumber = pending.entry.documentNumber
        requestedByKeyId = pending.requestedByKey.wireString
        requestedByBureauId = pending.requestedByBureau.wireString
        requestedAt = pending.requestedAt
        status = pending.status
        confirmedByKeyId = pending.confirmedByKey?.wireString
        ledgerPosition = pending.ledgerPosition
    }
}
