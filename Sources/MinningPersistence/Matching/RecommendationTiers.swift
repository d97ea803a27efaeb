import MinningDomain

/// The occupation tiers of one worker's recommendations, from `OccupationFit`'s own tables: one
/// tier per value the worker's skills and wishes can give a vacancy, best first. A vacancy is in
/// the tier of its best value only: it shares a prefix with a code of that level and with none of
/// a better one (a longer shared prefix is always worth more for the same code and source).
struct RecommendationTiers {
    struct Tier {
        let value: Int
        /// SQL over `v.occupation_code`, naming its prefix arrays by bind number.
        let condition: String
    }

    let conditions: [Tier]
    /// The prefix arrays, in bind order from `firstBind`.
    let bindings: [[String]]

    init(_ profile: WorkerProfile, firstBind: Int) {
        var prefixesByValue: [Int: [Int: Set<String>]] = [:]
        func add(_ code: String, _ source: OccupationFit.Source) {
            let table = OccupationFit.values(of: source)
            for digits in 1...4 { prefixesByValue[table[digits], default: [:]][digits, default: []].insert(String(code.prefix(digits))) }
        }
        for skill in profile.skills { add(skill.occupationCode, skill.certificate == nil ? .skill : .certifiedSkill) }
        for wish in profile.preferredOccupations { add(wish, .wish) }
        guard !prefixesByValue.isEmpty else {
            // A worker who named no occupation: every open vacancy, in one tier of value 0.
            conditions = [Tier(value: 0, condition: "TRUE")]
            bindings = []
            return
        }
        var bindings: [[String]] = []
        var bindOf: [String: Int] = [:]
        func matches(_ byDigits: [Int: Set<String>]) -> String {
            byDigits.keys.sorted(by: >).map { digits in
                let prefixes = byDigits[digits]!.sorted()
                let key = "\(digits):" + prefixes.joined(separator: ",")
                let number = bindOf[key] ?? {
                    bindings.append(prefixes)
                    bindOf[key] = firstBind + bindings.count - 1
                    return firstBind + bindings.count - 1
                }()
                return digits == 4 ? "v.occupation_code = ANY($\(number)::text[])" : "left(v.occupation_code, \(digits)) = ANY($\(number)::text[])"
            }.joined(separator: " OR ")
        }
        var tiers: [Tier] = []
        var better: [Int: Set<String>] = [:]
        for value in prefixesByValue.keys.sorted(by: >) {
            let here = prefixesByValue[value]!
            let condition = better.isEmpty ? "(\(matches(here)))" : "(\(matches(here))) AND NOT (\(matches(better)))"
            tiers.append(Tier(value: value, condition: condition))
            for (digits, prefixes) in here { better[digits, default: []].formUnion(prefixes) }
        }
        conditions = tiers
        self.bindings = bindings
    }
}
