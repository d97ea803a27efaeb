import Foundation
import MinningDomain
import MinningPersistence

/// The second factor of cooperation offices and admins: an authenticator app's code after the
/// password, set up at the first login, checked on every login after it, each code good once.
/// Wrong codes count with wrong passwords: the same waits and the same lock.
extension StaffService {
    static let secondFactorField = "staff_second_factor"
    /// The name an authenticator app lists the account under.
    public static let secondFactorIssuer = "闽宁协作工作台"

    /// The key the session's person is setting up: made and stored sealed on the first visit, the
    /// same one shown until its first code is typed. Refused once a key is confirmed, so a stolen
    /// session cannot replace the person's phone.
    public func secondFactorEnrolment(_ session: ConsoleSession) async throws -> TimeBasedCode {
        let cipher = try sealing()
        let (staff, id) = (self.staff, session.account.id)
        return try await database.transaction { connection in
            if let stored = try await staff.secondFactor(of: id, on: connection) {
                if stored.confirmed { throw DomainError.conflict(.secondFactorAlreadySet) }
                if let key = try? cipher.open(stored.sealed, field: Self.secondFactorField), let code = TimeBasedCode(base32: key) { return code }
            }
            let code = TimeBasedCode.generate()
            try await staff.setPendingSecondFactor(id, sealed: try cipher.seal(code.base32, field: Self.secondFactorField), keyId: cipher.keyId, on: connection)
            return code
        }
    }

    /// Checks a code typed in a session: against the key being set up (which the first good code
    /// confirms) or the confirmed one. A good code opens the session's pages; a wrong one counts
    /// as a failed login.
    public func giveSecondFactor(_ typed: String, session: ConsoleSession, token: ConsoleToken, requestId: String?) async throws {
        let cipher = try sealing()
        let (staff, sessions, now, account) = (self.staff, self.sessions, clock.now, session.account)
        let actor = AuditActor(principal: session.principal, requestId: requestId)
        let outcome: Result<Void, DomainError> = try await database.transaction { connection in
            guard let (current, _, _) = try await staff.forLogin(StaffLogin(account.login)!, on: connection),
                  let stored = try await staff.secondFactor(of: account.id, on: connection),
                  let text = try? cipher.open(stored.sealed, field: Self.secondFactorField), let key = TimeBasedCode(base32: text)
            else { return .failure(.forbidden(.sessionEnded)) }
            switch LoginThrottle.refusal(failures: current.failedLogins, lastFailedAt: current.lastFailedAt, lockedUntil: current.lockedUntil, now: now) {
            case .locked(let until): return .failure(.forbidden(.loginLocked(until: ChinaTime.minute(until))))
            case .wait(let seconds): return .failure(.forbidden(.loginWait(seconds: seconds)))
            case nil: break
            }
            guard let step = key.matchingStep(typed, at: now, after: stored.lastStep) else {
                let failures = current.failedLogins + 1
                let lock = LoginThrottle.lock(afterFailures: failures, now: now)
                try await staff.recordFailure(account.id, failures: lock == nil ? failures : 0, lockedUntil: lock, at: now, on: connection)
                if let lock {
                    // A lock ends the half-open session too: the next try starts again from the password.
                    try await sessions.endAll(staffId: account.id, except: nil, at: now, on: connection)
                    return .failure(.forbidden(.loginLocked(until: ChinaTime.minute(lock))))
                }
                return .failure(.invalid([FieldIssue(field: "code", message: .secondFactorCodeWrong)]))
            }
            let resealed = stored.keyId == cipher.keyId ? nil : (sealed: try cipher.seal(text, field: Self.secondFactorField), keyId: cipher.keyId)
            try await staff.useSecondFactor(account.id, step: step, resealed: resealed, at: now, on: connection)
            try await sessions.markSecondFactor(token: token, at: now, on: connection)
            try await AuditLog.record(
                stored.confirmed ? "verify_second_factor" : "enrol_second_factor", objectType: "staff_account", objectId: account.id, by: actor,
                on: connection, logger: database.logger
            )
            return .success(())
        }
        try outcome.get()
    }

    /// Forgets an account's key (a lost or changed phone) and ends its sessions: its next login
    /// sets up a new one. An admin's act, audited under the admin.
    public func resetSecondFactor(login typed: String, for requester: Requester, requestId: String? = nil) async throws -> StaffAccount {
        _ = try requester.scope(allowedBy: .manageBureaus)
        guard let login = StaffLogin(typed) else { throw DomainError.invalid([FieldIssue(field: "login", message: .staffLoginFormat)]) }
        let (staff, sessions, now) = (self.staff, self.sessions, clock.now)
        return try await database.transaction { connection in
            guard let account = try await staff.resetSecondFactor(login, on: connection) else {
                throw DomainError.notFound(.noSuchIdValue(.staffAccount, login.text))
            }
            try await sessions.endAll(staffId: account.id, except: nil, at: now, on: connection)
            try await Self.audit("reset_second_factor", account, for: requester, requestId: requestId, on: connection, logger: database.logger)
            return account
        }
    }

    private func sealing() throws -> PersonalDataCipher {
        guard let personalData else { preconditionFailure("StaffService was built without the personal-data key: second factors need it") }
        return personalData
    }
}
