/// Occupation fit from the ISCO-08 hierarchy: codes share 4 digits (unit group), 3 (minor),
/// 2 (sub-major) or 1 (major group). A certified skill counts more than an uncertified one, and
/// either more than a mere wish to work in the occupation.
public enum OccupationFit {
    /// Per mille, by the number of leading digits shared.
    static let certifiedSkill = [0, 250, 450, 650, 1_000]
    static let skill = [0, 200, 400, 600, 850]
    static let preference = [0, 150, 300, 450, 700]

    public static func value(of profile: WorkerProfile, for occupationCode: String) -> Int {
        var best = 0
        for skill in profile.skills {
            let table = skill.certificate == nil ? Self.skill : certifiedSkill
            best = max(best, table[sharedDigits(skill.occupationCode, occupationCode)])
        }
        for wish in profile.preferredOccupations {
            best = max(best, preference[sharedDigits(wish, occupationCode)])
        }
        return best
    }

    /// Where an occupation value comes from: a certified skill, an uncertified one, or a wish.
    public enum Source: Sendable, Equatable, CaseIterable {
        case certifiedSkill, skill, wish
    }

    /// One closeness level of the scorer's model: the value a worker gets from a skill or wish of
    /// `source` that shares `sharedDigits` leading digits with the vacancy's occupation.
    public struct Level: Sendable, Equatable {
        public let value: Int
        public let source: Source
        public let sharedDigits: Int
    }

    /// Every level above zero, best first: candidate generation fetches workers in this order, so
    /// the pool it hands to the scorer follows the scorer's own occupation values.
    public static let levels: [Level] = {
        var levels: [Level] = []
        for digits in 1...4 {
            levels.append(Level(value: certifiedSkill[digits], source: .certifiedSkill, sharedDigits: digits))
            levels.append(Level(value: skill[digits], source: .skill, sharedDigits: digits))
            levels.append(Level(value: preference[digits], source: .wish, sharedDigits: digits))
        }
        return levels.sorted { ($0.value, $0.sharedDigits) > ($1.value, $1.sharedDigits) }
    }()

    /// The value table of one source, by shared digits (index 0: nothing shared).
    public static func values(of source: Source) -> [Int] {
        switch source {
        case .certifiedSkill: certifiedSkill
        case .skill: skill
        case .wish: preference
        }
    }

    static func sharedDigits(_ lhs: String, _ rhs: String) -> Int {
        var count = 0
        for (a, b) in zip(lhs.utf8, rhs.utf8) {
            guard a == b, count < 4 else { break }
            count += 1
        }
        return count
    }
}
