import Testing
@testable import MinningDomain

@Suite("Placement steps")
struct PlacementStepTests {
    let start = CalendarDay(year: 2026, month: 6, day: 1)!

    @Test("hiring needs its first day; separating needs a last day not before the start and a reason")
    func requiredFields() {
        #expect(PlacementStep(to: .hired).problems(hiredOn: nil).map(\.field) == ["on"])
        #expect(PlacementStep(to: .hired, on: start).problems(hiredOn: nil).isEmpty)
        #expect(PlacementStep(to: .separated).problems(hiredOn: start).map(\.field) == ["on", "reason"])
        let early = PlacementStep(to: .separated, on: start.adding(days: -1), reason: "回乡").problems(hiredOn: start)
        #expect(early.map(\.message) == ["must not be before the start, 2026-06-01"])
        #expect(PlacementStep(to: .separated, on: start, reason: "回乡").problems(hiredOn: start).isEmpty)
    }

    @Test("a day or a reason on any other step is refused, by the field that carries it")
    func extraFields() {
        #expect(PlacementStep(to: .accepted).problems(hiredOn: nil).isEmpty)
        #expect(PlacementStep(to: .accepted, on: start).problems(hiredOn: nil).map(\.field) == ["on"])
        #expect(PlacementStep(to: .withdrawn, reason: "x").problems(hiredOn: nil).map(\.field) == ["reason"])
    }

    @Test("the first of a month is the day a month is stored under")
    func firstOfMonth() {
        #expect(CalendarDay(year: 2024, month: 2, day: 29)!.firstOfMonth == CalendarDay(year: 2024, month: 2, day: 1)!)
        #expect(CalendarDay(year: 2026, month: 12, day: 1)!.firstOfMonth.monthText == "2026-12")
    }
}
