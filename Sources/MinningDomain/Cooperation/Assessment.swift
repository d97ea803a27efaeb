/// A pairing's year judged against its agreement (自评): each target beside what the records show,
/// the completion rate and the change on the previous year. Nothing here is typed in: targets are
/// the agreement's, actuals are computed from the records; a figure that does not exist (no target,
/// no previous year) is nil rather than zero.
public struct Assessment: Sendable, Equatable {
    public struct Line: Sendable, Equatable {
        public let metric: TargetMetric
        public let target: Int?
        /// Nil: Minning keeps no records of this yet.
        public let actual: Int?
        public let previousActual: Int?

        /// Actual over target in per mille, rounded half up; nil without a target or an actual, or with a target of 0.
        public var completionPerMille: Int? {
            guard let target, target > 0, let actual else { return nil }
            // Whole parts first, so that a sum of many records near Int's range cannot overflow.
            let (whole, overflow) = (actual / target).multipliedReportingOverflow(by: 1000)
            guard !overflow else { return Int.max }
            return whole.saturatingAdding(((actual % target) * 1000 + target / 2) / target)
        }

        /// Actual minus the previous year's.
        public var change: Int? {
            guard let actual, let previousActual else { return nil }
            return actual - previousActual
        }

        public var met: Bool? { completionPerMille.map { $0 >= 1000 } }
    }

    public let pairingId: Int
    public let year: Int
    public let lines: [Line]

    /// One line per metric, in the order of the assessment's aspects.
    public init(pairingId: Int, year: Int, targets: [TargetMetric: Int], actuals: [TargetMetric: Int], previousActuals: [TargetMetric: Int]) {
        self.pairingId = pairingId
        self.year = year
        self.lines = TargetMetric.allCases.map { metric in
            Line(metric: metric, target: targets[metric], actual: actuals[metric], previousActual: previousActuals[metric])
        }
    }

    /// Per mille as people read it: 1234 → "123.4%".
    public static func percent(_ perMille: Int) -> String {
        "\(perMille / 10).\(perMille % 10)%"
    }
}
