/// The parts of a match score. Each is a value from 0 to 1000 (per mille) with a weight in
/// points; the weights add up to 100, so a perfect match scores 100,000. Integers throughout, so
/// the cohort optimum is exact and the same input always gives the same answer.
public enum ScoreComponent: String, CaseIterable, Sendable, Codable {
    /// How close the worker's skills or wishes are to the vacancy's ISCO-08 unit group.
    case occupationFit = "occupation_fit"
    /// The offered wage against what the worker expects.
    case wage
    /// Housing provided when the worker needs it.
    case housing
    /// The worker was certified at a training base this employer runs.
    case trainingLink = "training_link"
    /// The worker's county is paired with the vacancy's Fujian city or county (结对帮扶).
    case pairingLink = "pairing_link"
    /// How many of this employer's (and this county × industry's) hires are still employed after
    /// six months, smoothed toward the overall rate while the sample is small.
    case retention

    /// Weights in points (sum 100). Occupation first: a worker placed in their trade stays;
    /// retention next, because the policy counts jobs kept (稳岗), not jobs started.
    public var weight: Int {
        switch self {
        case .occupationFit: 35
        case .wage: 20
        case .retention: 15
        case .housing: 10
        case .trainingLink: 10
        case .pairingLink: 10
        }
    }

    public static let full = 1_000
}
