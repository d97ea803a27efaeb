import Foundation
import MinningDomain
import MinningPersistence
import PostgresNIO

/// Joint meetings (联席会议) and their follow-up items (督办事项). A provincial meeting is recorded
/// by a province-wide office and seen by every reader; a city or county meeting belongs to a
/// pairing and follows its scope. An item's owner bureau reports its progress, whatever its kind.
public struct MeetingService: Sendable {
    let database: Database
    let meetings: MeetingRepository
    let pairings: CooperationPairing
    let idempotency: IdempotencyStore
    let clock: ChinaClock

    public init(database: Database, idempotency: IdempotencyStore, clock: ChinaClock) {
        self.database = database
        self.meetings = MeetingRepository(database: database)
        self.pairings = CooperationPairing(access: PairingAccess(database: database))
        self.idempotency = idempotency
        self.clock = clock
    }

    public func record(_ meeting: Meeting, by actor: AuditActor, once: OnceOnly<MeetingRecord>) async throws -> IdempotencyStore.Outcome {
        try Permission.keepCooperationRecords.check(actor.principal)
        let issues = meeting.problems(today: clock.today)
        guard issues.isEmpty else { throw DomainError.invalid(issues) }
        return try await idempotency.run(once) { connection in try await record(meeting, by: actor, on: connection) }
    }

    func record(_ meeting: Meeting, by actor: AuditActor, on connection: PostgresConnection) async throws -> MeetingRecord {
        if let pairingId = meeting.pairingId {
            _ = try await pairings.forWriting(pairingId, on: meeting.heldOn, dayField: "held_on", by: actor.principal, on: connection)
        } else if actor.principal.scope.codePrefix.count > 2 {
            throw DomainError.forbidden(.provincialMeetingByProvince)
        }
        let unknown = try await meetings.unknownBureaus(meeting.decisions.map(\.ownerBureauId), on: connection)
        let issues = meeting.decisions.enumerated().filter { unknown.contains($0.element.ownerBureauId) }.map { index, decision in
            FieldIssue(field: "decisions[\(index)].owner_bureau_id", message: .noSuchIdValue(.bureau, decision.ownerBureauId.uuidString.lowercased()))
        }
        guard issues.isEmpty else { throw DomainError.invalid(issues) }
        return try await meetings.insert(meeting, by: actor, at: clock.now, on: connection)
    }

    public func list(year: Int?, by principal: Principal) async throws -> [MeetingRecord] {
        try Permission.readCooperationRecords.check(principal)
        let (meetings, pairings) = (self.meetings, self.pairings)
        return try await database.transaction { connection in
            try await meetings.list(year: year, pairingIds: try await pairings.access.visibleIds(in: principal.scope, on: connection), on: connection)
        }
    }

    public func find(_ id: UUID, by principal: Principal) async throws -> MeetingRecord {
        try Permission.readCooperationRecords.check(principal)
        let (meetings, pairings) = (self.meetings, self.pairings)
        return try await database.transaction { connection in
            guard let found = try await meetings.find(id, on: connection) else { throw DomainError.notFound(.noneInScope(.meeting)) }
            if let pairingId = found.meeting.pairingId, try await pairings.access.pairing(pairingId, in: principal.scope, on: connection) == nil {
                throw DomainError.notFound(.noneInScope(.meeting))
            }
            return found
        }
    }

    /// The items the caller's bureau owns: what its worklist shows and its progress reports change.
    public func decisionsOwned(by principal: Principal, status: MeetingDecisionRecord.Status?) async throws -> [MeetingDecisionRecord] {
        try Permission.reportDecisionProgress.check(principal)
        let meetings = self.meetings
        return try await database.transaction { connection in
            try await meetings.decisions(ownedBy: principal.bureauId, status: status, on: connection)
        }
    }

    /// Progress on an item, or its completion: by the owner bureau, or an office whose scope holds
    /// the meeting (a province-wide office for a provincial one), or an admin. A done item is final.
    public func report(
        decision id: UUID, status: MeetingDecisionRecord.Status, progress: String?, doneOn: CalendarDay?, expectedVersion: Int?, by actor: AuditActor
    ) async throws -> MeetingDecisionRecord {
        try Permission.reportDecisionProgress.check(actor.principal)
        let (meetings, pairings, today, now) = (self.meetings, self.pairings, clock.today, clock.now)
        return try await database.transaction { connection in
            guard let (decision, heldOn, pairingId) = try await meetings.decision(id, on: connection, forUpdate: true) else {
                throw DomainError.notFound(.noneInScope(.meetingDecision))
            }
            let isOwner = decision.ownerBureauId == actor.principal.bureauId
            let isOffice: Bool
            switch (actor.principal.role, pairingId) {
            case (.admin, _): isOffice = true
            case (.cooperationOffice, .none): isOffice = actor.principal.scope.codePrefix.count <= 2
            case (.cooperationOffice, .some(let pairing)): isOffice = try await pairings.access.pairing(pairing, in: actor.principal.scope, on: connection) != nil
            default: isOffice = false
            }
            guard isOwner || isOffice else { throw DomainError.notFound(.noneInScope(.meetingDecision)) }
            if let expectedVersion, expectedVersion != decision.version { throw StaleVersion(current: decision.version) }
            guard decision.status == .open else { throw DomainError.conflict(.decisionClosed) }
            let issues = MeetingDecisionRecord.problems(status: status, doneOn: doneOn, heldOn: heldOn, today: today)
            guard issues.isEmpty else { throw DomainError.invalid(issues) }
            let fields = ["status", progress.map { _ in "progress" }, doneOn.map { _ in "done_on" }].compactMap { $0 }
            return try await meetings.updateDecision(
                id, status: status, progress: progress ?? decision.progress, doneOn: doneOn, fields: fields, by: actor, at: now, on: connection
            )
        }
    }
}
