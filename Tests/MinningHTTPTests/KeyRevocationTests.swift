import Foundation
import HTTPTypes
import HummingbirdTesting
import MinningDomain
import MinningPersistence
import MinningServices
import MinningTestSupport
import Testing

/// A resolved key is remembered for a second, so revocation must still reach every process that
/// remembers it within that second, and the process that revoked it at once.
@Suite("Key revocation with remembered principals")
struct KeyRevocationTests {
    @Test("a key revoked by another process stops working once its remembered second is over, though this process remembered it")
    func revokedElsewhere() async throws {
        try await withApp { client, cast, database in
            #expect(try await client.send(.get, "/v1/me", as: cast.observer).status == .ok)
            // Another replica, or the command line: a service with a memory of its own.
            _ = try await BureauService(database: database).revokeKey(cast.observer.key.id, for: .commandLine)
            // Whatever this process remembered, it remembered before the revocation: a second
            // later, and however slowly the machine answers, that memory is gone.
            try await Task.sleep(for: .milliseconds(1_100))
            #expect(try await client.send(.get, "/v1/me", as: cast.observer).status == .unauthorized)
        }
    }

    @Test("a key revoked through this process stops working on the next request")
    func revokedHere() async throws {
        try await withApp { client, cast, _ in
            let issued = try await client.send(.post, "/v1/bureaus/\(cast.observer.bureau.id.uuidString)/keys", as: cast.admin, json: #"{"role":"observer"}"#)
            #expect(issued.status == .created)
            let key = try #require(issued.json["key"] as? [String: Any])
            let id = try #require(key["id"] as? String)
            let secret = try #require(issued.json["secret"] as? String)
            let headers: HTTPFields = [.authorization: "Bearer \(secret)"]
            // Twice, so the second answer comes from the remembered principal.
            for _ in 0..<2 {
                #expect(try await client.execute(uri: "/v1/me", method: .get, headers: headers).status == .ok)
            }
            #expect(try await client.send(.delete, "/v1/keys/\(id)", as: cast.admin).status == .ok)
            #expect(try await client.execute(uri: "/v1/me", method: .get, headers: headers).status == .unauthorized)
        }
    }
}
