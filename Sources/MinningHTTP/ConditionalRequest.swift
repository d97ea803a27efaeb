import Foundation
import HTTPTypes
import Hummingbird

/// ETags and If-Match for optimistic concurrency: the ETag is the row's version, and a change must
/// name the version it was made against.
enum ConditionalRequest {
    static func eTag(version: Int) -> String { "\"\(version)\"" }

    /// The version `If-Match` names. `*` means "whatever is stored now", read by `currentVersion`.
    /// Missing is 428 (RFC 6585): a change made blind could silently undo someone else's.
    static func expectedVersion(_ request: Request, currentVersion: () async throws -> Int) async throws -> Int {
        guard let ifMatch = request.headers[.ifMatch] else {
            throw Problem(type: "precondition-required", title: "Precondition required", status: .init(code: 428),
                          detail: "send If-Match with the ETag you read, so that no one's change is overwritten")
        }
        let value = ifMatch.trimmingCharacters(in: .whitespaces)
        if value == "*" { return try await currentVersion() }
        guard value.count >= 3, value.hasPrefix("\""), value.hasSuffix("\""), let version = Int(value.dropFirst().dropLast()) else {
            throw Problem.preconditionFailed("If-Match must be an ETag from this API, like \"3\"")
        }
        return version
    }
}
