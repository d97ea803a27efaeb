import Crypto
import Foundation

/// The ledger's tamper evidence: SHA-256 over an entry's canonical content and the previous
/// entry's hash. The canonical form is a fixed, versioned field order with `|` separators and
/// lower-case ids, so any implementation can recompute it.
public enum LedgerHash {
    /// The previous hash of the first entry.
    public static let genesis = [UInt8](repeating: 0, count: 32)

    public static func canonical(
        position: Int, entry: NewLedgerEntry, recordedByKey: UUID, recordedByBureau: UUID, recordedAtMicroseconds: Int64,
        previousHash: [UInt8]
    ) -> String {
        [
            "minning-ledger-v1", String(position), String(entry.pairingId), String(entry.year),
            entry.projectId?.uuidString.lowercased() ?? "", entry.kind.rawValue, String(entry.amountFen),
            entry.entryDate.description, entry.documentNumber, entry.reversesPosition.map(String.init) ?? "",
            recordedByKey.uuidString.lowercased(), recordedByBureau.uuidString.lowercased(), String(recordedAtMicroseconds),
            hex(previousHash),
        ].joined(separator: "|")
    }

    public static func hash(
        position: Int, entry: NewLedgerEntry, recordedByKey: UUID, recordedByBureau: UUID, recordedAtMicroseconds: Int64,
        previousHash: [UInt8]
    ) -> [UInt8] {
        let text = canonical(
            position: position, entry: entry, recordedByKey: recordedByKey, recordedByBureau: recordedByBureau,
            recordedAtMicroseconds: recordedAtMicroseconds, previousHash: previousHash
        )
        return Array(SHA256.hash(data: Data(text.utf8)))
    }

    public static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String(format: "%02x", $0) }.joined()
    }

    /// Where a chain first goes wrong, walking it in order.
    public enum Break: Sendable, Equatable, CustomStringConvertible {
        /// The entry's stored hash is not the hash of its content: the row was changed.
        case contentChanged(position: Int)
        /// The entry does not point at the hash of the entry before it: a row was removed or replaced.
        case linkBroken(position: Int)
        /// Positions skip: an entry is missing.
        case gap(after: Int)

        public var description: String {
            switch self {
            case .contentChanged(let position): "entry \(position) does not match its hash: it was changed after it was recorded"
            case .linkBroken(let position): "entry \(position) does not follow the entry before it: an entry was removed or replaced"
            case .gap(let after): "the entry after \(after) is missing"
            }
        }
    }

    public static func firstBreak(in entries: [LedgerEntry]) -> Break? {
        var previous = genesis
        var expectedPosition = 1
        for entry in entries {
            if entry.position != expectedPosition { return .gap(after: expectedPosition - 1) }
            if entry.previousHash != previous { return .linkBroken(position: entry.position) }
            let recomputed = hash(
                position: entry.position, entry: entry.entry, recordedByKey: entry.recordedByKey, recordedByBureau: entry.recordedByBureau,
                recordedAtMicroseconds: entry.recordedAtMicroseconds, previousHash: entry.previousHash
            )
            if recomputed != entry.entryHash { return .contentChanged(position: entry.position) }
            previous = entry.entryHash
            expectedPosition += 1
        }
        return nil
    }
}
