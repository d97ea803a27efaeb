import Foundation
import MinningDomain
import Synchronization

/// Principals resolved from their keys in the last second, so that a busy key costs one lookup a
/// second instead of one per request.
///
/// An entry lives one second and no longer: a key revoked anywhere — by another replica, by the
/// command line, by SQL — stops working everywhere within that second without any message between
/// processes, and a lost notification cannot leave a revoked key working. A revocation made through
/// this process drops the key's entry at once.
final class PrincipalCache: Sendable {
    private struct Entry {
        let principal: Principal
        let expires: ContinuousClock.Instant
    }

    private let lifetime: Duration
    private let capacity: Int
    private let entries = Mutex<[[UInt8]: Entry]>([:])

    init(lifetime: Duration = .seconds(1), capacity: Int = 10_000) {
        self.lifetime = lifetime
        self.capacity = capacity
    }

    func principal(forDigest digest: [UInt8]) -> Principal? {
        let now = ContinuousClock.now
        return entries.withLock { entries in
            guard let entry = entries[digest] else { return nil }
            guard entry.expires > now else {
                entries[digest] = nil
                return nil
            }
            return entry.principal
        }
    }

    func remember(_ principal: Principal, forDigest digest: [UInt8]) {
        let expires = ContinuousClock.now + lifetime
        entries.withLock { entries in
            // Expired entries are only dropped when read; a full table is simply started afresh,
            // which costs one lookup per live key and keeps memory bounded whatever keys are tried.
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[digest] = Entry(principal: principal, expires: expires)
        }
    }

    func forget(keyId: UUID) {
        entries.withLock { entries in
            entries = entries.filter { $0.value.principal.keyId != keyId }
        }
    }
}
