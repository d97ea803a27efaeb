import Hummingbird

/// Serves the OpenAPI 3.1 document kept in `docs/openapi.json`, read once at start-up.
struct OpenAPIController {
    let document: ByteBuffer

    func addRoutes(to router: Router<MinningRequestContext>) {
        router.get("/openapi.json") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: document))
        }
    }
}
