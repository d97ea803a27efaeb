import Foundation

public enum LedgerEntryKind: String, CaseIterable, Sendable, Codable {
    /// Funds pledged for a year.
    case commitment
    /// Funds that arrived.
    case transfer
    /// Funds spent, on a project or otherwise.
    case expenditure
    /// Cancels one earlier entry (the only way to correct a mistake).
    case reversal
}

public enum ProjectCategory: String, CaseIterable, Sendable, Codable {
    case industry
    case infrastructure
    case education
    case health
    case laborCooperation = "labor_cooperation"
    case housing
    case other
}

public enum ProjectStatus: String, CaseIterable, Sendable, Codable {
    case planned
    case inProgress = "in_progress"
    case completed
    case cancelled
}

/// What a clerk records; the chain position, time and hashes are added when it is appended.
public struct NewLedgerEntry: Sendable, Equatable {
    public let pairingId: Int
    public let year: Int
    public let projectId: UUID?
    public let kind: LedgerEntryKind
    public let amountFen: Int
    public let entryDate: CalendarDay
    public let documentNumber: String
    public let reversesPosition: Int?

    public init(
        pairingId: Int, year: Int, projectId: UUID?, kind: LedgerEntryKind, amountFen: Int, entryDate: CalendarDay,
        documentNumber: String, reversesPosition: Int?
    ) {
        self.pairingId = pairingId
        self.year = year
        self.projectId = projectId
        self.kind = kind
        self.amountFen = amountFen
        self.entryDate = entryDate
        self.documentNumber = documentNumber
        self.reversesPosition = reversesPosition
    }
}

/// An entry as stored in the chain.
public struct LedgerEntry: Sendable, Equatable {
    public let position: Int
    public let entry: NewLedgerEntry
    public let recordedByKey: UUID
    public let recordedByBureau: UUID
    /// Microseconds since 1970, exactly as stored.
    public let recordedAtMicroseconds: Int64
    public let previousHash: [UInt8]
    public let entryHash: [UInt8]

    public init(
        position: Int, entry: NewLedgerEntry, recordedByKey: UUID, recordedByBureau: UUID, recordedAtMicroseconds: Int64,
        previousHash: [UInt8], entryHash: [UInt8]
    ) {
        self.position = position
        self.entry = entry
        self.recordedByKey = recordedByKey
        self.recordedByBureau = recordedByBureau
        self.recordedAtMicroseconds = recordedAtMicroseconds
        self.previousHash = previousHash
        self.entryHash = entryHash
    }
}
