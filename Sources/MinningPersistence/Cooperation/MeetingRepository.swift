import Foundation
import MinningDomain
import PostgresNIO

/// Rows of `meetings` and `meeting_decisions`.
public struct MeetingRepository: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    static let meetingColumns = "id, held_on, level, place, pairing_id, attendee_units, problems, next_steps, version, created_at"
    static let decisionColumns = """
        d.id, d.meeting_id, d.position, d.task, d.owner_bureau_id, b.name, d.due_on, d.status, d.progress, d.done_on, d.version
        """

    /// The ids among `ids` that name no bureau.
    public func unknownBureaus(_ ids: [UUID], on connection: PostgresConnection) async throws -> Set<UUID> {
        let rows = try await connection.query("SELECT id FROM bureaus WHERE id = ANY(\(ids))", logger: database.logger)
        var known = Set<UUID>()
        for try await id in rows.decode(UUID.self) { known.insert(id) }
        return Set(ids).subtracting(known)
    }

    public func insert(_ meeting: Meeting, by actor: AuditActor, at now: Date, on connection: PostgresConnection) async throws -> MeetingRecord {
        let id = UUID()
        try await connection.query(
            """
            INSERT INTO meetings (id, held_on, level, place, pairing_id, attendee_units, problems, next_steps, recorded_by_bureau, created_at)
            VALUES (\(id), \(meeting.heldOn), \(meeting.level), \(meeting.place), \(meeting.pairingId), \(meeting.attendeeUnits),
                    \(meeting.problems), \(meeting.nextSteps), \(actor.principal.bureauId), \(now))
            """,
            logger: database.logger
        )
        let decisions = meeting.decisions
        if !decisions.isEmpty {
            try await connection.query(
                """
                INSERT INTO meeting_decisions (id, meeting_id, position, task, owner_bureau_id, due_on, updated_at)
                SELECT gen_random_uuid(), \(id), position, task, owner, due, \(now)
                FROM unnest(\(Array(1...decisions.count)), \(decisions.map(\.task)), \(decisions.map(\.ownerBureauId)), \(decisions.map(\.dueOn)))
                     AS t(position, task, owner, due)
                """,
                logger: database.logger
            )
        }
        try await AuditLog.record("create", objectType: "meeting", objectId: id, by: actor, on: connection, logger: database.logger)
        return try await find(id, on: connection)!
    }

    /// Meetings of `year` (or every year): the provincial ones and those of the given pairings, newest first.
    public func list(year: Int?, pairingIds: [Int], on connection: PostgresConnection) async throws -> [MeetingRecord] {
        let (from, to) = ReportPeriod.whole(year).days
        let rows = try await connection.query(
            """
            SELECT \(unescaped: Self.meetingColumns) FROM meetings
            WHERE held_on BETWEEN \(from) AND \(to) AND (pairing_id IS NULL OR pairing_id = ANY(\(pairingIds)))
            ORDER BY held_on DESC, id
            """,
            logger: database.logger
        )
        return try await withDecisions(try await Self.decodeMeetings(rows), on: connection)
    }

    public func find(_ id: UUID, on connection: PostgresConnection) async throws -> MeetingRecord? {
        let rows = try await connection.query("SELECT \(unescaped: Self.meetingColumns) FROM meetings WHERE id = \(id)", logger: database.logger)
        return try await withDecisions(try await Self.decodeMeetings(rows), on: connection).first
    }

    /// A decision with its meeting's day and pairing, locked when it is about to change.
    public func decision(_ id: UUID, on connection: PostgresConnection, forUpdate: Bool = false) async throws -> (decision: MeetingDecisionRecord, heldOn: CalendarDay, pairingId: Int?)? {
        let rows = try await connection.query(
            """
            SELECT \(unescaped: Self.decisionColumns), m.held_on, m.pairing_id
            FROM meeting_decisions d JOIN bureaus b ON b.id = d.owner_bureau_id JOIN meetings m ON m.id = d.meeting_id
            WHERE d.id = \(id) \(unescaped: forUpdate ? "FOR UPDATE OF d" : "")
            """,
            logger: database.logger
        ).collect()
        guard let row = rows.first else { return nil }
        let cells = row.makeRandomAccess()
        return (try Self.decodeDecision(row), try cells[11].decode(CalendarDay.self), try cells[12].decode(Int?.self))
    }

    public func updateDecision(
        _ id: UUID, status: MeetingDecisionRecord.Status, progress: String, doneOn: CalendarDay?, fields: [String], by actor: AuditActor, at now: Date,
        on connection: PostgresConnection
    ) async throws -> MeetingDecisionRecord {
        try await connection.query(
            """
            UPDATE meeting_decisions SET status = \(status), progress = \(progress), done_on = \(doneOn), version = version + 1, updated_at = \(now)
            WHERE id = \(id)
            """,
            logger: database.logger
        )
        try await AuditLog.record("update", objectType: "meeting_decision", objectId: id, fields: fields, by: actor, on: connection, logger: database.logger)
        return try await decision(id, on: connection)!.decision
    }

    /// Decisions a bureau owns (of one status, or all), open ones first by due day.
    public func decisions(ownedBy bureauId: UUID, status: MeetingDecisionRecord.Status?, on connection: PostgresConnection) async throws -> [MeetingDecisionRecord] {
        let rows = try await connection.query(
            """
            SELECT \(unescaped: Self.decisionColumns) FROM meeting_decisions d JOIN bureaus b ON b.id = d.owner_bureau_id
            WHERE d.owner_bureau_id = \(bureauId) AND (\(status?.rawValue)::text IS NULL OR d.status = \(status?.rawValue))
            ORDER BY d.status DESC, d.due_on, d.id LIMIT 500
            """,
            logger: database.logger
        )
        var result: [MeetingDecisionRecord] = []
        for try await row in rows { result.append(try Self.decodeDecision(row)) }
        return result
    }

    /// As `decisions(ownedBy:openOnly:on:)`, outside a transaction, for the worklist.
    public func openDecisions(ownedBy bureauId: UUID, limit: Int) async throws -> [MeetingDecisionRecord] {
        let rows = try await database.query(
            """
            SELECT \(unescaped: Self.decisionColumns) FROM meeting_decisions d JOIN bureaus b ON b.id = d.owner_bureau_id
            WHERE d.owner_bureau_id = \(bureauId) AND d.status = 'open' ORDER BY d.due_on, d.id LIMIT \(limit)
            """
        )
        var result: [MeetingDecisionRecord] = []
        for try await row in rows { result.append(try Self.decodeDecision(row)) }
        return result
    }

    private func withDecisions(_ meetings: [(UUID, Meeting, Int, Date)], on connection: PostgresConnection) async throws -> [MeetingRecord] {
        guard !meetings.isEmpty else { return [] }
        let rows = try await connection.query(
            """
            SELECT \(unescaped: Self.decisionColumns) FROM meeting_decisions d JOIN bureaus b ON b.id = d.owner_bureau_id
            WHERE d.meeting_id = ANY(\(meetings.map(\.0))) ORDER BY d.meeting_id, d.position
            """,
            logger: database.logger
        )
        var byMeeting: [UUID: [MeetingDecisionRecord]] = [:]
        for try await row in rows {
            let decision = try Self.decodeDecision(row)
            byMeeting[decision.meetingId, default: []].append(decision)
        }
        return meetings.map { id, meeting, version, created in
            let decisions = byMeeting[id] ?? []
            let kept = Meeting(
                heldOn: meeting.heldOn, level: meeting.level, place: meeting.place, pairingId: meeting.pairingId, attendeeUnits: meeting.attendeeUnits,
                problems: meeting.problems, nextSteps: meeting.nextSteps,
                decisions: decisions.map { Meeting.Decision(task: $0.task, ownerBureauId: $0.ownerBureauId, dueOn: $0.dueOn) }
            )
            return MeetingRecord(id: id, meeting: kept, decisions: decisions, version: version, createdAt: created)
        }
    }

    static func decodeMeetings(_ rows: PostgresRowSequence) async throws -> [(UUID, Meeting, Int, Date)] {
        var result: [(UUID, Meeting, Int, Date)] = []
        for try await row in rows {
            let (id, held, level, place, pairing, units, problems, next, version, created) = try row.decode(
                (UUID, CalendarDay, Meeting.Level, String, Int?, [String], String, String, Int, Date).self
            )
            result.append((id, Meeting(
                heldOn: held, level: level, place: place, pairingId: pairing, attendeeUnits: units, problems: problems, nextSteps: next, decisions: []
            ), version, created))
        }
        return result
    }

    static func decodeDecision(_ row: PostgresRow) throws -> MeetingDecisionRecord {
        let cells = row.makeRandomAccess()
        let id = try cells[0].decode(UUID.self), meeting = try cells[1].decode(UUID.self), position = try cells[2].decode(Int.self)
        let task = try cells[3].decode(String.self), owner = try cells[4].decode(UUID.self), ownerName = try cells[5].decode(String.self)
        let due = try cells[6].decode(CalendarDay.self), status = try cells[7].decode(MeetingDecisionRecord.Status.self)
        let progress = try cells[8].decode(String.self), done = try cells[9].decode(CalendarDay?.self), version = try cells[10].decode(Int.self)
        return MeetingDecisionRecord(
            id: id, meetingId: meeting, position: position, task: task, ownerBureauId: owner, ownerBureauName: ownerName, dueOn: due,
            status: status, progress: progress, doneOn: done, version: version
        )
    }
}
