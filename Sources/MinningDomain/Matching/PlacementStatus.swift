/// The life of a placement. `proposed → accepted | declined | withdrawn`,
/// `accepted → hired | withdrawn`, `hired → separated`. Live placements (proposed, accepted,
/// hired) hold one of the vacancy's openings.
public enum PlacementStatus: String, CaseIterable, Sendable, Codable {
    case proposed
    case accepted
    case declined
    case withdrawn
    case hired
    case separated

    public var isLive: Bool { [.proposed, .accepted, .hired].contains(self) }

    public var allowedNext: [PlacementStatus] {
        switch self {
        case .proposed: [.accepted, .declined, .withdrawn]
        case .accepted: [.hired, .withdrawn]
        case .hired: [.separated]
        case .declined, .withdrawn, .separated: []
        }
    }

    /// Nil when `next` may follow; otherwise why not, for a 409.
    public func transitionProblem(to next: PlacementStatus) -> Message? {
        guard !allowedNext.contains(next) else { return nil }
        if allowedNext.isEmpty { return .placementFinal(self) }
        return .placementTransition(from: self, allowed: allowedNext, to: next)
    }
}

/// Who answers for which step: the worker's side (the origin bureau) accepts or declines, the
/// employer's side (the destination bureau) records hiring and separation; either may withdraw.
public enum PlacementSide: Sendable {
    case origin
    case destination
    case both

    public static func allowed(to next: PlacementStatus) -> PlacementSide {
        switch next {
        case .accepted, .declined: .origin
        case .hired, .separated: .destination
        case .withdrawn, .proposed: .both
        }
    }
}
