/// Why a pair scored what it did: every component's value and weight, the worker's priority
/// weight and the constraints the pair passed. It travels with every proposal, so a clerk can
/// check a match by hand.
public struct MatchExplanation: Sendable, Equatable {
    public struct Part: Sendable, Equatable {
        public let component: ScoreComponent
        /// Per mille.
        public let value: Int
        /// Points out of 100.
        public let weight: Int
        public var points: Int { value * weight }
    }

    public let parts: [Part]
    /// Sum of value × weight: 0 to 100,000.
    public let score: Int
    public let priorityGroups: [PriorityPolicy.Group]
    /// Per mille, 1000 for a worker in no priority group.
    public let priorityWeight: Int
    /// `score × priorityWeight / 1000`: what a cohort allocation maximises.
    public let weightedScore: Int
    public let passedConstraints: [HardConstraint]
}

/// The verdict on one worker–vacancy pair.
public enum MatchEvaluation: Sendable, Equatable {
    case feasible(MatchExplanation)
    case infeasible(failed: [HardConstraint])

    public var explanation: MatchExplanation? {
        if case .feasible(let explanation) = self { return explanation }
        return nil
    }
}
