import Foundation

/// A joint meeting (联席会议) of the two provinces, or of one pairing's two sides, with what it
/// decided (督办事项) and the cooperation office's 存在问题 / 下一步工作 for the meeting pack.
public struct Meeting: Sendable, Equatable {
    public enum Level: String, CaseIterable, Sendable, Codable {
        /// Of the two provinces: no single pairing.
        case province
        case city, county
    }

    public struct Decision: Sendable, Equatable {
        public let task: String
        public let ownerBureauId: UUID
        public let dueOn: CalendarDay

        public init(task: String, ownerBureauId: UUID, dueOn: CalendarDay) {
            self.task = task
            self.ownerBureauId = ownerBureauId
            self.dueOn = dueOn
        }
    }

    public static let maximumDecisions = 50
    public static let maximumAttendeeUnits = 50

    public let heldOn: CalendarDay
    public let level: Level
    public let place: String
    public let pairingId: Int?
    public let attendeeUnits: [String]
    public let problems: String
    public let nextSteps: String
    public let decisions: [Decision]

    public init(
        heldOn: CalendarDay, level: Level, place: String, pairingId: Int?, attendeeUnits: [String], problems: String, nextSteps: String,
        decisions: [Decision]
    ) {
        self.heldOn = heldOn
        self.level = level
        self.place = place
        self.pairingId = pairingId
        self.attendeeUnits = attendeeUnits
        self.problems = problems
        self.nextSteps = nextSteps
        self.decisions = decisions
    }

    /// A provincial meeting has no pairing and every other has one; a meeting is recorded when it
    /// has sat or is planned within the year; a decision falls due after the meeting.
    public func problems(today: CalendarDay) -> [FieldIssue] {
        var issues: [FieldIssue] = []
        if heldOn > today.adding(days: 366) { issues.append(FieldIssue(field: "held_on", message: .withinDaysAhead(366))) }
        if level == .province, pairingId != nil { issues.append(FieldIssue(field: "pairing_id", message: .onlyWhen(field: "level", is: "city/county"))) }
        if level != .province, pairingId == nil { issues.append(FieldIssue(field: "pairing_id", message: .requiredWhen(field: "level", is: level.rawValue))) }
        for (index, decision) in decisions.enumerated() where decision.dueOn < heldOn {
            issues.append(FieldIssue(field: "decisions[\(index)].due_on", message: .notBefore(field: "held_on")))
        }
        return issues
    }
}

/// A decision as kept, with how far its owner has got.
public struct MeetingDecisionRecord: Sendable, Equatable {
    public enum Status: String, CaseIterable, Sendable, Codable {
        case open, done
    }

    public let id: UUID
    public let meetingId: UUID
    public let position: Int
    public let task: String
    public let ownerBureauId: UUID
    public let ownerBureauName: String
    public let dueOn: CalendarDay
    public let status: Status
    public let progress: String
    public let doneOn: CalendarDay?
    public let version: Int

    public init(
        id: UUID, meetingId: UUID, position: Int, task: String, ownerBureauId: UUID, ownerBureauName: String, dueOn: CalendarDay,
        status: Status, progress: String, doneOn: CalendarDay?, version: Int
    ) {
        self.id = id
        self.meetingId = meetingId
        self.position = position
        self.task = task
        self.ownerBureauId = ownerBureauId
        self.ownerBureauName = ownerBureauName
        self.dueOn = dueOn
        self.status = status
        self.progress = progress
        self.doneOn = doneOn
        self.version = version
    }

    /// Still open after its due day.
    public func isOverdue(today: CalendarDay) -> Bool { status == .open && dueOn < today }

    /// Progress is recorded on an open decision; done needs the day, which falls between the
    /// meeting and today.
    public static func problems(status: Status, doneOn: CalendarDay?, heldOn: CalendarDay, today: CalendarDay) -> [FieldIssue] {
        switch (status, doneOn) {
        case (.open, .some): [FieldIssue(field: "done_on", message: .onlyWhen(field: "status", is: "done"))]
        case (.done, .none): [FieldIssue(field: "done_on", message: .requiredWhen(field: "status", is: "done"))]
        case (.done, .some(let day)) where day > today: [FieldIssue(field: "done_on", message: .notInFuture)]
        case (.done, .some(let day)) where day < heldOn: [FieldIssue(field: "done_on", message: .notBefore(field: "held_on"))]
        default: []
        }
    }
}

/// A meeting as kept, with its decisions.
public struct MeetingRecord: Sendable, Equatable {
    public let id: UUID
    public let meeting: Meeting
    public let decisions: [MeetingDecisionRecord]
    public let version: Int
    public let createdAt: Date

    public init(id: UUID, meeting: Meeting, decisions: [MeetingDecisionRecord], version: Int, createdAt: Date) {
        self.id = id
        self.meeting = meeting
        self.decisions = decisions
        self.version = version
        self.createdAt = createdAt
    }
}
