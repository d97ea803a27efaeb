/// A correction of a placement's facts, as the claims and alerts it affects name it: which fact,
/// from what to what, and the clerk's reason.
public enum CorrectionCause: Sendable, Equatable, Codable {
    case day(PlacementCorrection.Fact, from: CalendarDay, to: CalendarDay, reason: String)
    case month(CalendarDay, from: MonthFact, to: MonthFact, reason: String)
}
