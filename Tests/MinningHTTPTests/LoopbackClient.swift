import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import MinningTestSupport

/// Requests to a live server over loopback, any number at once: concurrency tests need real
/// sockets and real parallel connections, which the in-process test client does not give.
struct LoopbackClient: Sendable {
    let port: Int

    func send(
        _ method: String, _ path: String, as caller: Fixtures.Caller, json: String? = nil, headers: [String: String] = [:]
    ) async throws -> (status: Int, body: [String: Any]) {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        request.httpMethod = method
        request.setValue(caller.authorization, forHTTPHeaderField: "Authorization")
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        if let json {
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            request.httpBody = Data(json.utf8)
        }
        let (data, response) = try await URLSession.shared.data(for: request)
        let body = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, body)
    }
}
