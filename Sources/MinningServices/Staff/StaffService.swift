import Foundation
import HummingbirdBcrypt
import MinningDomain
import MinningPersistence
import Logging
import NIOPosix
import PostgresNIO
import Synchronization

/// Staff accounts and console sessions: who may log in, how failures slow guessing down, and the
/// session a logged-in person works under. The console calls this and the same use cases as the
/// API, with the session's principal.
public struct StaffService: Sendable {
    let database: Database
    let clock: ChinaClock
    /// bcrypt's cost: 12 in service (about a quarter of a second per check); tests lower it.
    let passwordHashCost: UInt8
    let staff: StaffRepository
    let sessions: StaffSessionRepository
    let keys: ApiKeyRepository
    let decoy = DecoyHash()
    /// Seals the second factor's keys; the commands that only create, list or disable accounts run without it.
    let personalData: PersonalDataCipher?

    public init(database: Database, clock: ChinaClock, passwordHashCost: Int, personalData: PersonalDataCipher? = nil) {
        self.database = database
        self.personalData = personalData
        self.clock = clock
        self.passwordHashCost = UInt8(clamping: passwordHashCost)
        self.staff = StaffRepository(database: database)
        self.sessions = StaffSessionRepository(database: database)
        self.keys = ApiKeyRepository(database: database)
    }

    /// A new account. Without a password, a one-time one is made, returned once, and must be
    /// changed at the first login.
    public func create(
        bureauId: UUID, role: Role, login typed: String, displayName: String, password: String?, for requester: Requester,
        requestId: String? = nil
    ) async throws -> (StaffAccount, oneTimePassword: String?) {
        _ = try requester.scope(allowedBy: .manageBureaus)
        guard let login = StaffLogin(typed) else { throw DomainError.invalid([FieldIssue(field: "login", message: .staffLoginFormat)]) }
        let name = displayName.trimmingCharacters(in: .whitespaces)
        guard name.count <= 100 else { throw DomainError.invalid([FieldIssue(field: "display_name", message: .tooLong(max: 100))]) }
        let oneTime = password == nil ? OneTimePassword.generate() : nil
        let chosen = password ?? oneTime!
        if let problem = PasswordPolicy.problem(chosen, login: login) { throw DomainError.invalid([FieldIssue(field: "password", message: problem)]) }
        let hash = try await hashed(chosen)
        let (keys, staff, now) = (self.keys, self.staff, clock.now)
        let account: StaffAccount
        do {
            account = try await database.transaction { connection in
                guard let kind = try await keys.bureauKind(bureauId, on: connection) else {
                    throw DomainError.notFound(.noSuchIdValue(.bureau, bureauId.uuidString.lowercased()))
                }
                try kind.checkCanHold(role)
                let key = try await keys.insert(bureauId: bureauId, role: role, label: "staff \(login.text)", secret: ApiKeySecret.generate(), on: connection)
                try await keys.revoke(key.id, on: connection)
                let account = try await staff.insert(
                    bureauId: bureauId, role: role, login: login, displayName: name, passwordHash: hash, mustChangePassword: oneTime != nil,
                    auditKeyId: key.id, at: now, on: connection
                )
                try await Self.audit("create", account, for: requester, requestId: requestId, on: connection, logger: database.logger)
                return account
            }
        } catch DomainError.conflict(.duplicate("staff_accounts_login_key")) {
            throw DomainError.conflict(.staffLoginTaken(login.text))
        }
        return (account, oneTime)
    }

    public func list(bureauId: UUID?, for requester: Requester) async throws -> [StaffAccount] {
        _ = try requester.scope(allowedBy: .manageBureaus)
        return try await staff.list(bureauId: bureauId)
    }

    /// Disables an account and ends its sessions at once.
    public func disable(login typed: String, for requester: Requester, requestId: String? = nil) async throws -> StaffAccount {
        _ = try requester.scope(allowedBy: .manageBureaus)
        guard let login = StaffLogin(typed) else { throw DomainError.invalid([FieldIssue(field: "login", message: .staffLoginFormat)]) }
        let (staff, sessions, now) = (self.staff, self.sessions, clock.now)
        return try await database.transaction { connection in
            guard let account = try await staff.disable(login, at: now, on: connection) else {
                throw DomainError.notFound(.noSuchIdValue(.staffAccount, login.text))
            }
            try await sessions.endAll(staffId: account.id, except: nil, at: now, on: connection)
            try await Self.audit("disable", account, for: requester, requestId: requestId, on: connection, logger: database.logger)
            return account
        }
    }

    /// A change a staff member or key made to an account is on the audit trail under that caller;
    /// an operator at the command line holds the database and is not a caller.
    static func audit(
        _ action: String, _ account: StaffAccount, for requester: Requester, requestId: String?, on connection: PostgresConnection, logger: Logger
    ) async throws {
        guard case .caller(let principal) = requester else { return }
        try await AuditLog.record(action, objectType: "staff_account", objectId: account.id, by: AuditActor(principal: principal, requestId: requestId), on: connection, logger: logger)
    }

    /// What a login gives: the cookie's token and the session it opens.
    public struct LoggedIn: Sendable {
        public let token: ConsoleToken
        public let session: ConsoleSession
    }

