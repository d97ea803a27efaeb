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

