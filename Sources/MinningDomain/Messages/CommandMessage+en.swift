import Foundation

extension CommandMessage {
    /// English, for operators and scripts that ask for it with `--language en`.
    var en: String {
        switch self {
        case .migrationsUpToDate(let count): "nothing to apply: all \(count) migrations are applied"
        case .migrationApplied(let name): "applied \(name)"
        case .migrationStatusApplied(let name, let at): "applied  \(name)  \(at)"
        case .migrationStatusPending(let name): "pending  \(name)"
        case .seeded(let table, let demo, let inFile, let inserted, let updated):
            "\(table.replacingOccurrences(of: "_", with: " "))\(demo ? " (demo)" : ""): " + (inFile.map { "\($0) in file, " } ?? "") + "\(inserted) inserted, \(updated) updated"
        case .keyIssued(let id, let role, let bureau): "key \(id)  role \(role.rawValue)  bureau \(bureau)"
        case .secretShownOnce: "secret (shown once; store it now):"
        case .keyListed(let id, let prefix, let role, let revokedAt, let lastUsedAt, let label):
            "\(id)  \(prefix)…  \(role.rawValue)  \(revokedAt.map { "revoked \($0)" } ?? "active")  last used \(lastUsedAt ?? "never")  \(label)"
        case .keyRevoked(let id, let at): "revoked \(id) at \(at)"
        case .noBureauNamed(let name): "no bureau is named \(name)"
        case .staffCreated(let login, let role, let bureau): "staff account \(login)  role \(role.rawValue)  bureau \(bureau)"
        case .oneTimePasswordShownOnce: "one-time password (shown once; to be changed at the first login):"
        case .staffListed(let login, let role, let bureau, let name, let disabledAt, let lockedUntil):
            "\(login)  \(role.rawValue)  \(bureau)  \(name.isEmpty ? "-" : name)  "
                + (disabledAt.map { "disabled \($0)" } ?? lockedUntil.map { "locked until \($0)" } ?? "active")
        case .staffDisabled(let login, let at): "disabled staff account \(login) at \(at); its sessions have ended"
        case .staffSecondFactorReset(let login): "reset the authenticator key of \(login); its sessions have ended, and its next login sets up a new key"
        case .bureausShareName(let count, let name): "\(count) bureaus are named \(name); pass the id"
        case .bureauMayNot(let bureau, let role, let allowed):
            "\(bureau) may not do this: it acts as \(role.rawValue), not \(allowed.map(\.rawValue).sorted().joined(separator: " or "))"
        case .ledgerIntact(let entries, let head): "ledger ok: \(entries) entries, head \(head)"
        case .ledgerBroken(let broken, let entries): "ledger BROKEN: \(broken) (\(entries) entries read)"
        case .imported(let count, let kind, let dryRun, let file, let encoding, let seconds):
            "\(count) \(kind.rawValue) \(dryRun ? "checked (dry run, nothing stored)" : "imported") from \(file) (\(encoding)) in \(seconds) s"
        case .warningsStoredAnyway(let count): "\(count) warning(s), stored anyway:"
        case .andMore(let count, let reportHint): "… and \(count) more" + (reportHint ? " (pass --report FILE to see all)" : "")
        case .everyProblemListedIn(let path): "every problem is listed in \(path)"
        case .templateWritten(let kind, let path): "template for \(kind.rawValue) written to \(path)"
        case .cannotRead(let path): "cannot read \(path)"
        case .cannotWrite(let path): "cannot write \(path)"
        case .toolFailed(let name, let status): "\(name) failed with exit status \(status)"
        case .exported(let count, let path, let unmasked): "\(count) workers exported to \(path)" + (unmasked ? " (unmasked; audited)" : " (masked)")
        case .meetingPackWritten(let year, let path): "meeting pack \(year) written to \(path)"
        case .backedUp(let database, let path, let bytes): "backed up \(database) to \(path) (\(bytes) bytes)"
        case .restored(let file, let database): "restored \(file) into \(database)"
        case .subsidiesEvaluated(let day, let examined, let created): "subsidies as of \(day): \(examined) placements examined, \(created) new pending claims"
        case .fundsHeading(let year, let narrowed, let head):
            "funds \(year)\(narrowed.map { ", entries recorded \($0.from) to \($0.to)" } ?? "")  (ledger head \(head))"
        case .fundsLine(let pairing, let b):
            "\(pairing)  committed ¥\(FundsReport.yuan(b.committedFen))  transferred ¥\(FundsReport.yuan(b.transferredFen))  spent ¥\(FundsReport.yuan(b.spentFen))  balance ¥\(FundsReport.yuan(b.availableFen))"
        case .fundsTotal(let t):
            "total  committed ¥\(FundsReport.yuan(t.committedFen))  transferred ¥\(FundsReport.yuan(t.transferredFen))  spent ¥\(FundsReport.yuan(t.spentFen))"
        case .rotationStarting(let keyId, let workers, let employers, let previousKeys):
            "key \(keyId): \(workers) workers and \(employers) employers to re-seal; \(previousKeys) previous keys given"
        case .rotationStoppedUnreadable(let objectType, let id, let field):
            "stopped: \(objectType) \(id): no given key opens its \(field); pass the key it was sealed with as a previous key (batches before it are kept)"
        case .rotationStoppedDuplicate(let rotating, let existing):
            "stopped: worker \(rotating) is the same person as worker \(existing), registered under the other key: merge or withdraw one, then run again (batches before it are kept)"
        case .rotationFinished(let workers, let employers, let seconds, let left):
            "re-sealed \(workers) workers and \(employers) employers in \(seconds) s; \(left) rows left (rows locked by requests are taken by a next run)"
        case .productionNeedsPersonalDataKey:
            "production mode needs a personal-data key: set MINNING_PII_KEY or pass --pii-key-file (minning pii generate-key makes one)"
        case .summaryHeading(let heading):
            switch heading {
            case .allocation: "allocation"
            case .placedByPriorityGroup: "placed by priority group"
            case .placedByOriginCounty: "placed by origin county"
            case .notPlaced: "not placed"
            }
        case .summaryRow(let row):
            switch row {
            case .workers: "workers"
            case .vacancies: "vacancies"
            case .candidatePairs: "candidate pairs"
            case .assigned: "assigned"
            case .objective: "objective (priority-weighted score)"
            case .solverObjective: "solver objective (score + 1 per pair)"
            case .scoringAndSolving: "scoring and solving"
            case .allocation: "allocation"
            }
        case .noneListed: "(none)"
        case .allocationStored(let id): "\(id) (proposed placements created)"
        case .allocationDryRun: "dry run: nothing stored"
        case .costsTooLargeToScale: "costs too large to scale exactly in 64 bits"
        case .doctorMode(let production): "mode \(production ? "production" : "development")"
        case .doctorVerdict(let passed): passed ? "ok  " : "FAIL"
        case .databaseURLParses(let url): "DATABASE_URL parses (\(url))"
        case .databaseURLProblem(let problem): "DATABASE_URL: \(problem)"
        case .productionDatabaseWithoutTLS(let host): "production database at \(host) without TLS: add ?sslmode=require"
        case .projectFiles(let path): "project files at \(path) (Migrations/, Seeds/, docs/openapi.json)"
        case .projectMissing: "no Migrations/ found: set MINNING_HOME"
        case .personalDataKeyConfigured: "personal-data key configured"
        case .personalDataDevelopmentKey: "personal-data key: development key in .local/pii-dev.key"
        case .personalDataKeyProblem(let problem): "personal-data key: \(problem)"
        case .productionListenWithoutProxy(let host):
            "production listening on \(host) without --behind-proxy: terminate TLS in a reverse proxy (deploy/nginx) and say so"
        case .listenAddress(let host, let behindProxy): "listen address \(host)" + (behindProxy ? " (behind a TLS proxy)" : "")
        case .databaseReachable: "database reachable"
        case .databaseUnreachable(let problem): "database unreachable: \(problem)"
        case .migrationsPendingNamed(let names): "\(names.count) migration(s) pending: \(names.joined(separator: ", ")); run `minning migrate`"
        case .migrationsAllApplied(let count): "all \(count) migrations applied"
        case .sealedUnderCurrentKey(let keyId, let previousKeysGiven):
            "personal data sealed under the current key \(keyId)" + (previousKeysGiven ? "; nothing is left under the earlier keys given: remove MINNING_PII_PREVIOUS_KEYS" : "")
        case .sealedUnderEarlierKey(let workers, let employers, let previousKeysGiven):
            "\(workers) workers and \(employers) employers sealed under an earlier key: "
                + (previousKeysGiven ? "run `minning pii rotate`" : "give it (MINNING_PII_PREVIOUS_KEYS) and run `minning pii rotate`, or they cannot be read")
        case .keysUnrecorded(let workers, let employers):
            "\(employers) employers and \(workers) workers stored before their key (or, for workers, their phone's lookup hash) was recorded: `minning pii rotate` records it"
        case .databaseURLMissing: "set DATABASE_URL or pass --database-url"
        case .option(let name, let message): "\(name) \(message.text(in: .en))"
        case .optionLength(let name, let min, let max): "\(name) must be \(min)…\(max) characters"
        }
    }
}