    /// Checks a login and a password and opens a session. Every refusal but a lock or a wait says
    /// only "login or password wrong", so that the answer does not tell which logins exist; an
    /// unknown login costs the same bcrypt check as a known one.
    public func logIn(login typed: String, password: String, requestId: String?) async throws -> LoggedIn {
        guard let login = StaffLogin(typed), (1...PasswordPolicy.lengths.upperBound).contains(password.count) else {
            _ = await Self.verify(password, hash: decoy.hash(cost: passwordHashCost))
            throw DomainError.forbidden(.loginRefused)
        }
        let (staff, sessions, now, decoyHash) = (self.staff, self.sessions, clock.now, decoy.hash(cost: passwordHashCost))
        let token = ConsoleToken.generate(), csrf = ConsoleToken.generate()
        let outcome: Result<StaffAccount, DomainError> = try await database.transaction { connection in
            guard let (account, hash, region) = try await staff.forLogin(login, on: connection) else {
                _ = await Self.verify(password, hash: decoyHash)
                return .failure(.forbidden(.loginRefused))
            }
            if account.disabledAt != nil { return .failure(.forbidden(.accountDisabled)) }
            switch LoginThrottle.refusal(failures: account.failedLogins, lastFailedAt: account.lastFailedAt, lockedUntil: account.lockedUntil, now: now) {
            case .locked(let until): return .failure(.forbidden(.loginLocked(until: ChinaTime.minute(until))))
            case .wait(let seconds): return .failure(.forbidden(.loginWait(seconds: seconds)))
            case nil: break
            }
            guard await Self.verify(password, hash: hash) else {
                let failures = account.failedLogins + 1
                let lock = LoginThrottle.lock(afterFailures: failures, now: now)
                // A lock starts the count again, so the account is not locked anew on its first try after.
                try await staff.recordFailure(account.id, failures: lock == nil ? failures : 0, lockedUntil: lock, at: now, on: connection)
                return .failure(.forbidden(lock.map { .loginLocked(until: ChinaTime.minute($0)) } ?? .loginRefused))
            }
            try await staff.recordSuccess(account.id, on: connection)
            try await sessions.insert(token: token, staffId: account.id, csrf: csrf, at: now, on: connection)
            try await AuditLog.record("log_in", objectType: "staff_account", objectId: account.id, by: AuditActor(principal: Principal(
                keyId: account.auditKeyId, bureauId: account.bureauId, role: account.role, bureauRegion: region
            ), requestId: requestId), on: connection, logger: database.logger)
            return .success(account)
        }
        _ = try outcome.get()
        guard let session = try await sessions.find(token: token, at: now) else { throw DomainError.forbidden(.sessionEnded) }
        return LoggedIn(token: token, session: session)
    }

    /// The live session behind a cookie, or nil.
    public func session(token: ConsoleToken) async throws -> ConsoleSession? {
        try await sessions.find(token: token, at: clock.now)
    }

    public func logOut(token: ConsoleToken, session: ConsoleSession, requestId: String?) async throws {
        let (sessions, now, actor) = (self.sessions, clock.now, AuditActor(principal: session.principal, requestId: requestId))
        try await database.transaction { connection in
            try await sessions.end(token: token, at: now, on: connection)
            try await AuditLog.record("log_out", objectType: "staff_account", objectId: session.account.id, by: actor, on: connection, logger: database.logger)
        }
    }

    /// A new password for the session's own account: the current one checked, the new one against
    /// the policy, every other session of the account ended.
    public func changePassword(
        session: ConsoleSession, token: ConsoleToken, current: String, new: String, repeated: String, requestId: String?
    ) async throws {
        guard let login = StaffLogin(session.account.login) else { throw DomainError.forbidden(.sessionEnded) }
        var issues: [FieldIssue] = []
        if let problem = PasswordPolicy.problem(new, login: login) { issues.append(FieldIssue(field: "new_password", message: problem)) }
        if new != repeated { issues.append(FieldIssue(field: "repeat_password", message: .passwordsDiffer)) }
        if new == current { issues.append(FieldIssue(field: "new_password", message: .mustChangeSomething)) }
        guard issues.isEmpty else { throw DomainError.invalid(issues) }
        let hash = try await hashed(new)
        let (staff, sessions, now, account) = (self.staff, self.sessions, clock.now, session.account)
        let actor = AuditActor(principal: session.principal, requestId: requestId)
        try await database.transaction { connection in
            guard let stored = try await staff.passwordHash(of: account.id, on: connection), await Self.verify(current, hash: stored) else {
                throw DomainError.invalid([FieldIssue(field: "current_password", message: .currentPasswordWrong)])
            }
            try await staff.setPassword(account.id, hash: hash, mustChange: false, on: connection)
            try await sessions.endAll(staffId: account.id, except: token, at: now, on: connection)
            try await AuditLog.record(
                "change_password", objectType: "staff_account", objectId: account.id, fields: ["password"], by: actor,
                on: connection, logger: database.logger
            )
        }
    }

    private func hashed(_ password: String) async throws -> String {
        let cost = passwordHashCost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    static func verify(_ password: String, hash: String) async -> Bool {
        (try? await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }) ?? false
    }

}

/// A hash no password opens (of a random text) at the service's cost, checked for unknown logins
/// so they take as long as known ones; made on first use, not at every command's start.
final class DecoyHash: Sendable {
    private let made = Mutex<String?>(nil)

    func hash(cost: UInt8) -> String {
        made.withLock { made in
            if let made { return made }
            let hash = Bcrypt.hash(ConsoleToken.generate().text, cost: cost)
            made = hash
            return hash
        }
    }
}

/// A one-time password a person can read out over the phone: 12 characters without look-alikes.
enum OneTimePassword {
    static let alphabet = Array("abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789")

    static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<12).map { _ in alphabet.randomElement(using: &generator)! })
    }
}
