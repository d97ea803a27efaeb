import Metrics

/// The service's own counters, next to the per-route request counts and durations.
public enum ServiceMetrics {
    public static let allocationRuns = Counter(label: "minning_allocation_runs_total")
    public static let allocationDuration = Metrics.Timer(label: "minning_allocation_duration_seconds", preferredDisplayUnit: .seconds)
    public static let subsidyEvaluations = Counter(label: "minning_subsidy_evaluations_total")
    public static let subsidyClaimsCreated = Counter(label: "minning_subsidy_claims_created_total")
    public static let ledgerEntries = Counter(label: "minning_ledger_entries_total")
    public static let rateLimited = Counter(label: "minning_rate_limited_total")

    /// Makes every series appear (at zero) from the start: a series that exists only after its
    /// first event reads as "no data" rather than 0 in a dashboard or an alert rule.
    public static func export() {
        for counter in [allocationRuns, subsidyEvaluations, subsidyClaimsCreated, ledgerEntries, rateLimited] { counter.increment(by: 0) }
        _ = allocationDuration
    }
}

extension Duration {
    public var nanoseconds: Int64 { components.seconds * 1_000_000_000 + components.attoseconds / 1_000_000_000 }
}
