/// The offer against the expectation, at the middle of the offered range: full marks at or above
/// the expectation, nothing at 70 % of it or below, a straight line between.
public enum WageFit {
    public static func value(expectedFen: Int, offeredMinFen: Int, offeredMaxFen: Int) -> Int {
        guard expectedFen > 0 else { return ScoreComponent.full }
        let offered = (offeredMinFen + offeredMaxFen) / 2
        let floor = expectedFen * 7 / 10
        guard offered > floor else { return 0 }
        guard offered < expectedFen else { return ScoreComponent.full }
        return (offered - floor) * ScoreComponent.full / (expectedFen - floor)
    }
}
