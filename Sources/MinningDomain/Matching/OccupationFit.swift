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

    static func sharedDigits(_ lhs: String, _ rhs: String) -> Int {
        var count = 0
        for (a, b) in zip(lhs.utf8, rhs.utf8) {
            guard a == b, count < 4 else { break }
            count += 1
        }
        return count
    }
}
