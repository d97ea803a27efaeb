/// What an alert tells a worker's origin bureau (防返贫 follow-up), as facts: the words are the
/// message catalogue's, in the reader's language.
public enum AlertNotice: Sendable, Equatable, Codable {
    case monitoredWorkerSeparated(on: CalendarDay, reason: String)
    case wageMissing(month: CalendarDay)
    case wageBelowMinimum(month: CalendarDay, paidFen: Int, minimumFen: Int)
    case paidClaimFactsChanged(claimId: String, policyCode: String, amountFen: Int, cause: CorrectionCause)

    /// The `alert_kind` vocabulary value.
    public var kind: String {
        switch self {
        case .monitoredWorkerSeparated: "monitored_worker_separated"
        case .wageMissing: "wage_missing"
        case .wageBelowMinimum: "wage_below_minimum"
        case .paidClaimFactsChanged: "paid_claim_facts_changed"
        }
    }
}
