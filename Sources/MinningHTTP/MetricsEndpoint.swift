import Hummingbird
import Metrics
import Prometheus

/// The process's Prometheus registry, bootstrapped once as the swift-metrics backend by `serve`.
public struct MetricsEndpoint: Sendable {
    let registry: PrometheusCollectorRegistry

    /// swift-metrics may be bootstrapped once per process; every application built in the process
    /// (one in `serve`, many in the tests) reports into this registry.
    public static let shared: MetricsEndpoint = {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return MetricsEndpoint(registry: registry)
    }()

    /// `GET /metrics` in the Prometheus text format, for admin keys only: route labels and counts
    /// are not for every bureau to read.
    func addRoutes(to group: RouterGroup<MinningRequestContext>) {
        group.get("/metrics") { _, context in
            _ = try context.caller(withRole: .admin)
            return Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: registry.emitToString()))
            )
        }
    }
}

/// The service's own counters, next to Hummingbird's per-route request counts and durations.
enum ServiceMetrics {
    static let allocationRuns = Counter(label: "minning_allocation_runs_total")
    static let allocationDuration = Metrics.Timer(label: "minning_allocation_duration_seconds", preferredDisplayUnit: .seconds)
    static let subsidyEvaluations = Counter(label: "minning_subsidy_evaluations_total")
    static let subsidyClaimsCreated = Counter(label: "minning_subsidy_claims_created_total")
    static let ledgerEntries = Counter(label: "minning_ledger_entries_total")
    static let rateLimited = Counter(label: "minning_rate_limited_total")
}

extension Duration {
    var nanoseconds: Int64 { components.seconds * 1_000_000_000 + components.attoseconds / 1_000_000_000 }
}
