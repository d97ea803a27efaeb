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
            throw Problem(.preconditionRequired, status: .init(code: 428), detail: .ifMatchRequired)
        }
        let value = ifMatch.trimmingCharacters(in: .whitespaces)
        if value == "*" { return try await currentVersion() }
        guard value.count >= 3, value.hasPrefix("\""), value.hasSuffix("\""), let version = Int(value.dropFirst().dropLast()) else {
            throw Problem.preconditionFailed(.ifMatchMalformed)
        }
        return version
    }
}

extension ConditionalRequest {
    /// As `expectedVersion`, for a use case that reads the row under lock itself: nil for `*`.
    static func expectedVersionOrAny(_ request: Request) async throws -> Int? {
        if request.headers[.ifMatch]?.trimmingCharacters(in: .whitespaces) == "*" { return nil }
        let version = try await expectedVersion(request) { 0 }
        guard version >= 0 else { throw Problem.preconditionFailed(.ifMatchMalformed) }
        return version
    }
}
