import Foundation

/// The one ranking rule of every list: best first by weighted score, then score, then id, so the
/// same data always lists the same way.
public enum MatchRanking {
    /// The best `limit` of `candidates` that pass the hard constraints, with their explanations.
    /// Sorts plain keys and builds nothing for the candidates that do not make the list: the pool
    /// is hundreds, the list tens.
    public static func best<Candidate>(
        _ candidates: [Candidate], id: (Candidate) -> UUID, limit: Int, explain: (Candidate) -> MatchExplanation?
    ) -> [(Candidate, MatchExplanation)] {
        var explanations: [MatchExplanation?] = []
        var keys: [(weighted: Int, score: Int, id: UUID, index: Int)] = []
        explanations.reserveCapacity(candidates.count)
        keys.reserveCapacity(candidates.count)
        for (index, candidate) in candidates.enumerated() {
            let explanation = explain(candidate)
            explanations.append(explanation)
            if let explanation { keys.append((explanation.weightedScore, explanation.score, id(candidate), index)) }
        }
        keys.sort { lhs, rhs in
            if lhs.weighted != rhs.weighted { return lhs.weighted > rhs.weighted }
            if lhs.score != rhs.score { return lhs.score > rhs.score }
            return lhs.id.precedes(rhs.id)
        }
        return keys.prefix(limit).map { (candidates[$0.index], explanations[$0.index]!) }
    }
}

extension UUID {
    /// The order of `uuidString`, without making the strings.
    public func precedes(_ other: UUID) -> Bool {
        withUnsafeBytes(of: uuid) { lhs in withUnsafeBytes(of: other.uuid) { rhs in lhs.lexicographicallyPrecedes(rhs) } }
    }
}
