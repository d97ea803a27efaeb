/// A year's talent, consumption, donations and meetings as the meeting pack reads them: summed
/// per pairing, with the meetings whole.
public struct CooperationSummary: Sendable, Equatable {
    public struct Talent: Sendable, Equatable {
        public let pairingId: Int
        public let kind: TalentAssignment.Kind
        public let direction: TalentAssignment.Direction
        public let people: Int
        /// Days served in the year by all of them, derived from the postings' dates.
        public let days: Int

        public init(pairingId: Int, kind: TalentAssignment.Kind, direction: TalentAssignment.Direction, people: Int, days: Int) {
            self.pairingId = pairingId
            self.kind = kind
            self.direction = direction
            self.people = people
            self.days = days
        }
    }

    public struct Consumption: Sendable, Equatable {
        public let pairingId: Int
        public let category: ConsumptionPurchase.ProductCategory
        public let purchases: Int
        public let amountFen: Int

        public init(pairingId: Int, category: ConsumptionPurchase.ProductCategory, purchases: Int, amountFen: Int) {
            self.pairingId = pairingId
            self.category = category
            self.purchases = purchases
            self.amountFen = amountFen
        }
    }

    public struct Donations: Sendable, Equatable {
        public let pairingId: Int
        public let form: Donation.Form
        public let gifts: Int
        public let valueFen: Int

        public init(pairingId: Int, form: Donation.Form, gifts: Int, valueFen: Int) {
            self.pairingId = pairingId
            self.form = form
            self.gifts = gifts
            self.valueFen = valueFen
        }
    }

    public let talent: [Talent]
    public let consumption: [Consumption]
    public let donations: [Donations]
    /// The year's meetings, newest first.
    public let meetings: [MeetingRecord]

    public init(talent: [Talent], consumption: [Consumption], donations: [Donations], meetings: [MeetingRecord]) {
        self.talent = talent
        self.consumption = consumption
        self.donations = donations
        self.meetings = meetings
    }

    public static let empty = CooperationSummary(talent: [], consumption: [], donations: [], meetings: [])

    /// The meeting whose 存在问题 / 下一步工作 the pack prints: the latest held on or before the
    /// day the meeting sits that has either written.
    public func latestNotes(onOrBefore day: CalendarDay) -> MeetingRecord? {
        meetings.filter { $0.meeting.heldOn <= day && !($0.meeting.problems.isEmpty && $0.meeting.nextSteps.isEmpty) }
            .max { $0.meeting.heldOn < $1.meeting.heldOn }
    }
}
