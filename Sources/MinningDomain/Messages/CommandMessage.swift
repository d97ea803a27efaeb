import Foundation

/// What the `minning` commands tell the operator who runs them: results, progress and refused
/// options. The command-line part of the message catalogue, with its words in one table per
/// language (`CommandMessage+zh.swift`, `CommandMessage+en.swift`); refused options reuse the
/// API's field messages. Lines that scripts parse as
/// data (`match solve`'s figures, `keys create --secret-only`) are not messages and stay as they are.
public indirect enum CommandMessage: Sendable, Equatable {
    // MARK: migrate, seed
    case migrationsUpToDate(count: Int)
    case migrationApplied(String)
    case migrationStatusApplied(String, at: String)
    case migrationStatusPending(String)
    /// `table` is the table's name in SQL; `inFile` is nil for demo rows that are made, not read.
    case seeded(table: String, demo: Bool, inFile: Int?, inserted: Int, updated: Int)

    // MARK: keys, bureaus
    case keyIssued(id: String, role: Role, bureau: String)
    case secretShownOnce
    case keyListed(id: String, prefix: String, role: Role, revokedAt: String?, lastUsedAt: String?, label: String)
    case keyRevoked(id: String, at: String)
    case noBureauNamed(String)
    case staffCreated(login: String, role: Role, bureau: String)
    case oneTimePasswordShownOnce
    case staffListed(login: String, role: Role, bureau: String, name: String, disabledAt: String?, lockedUntil: String?)
    case staffDisabled(login: String, at: String)
    case staffSecondFactorReset(login: String)
    case bureausShareName(count: Int, name: String)
    case bureauMayNot(String, actsAs: Role, allowed: [Role])

    // MARK: ledger
    case ledgerIntact(entries: Int, head: String)
    case ledgerBroken(LedgerHash.Break, entries: Int)

    // MARK: import, export, reports, backups
    case imported(count: Int, kind: ImportKind, dryRun: Bool, file: String, encoding: String, seconds: String)
    case warningsStoredAnyway(count: Int)
    case andMore(Int, reportHint: Bool)
    case everyProblemListedIn(String)
    case templateWritten(ImportKind, path: String)
    case cannotRead(String)
    case cannotWrite(String)
    case toolFailed(String, status: Int32)
    case exported(count: Int, path: String, unmasked: Bool)
    case meetingPackWritten(year: Int, path: String)
    case backedUp(database: String, to: String, bytes: Int)
    case restored(file: String, into: String)
    case subsidiesEvaluated(asOf: CalendarDay, examined: Int, created: Int)
    case fundsHeading(year: Int, narrowedTo: ReportPeriod?, ledgerHead: String)
    case fundsLine(pairing: String, FundsBalance)
    case fundsTotal(FundsBalance)

    // MARK: personal-data key
    case rotationStarting(keyId: String, workers: Int, employers: Int, previousKeys: Int)
    case rotationStoppedUnreadable(objectType: String, id: String, field: String)
    case rotationStoppedDuplicate(rotating: String, existing: String)
    case rotationFinished(workers: Int, employers: Int, seconds: String, left: Int)
    case productionNeedsPersonalDataKey

    // MARK: match run
    case summaryHeading(SummaryHeading)
    case summaryRow(SummaryRow)
    case noneListed
    case allocationStored(String)
    case allocationDryRun
    case costsTooLargeToScale

    // MARK: doctor
    case doctorMode(production: Bool)
    case doctorVerdict(passed: Bool)
    case databaseURLParses(String)
    case databaseURLProblem(String)
    case productionDatabaseWithoutTLS(host: String)
    case projectFiles(path: String)
    case projectMissing
    case personalDataKeyConfigured
    case personalDataDevelopmentKey
    case personalDataKeyProblem(String)
    case productionListenWithoutProxy(host: String)
    case listenAddress(host: String, behindProxy: Bool)
    case databaseReachable
    case databaseUnreachable(String)
    case migrationsPendingNamed([String])
    case migrationsAllApplied(Int)
    case sealedUnderCurrentKey(keyId: String, previousKeysGiven: Bool)
    case sealedUnderEarlierKey(workers: Int, employers: Int, previousKeysGiven: Bool)
    case keysUnrecorded(workers: Int, employers: Int)

    // MARK: options
    case databaseURLMissing
    /// A command-line option refused, with the same words a field of the API would get.
    case option(String, Message)
    case optionLength(String, min: Int, max: Int)
}

/// The tables of `match run`'s summary.
public enum SummaryHeading: Sendable, Equatable, CaseIterable {
    case allocation, placedByPriorityGroup, placedByOriginCounty, notPlaced
}

/// The rows of `match run`'s first table.
public enum SummaryRow: Sendable, Equatable, CaseIterable {
    case workers, vacancies, candidatePairs, assigned, objective, solverObjective, scoringAndSolving, allocation
}

extension CommandMessage {
    public func text(in language: Language) -> String {
        switch language {
        case .zh: zh
        case .en: en
        }
    }
}
