import Foundation
import Synchronization

/// A progress line on standard error, redrawn in place, shown only when standard error is a
/// terminal so that logs and CI output stay clean.
final class ImportProgress: Sendable {
    private let total: Int
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private let shown = Mutex(false)

    init(total: Int) { self.total = total }

    func update(_ sent: Int) {
        guard isTerminal, total > 0 else { return }
        shown.withLock { $0 = true }
        let percent = sent * 100 / total
        try? FileHandle.standardError.write(contentsOf: Data("\rsending rows: \(sent)/\(total) (\(percent)%)".utf8))
    }

    func finish() {
        if shown.withLock({ $0 }) { try? FileHandle.standardError.write(contentsOf: Data("\n".utf8)) }
    }
}
