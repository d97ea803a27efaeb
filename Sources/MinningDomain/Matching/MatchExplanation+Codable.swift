/// The explanation's wire and storage form (snake_case JSON); stored with each placement so the
/// reason for a proposal stays as it was when it was made.
extension MatchExplanation: Codable {
    enum CodingKeys: String, CodingKey {
        case components
        case score
        case priorityGroups = "priority_groups"
        case priorityWeight = "priority_weight"
        case weightedScore = "weighted_score"
        case passedConstraints = "passed_constraints"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        parts = try container.decode([Part].self, forKey: .components)
        score = try container.decode(Int.self, forKey: .score)
        priorityGroups = try container.decode([PriorityPolicy.Group].self, forKey: .priorityGroups)
        priorityWeight = try container.decode(Int.self, forKey: .priorityWeight)
        weightedScore = try container.decode(Int.self, forKey: .weightedScore)
        passedConstraints = try container.decode([HardConstraint].self, forKey: .passedConstraints)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(parts, forKey: .components)
        try container.encode(score, forKey: .score)
        try container.encode(priorityGroups, forKey: .priorityGroups)
        try container.encode(priorityWeight, forKey: .priorityWeight)
        try container.encode(weightedScore, forKey: .weightedScore)
        try container.encode(passedConstraints, forKey: .passedConstraints)
    }
}

extension MatchExplanation.Part: Codable {
    enum CodingKeys: String, CodingKey {
        case component
        case valuePerMille = "value_per_mille"
        case weight
        case points
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        component = try container.decode(ScoreComponent.self, forKey: .component)
        value = try container.decode(Int.self, forKey: .valuePerMille)
        weight = try container.decode(Int.self, forKey: .weight)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(component, forKey: .component)
        try container.encode(value, forKey: .valuePerMille)
        try container.encode(weight, forKey: .weight)
        try container.encode(points, forKey: .points)
    }
}

extension MatchExplanation {
    /// The wire form without the priority groups, the priority weight and the weighted score:
    /// together they tell a worker's household status (monitored, lifted, 低保) and county, which
    /// the employer's side does not see.
    public func encodeWithoutPriority(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(parts, forKey: .components)
        try container.encode(score, forKey: .score)
        try container.encode(passedConstraints, forKey: .passedConstraints)
    }
}
