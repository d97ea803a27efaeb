/// Who gets a heavier weight in a cohort allocation, as the policy text asks: monitored households
/// (防返贫监测对象) first, then lifted (脱贫) and 低保 households, and workers from national key
/// assistance counties. Factors are per mille and multiply, so a monitored worker from a key county
/// weighs 1.5 × 1.2 = 1.8. The figures live in the database table `priority_weights`.
public struct PriorityPolicy: Sendable, Equatable {
    public enum Group: String, CaseIterable, Sendable, Codable {
        case monitored
        case lifted
        case dibao
        case keyAssistanceCounty = "key_assistance_county"
    }

    public let factors: [Group: Int]

    public init(factors: [Group: Int]) {
        self.factors = factors
    }

    /// The factors seeded in `Seeds/priority_weights.csv`; tests and benchmarks use them too.
    public static let standard = PriorityPolicy(factors: [.monitored: 1_500, .lifted: 1_300, .dibao: 1_300, .keyAssistanceCounty: 1_200])

    public static let neutral = 1_000

    public func groups(of worker: MatchWorker) -> [Group] {
        var groups: [Group] = []
        switch worker.profile.povertyStatus {
        case .monitored: groups.append(.monitored)
        case .lifted: groups.append(.lifted)
        case .dibao: groups.append(.dibao)
        case .none: break
        }
        if worker.fromKeyAssistanceCounty { groups.append(.keyAssistanceCounty) }
        return groups
    }

    /// Per mille, at least 1000.
    public func weight(of worker: MatchWorker) -> Int {
        groups(of: worker).reduce(Self.neutral) { weight, group in
            weight * (factors[group] ?? Self.neutral) / Self.neutral
        }
    }
}
