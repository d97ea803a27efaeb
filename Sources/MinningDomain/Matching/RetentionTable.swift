import Foundation

/// Hires old enough to count (hired six months ago or more) and how many of them were still
/// employed six months after they started.
public struct RetentionCounts: Sendable, Equatable {
    public var hires: Int
    public var retained: Int

    public init(hires: Int, retained: Int) {
        self.hires = hires
        self.retained = retained
    }
}

/// Six-month retention by employer and by origin county × industry, each smoothed toward the
/// overall rate with the weight of `priorStrength` hires, so one lucky or unlucky hire does not
/// swing a small employer's score (empirical-Bayes shrinkage, as GeoMatch does with sparse cells).
public struct RetentionTable: Sendable, Equatable {
    public var overall: RetentionCounts
    public var byEmployer: [UUID: RetentionCounts]
    /// Keyed `county/industry`, e.g. `640422/C`.
    public var byCountyIndustry: [String: RetentionCounts]
    public let priorStrength: Int

    /// With no history at all the overall rate is unknown; a neutral 50 % favours nobody.
    public static let neutralRate = 500

    public init(
        overall: RetentionCounts = .init(hires: 0, retained: 0), byEmployer: [UUID: RetentionCounts] = [:],
        byCountyIndustry: [String: RetentionCounts] = [:], priorStrength: Int = 10
    ) {
        self.overall = overall
        self.byEmployer = byEmployer
        self.byCountyIndustry = byCountyIndustry
        self.priorStrength = priorStrength
    }

    public static func key(county: String, industry: String) -> String { "\(county)/\(industry)" }

    public var overallRate: Int {
        overall.hires == 0 ? Self.neutralRate : overall.retained * ScoreComponent.full / overall.hires
    }

    /// Per mille: the mean of the employer's and the county × industry's smoothed rates.
    public func value(employer: UUID, county: String, industry: String) -> Int {
        let prior = overallRate
        func smoothed(_ counts: RetentionCounts?) -> Int {
            guard let counts, counts.hires > 0 else { return prior }
            return (counts.retained * ScoreComponent.full + prior * priorStrength) / (counts.hires + priorStrength)
        }
        return (smoothed(byEmployer[employer]) + smoothed(byCountyIndustry[Self.key(county: county, industry: industry)])) / 2
    }
}
