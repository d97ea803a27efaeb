/// Someone sent to serve on the other side of a pairing (§十九 选派党政干部和专业技术人才): a cadre on
/// 挂职, a teacher, a doctor, an agronomist or another professional. Only what the assessment needs
/// is kept — a name, the two units and the post — and the days served in a year are derived from
/// the dates, never typed.
public struct TalentAssignment: Sendable, Equatable {
    public enum Kind: String, CaseIterable, Sendable, Codable {
        case cadre, teacher, doctor, agronomist, technician

        /// 党政干部 count toward `cadres_sent`; everyone else is a professional (专业技术人才).
        public var metric: TargetMetric { self == .cadre ? .cadresSent : .techniciansSent }
    }

    public enum Direction: String, CaseIterable, Sendable, Codable {
        case toNingxia = "to_ningxia"
        case toFujian = "to_fujian"
    }

    public let pairingId: Int
    public let kind: Kind
    public let direction: Direction
    public let personName: String
    public let homeUnit: String
    public let hostUnit: String
    public let post: String
    public let startsOn: CalendarDay
    /// Nil while the person is still serving.
    public let endsOn: CalendarDay?

    public init(
        pairingId: Int, kind: Kind, direction: Direction, personName: String, homeUnit: String, hostUnit: String, post: String,
        startsOn: CalendarDay, endsOn: CalendarDay?
    ) {
        self.pairingId = pairingId
        self.kind = kind
        self.direction = direction
        self.personName = personName
        self.homeUnit = homeUnit
        self.hostUnit = hostUnit
        self.post = post
        self.startsOn = startsOn
        self.endsOn = endsOn
    }

    /// A posting is planned at most a year ahead and lasts at most ten years (援宁 rounds are
    /// two to three years; a long-serving teacher's may run longer).
    public func problems(today: CalendarDay) -> [FieldIssue] {
        var issues: [FieldIssue] = []
        if startsOn > today.adding(days: 366) { issues.append(FieldIssue(field: "starts_on", message: .withinDaysAhead(366))) }
        if let endsOn {
            if endsOn < startsOn { issues.append(FieldIssue(field: "ends_on", message: .notBefore(field: "starts_on"))) }
            else if endsOn > startsOn.adding(days: 3653) { issues.append(FieldIssue(field: "ends_on", message: .withinYearsOf(field: "starts_on", years: 10, by: startsOn.adding(days: 3653)))) }
        }
        return issues
    }

    /// Days served in `year`, both ends counted, up to `today`: days still ahead are not served yet.
    public func daysServed(in year: Int, today: CalendarDay) -> Int {
        Self.daysServed(from: startsOn, to: endsOn, in: year, today: today)
    }

    public static func daysServed(from start: CalendarDay, to end: CalendarDay?, in year: Int, today: CalendarDay) -> Int {
        guard let first = CalendarDay(year: year, month: 1, day: 1), let last = CalendarDay(year: year, month: 12, day: 31) else { return 0 }
        let from = max(start, first)
        let to = min(end ?? today, last, today)
        return to < from ? 0 : to.daysSinceUnixEpoch - from.daysSinceUnixEpoch + 1
    }
}
