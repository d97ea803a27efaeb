import Hummingbird
import MinningPersistence

/// Liveness and readiness for load balancers and orchestrators; no authentication, no personal data.
struct HealthController {
    let database: Database
    /// The migration versions this build expects to find applied.
    let expectedMigrations: Set<Int>

    struct Status: ResponseEncodable {
        let status: String
        let pendingMigrations: Int?
    }

    func addRoutes(to router: Router<MinningRequestContext>) {
        router.get("/healthz") { _, _ in Status(status: "ok", pendingMigrations: nil) }
        router.get("/readyz") { _, _ in try await readiness() }
    }

    /// 503 unless the database answers and every migration of this build is applied: a replica
    /// started before `minning migrate` ran must not take traffic.
    private func readiness() async throws -> Response {
        let applied: Set<Int>
        do {
            applied = try await database.appliedMigrationVersions()
        } catch {
            throw Problem.unavailable()
        }
        let pending = expectedMigrations.subtracting(applied).count
        guard pending == 0 else {
            var problem = Problem(.notReady, status: .serviceUnavailable, detail: .migrationsPending(pending))
            problem.headers["Retry-After"] = "5"
            throw problem
        }
        let body = try APIJSON.encoder.encode(Status(status: "ready", pendingMigrations: 0))
        return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}
