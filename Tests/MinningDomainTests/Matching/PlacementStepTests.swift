import Foundation
import Testing
@testable import MinningDomain

@Suite("Placement steps and their timeline")
struct PlacementStepTests {
    let proposed = CalendarDay(year: 2026, month: 6, day: 1)!
    let accepted = CalendarDay(year: 2026, month: 6, day: 10)!
    let today = CalendarDay(year: 2026, month: 11, day: 27)!

    func placement(_ status: PlacementStatus, hiredOn: CalendarDay? = nil, separatedOn: CalendarDay? = nil) -> PlacementRecord {
        PlacementRecord(
            id: UUID(), workerId: UUID(), vacancyId: UUID(), status: status, allocationId: nil, proposedByBureau: UUID(),
            explanation: MatchExplanation(parts: [], score: 0, priorityGroups: [], priorityWeight: 1_000, weightedScore: 0, passedConstraints: []),
            proposedOn: proposed, acceptedOn: status == .proposed ? nil : accepted, hiredOn: hiredOn, separatedOn: separatedOn,
            separationReason: separatedOn == nil ? nil : "回乡", closedOn: nil, consecutiveVerifiedMonths: 0, version: 1,
            createdAt: Date(), updatedAt: Date(), createdAtMicroseconds: 0
        )
    }

    func dayProblems(_ step: PlacementStep, _ placement: PlacementRecord) -> [String] {
        PlacementTimeline.problems(of: step, for: placement, today: today).map { $0.message.text(in: .en) }
    }

    @Test("hiring needs its first day; separating needs a last day and a reason")
    func requiredFields() {
        #expect(PlacementStep(to: .hired).problems().map(\.field) == ["on"])
        #expect(PlacementStep(to: .hired, on: accepted).problems().isEmpty)
        #expect(PlacementStep(to: .separated).problems().map(\.field) == ["on", "reason"])
        #expect(PlacementStep(to: .separated, on: today, reason: "回乡").problems().isEmpty)
    }

    @Test("a day or a reason on any other step is refused, by the field that carries it")
    func extraFields() {
        #expect(PlacementStep(to: .accepted).problems().isEmpty)
        #expect(PlacementStep(to: .accepted, on: accepted).problems().map(\.field) == ["on"])
        #expect(PlacementStep(to: .withdrawn, reason: "x").problems().map(\.field) == ["reason"])
    }

    @Test("a hire lies between the acceptance and today: 2000-01-01 and 2099-06-01 are refused with the range")
    func hireDay() {
        let waiting = placement(.accepted)
        let range = "must be from 2026-06-10 (the day the worker accepted) to today, 2026-11-27"
        #expect(dayProblems(PlacementStep(to: .hired, on: CalendarDay(year: 2000, month: 1, day: 1)!), waiting) == [range])
        #expect(dayProblems(PlacementStep(to: .hired, on: CalendarDay(year: 2099, month: 6, day: 1)!), waiting) == [range])
        #expect(dayProblems(PlacementStep(to: .hired, on: accepted.adding(days: -1)), waiting) == [range])
        #expect(dayProblems(PlacementStep(to: .hired, on: accepted), waiting).isEmpty)
        #expect(dayProblems(PlacementStep(to: .hired, on: today), waiting).isEmpty)
    }

    @Test("a separation lies between the first day of work and today")
    func separationDay() {
        let hired = placement(.hired, hiredOn: CalendarDay(year: 2026, month: 7, day: 1)!)
        let range = "must be from 2026-07-01 (the first day of work) to today, 2026-11-27"
        #expect(dayProblems(PlacementStep(to: .separated, on: CalendarDay(year: 2026, month: 6, day: 30)!, reason: "x"), hired) == [range])
        #expect(dayProblems(PlacementStep(to: .separated, on: today.adding(days: 1), reason: "x"), hired) == [range])
        #expect(dayProblems(PlacementStep(to: .separated, on: CalendarDay(year: 2026, month: 7, day: 1)!, reason: "x"), hired).isEmpty)
    }

    @Test("a month lies between the month of hire and the current (or separation) month; no range ever runs backwards")
    func monthRange() {
        let hired = placement(.hired, hiredOn: CalendarDay(year: 2026, month: 7, day: 15)!)
        func problems(_ month: Int, year: Int = 2026, _ placement: PlacementRecord) -> [String] {
            PlacementTimeline.problems(ofMonth: CalendarDay(year: year, month: month, day: 1)!, for: placement, today: today).map { $0.message.text(in: .en) }
        }
        #expect(problems(7, hired).isEmpty && problems(11, hired).isEmpty)
        #expect(problems(6, hired) == ["must be from 2026-07 to 2026-11 (the month of hire to the current month)"])
        #expect(problems(12, hired) == ["must be from 2026-07 to 2026-11 (the month of hire to the current month)"])
        #expect(problems(3, year: 2001, hired).count == 1)
        let separated = placement(.separated, hiredOn: CalendarDay(year: 2026, month: 7, day: 15)!, separatedOn: CalendarDay(year: 2026, month: 7, day: 31)!)
        #expect(problems(8, separated) == ["must be 2026-07 (the month of hire to the month of separation)"])
        // A hire stored in the future before this rule existed: nothing to record yet, said plainly.
        let typo = placement(.hired, hiredOn: CalendarDay(year: 2027, month: 6, day: 1)!)
        #expect(problems(11, typo) == ["cannot be recorded yet: work starts on 2027-06-01"])
    }

    @Test("the first of a month is the day a month is stored under")
    func firstOfMonth() {
        #expect(CalendarDay(year: 2024, month: 2, day: 29)!.firstOfMonth == CalendarDay(year: 2024, month: 2, day: 1)!)
        #expect(CalendarDay(year: 2026, month: 12, day: 1)!.firstOfMonth.monthText == "2026-12")
    }
}
