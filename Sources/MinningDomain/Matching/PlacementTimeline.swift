/// The one rule for every dated fact of a placement: each step lies between the step before it
/// and today (China time), and a month worked between the month of hire and the current month
/// (or the month of separation). Refusals name the field and the allowed range in words that
/// cannot contradict themselves: when no day is allowed yet, they say so instead of printing a
/// range whose start is after its end.
public enum PlacementTimeline {
    /// Problems with the day `step` carries, against `placement` as stored and `today`.
    public static func problems(of step: PlacementStep, for placement: PlacementRecord, today: CalendarDay) -> [FieldIssue] {
        guard let day = step.on else { return [] }
        switch step.to {
        case .hired:
            return within(day, from: placement.acceptedOn ?? placement.proposedOn, fromWhat: .workerAccepted, to: today)
        case .separated:
            guard let hiredOn = placement.hiredOn else { return [] }
            return within(day, from: hiredOn, fromWhat: .firstDayOfWork, to: today)
        default:
            return []
        }
    }

    /// Problems with a month worked (its first day) on `today`.
    public static func problems(ofMonth month: CalendarDay, for placement: PlacementRecord, today: CalendarDay) -> [FieldIssue] {
        guard let hiredOn = placement.hiredOn else { return [] }
        let first = hiredOn.firstOfMonth
        let last = (placement.separatedOn ?? today).firstOfMonth
        guard first <= last else {
            return [FieldIssue(field: "month", message: .monthNotYet(hiredOn: hiredOn))]
        }
        guard month < first || month > last else { return [] }
        return [FieldIssue(field: "month", message: .monthRange(first, last, separated: placement.separatedOn != nil))]
    }

    private static func within(_ day: CalendarDay, from earliest: CalendarDay, fromWhat: TimelineAnchor, to today: CalendarDay) -> [FieldIssue] {
        guard earliest <= today else {
            return [FieldIssue(field: "on", message: .dayNotYet(fromWhat, earliest))]
        }
        guard day < earliest || day > today else { return [] }
        return [FieldIssue(field: "on", message: earliest == today ? .dayToday(today) : .dayRange(earliest, fromWhat, today: today))]
    }
}
