import Dispatch
import Foundation

/// Splits `0..<count` into `parts` contiguous ranges, runs `body` on each on its own core, and
/// returns the results in range order: for work on a file's rows where each row stands alone.
enum ParallelParts {
    static var cores: Int { ProcessInfo.processInfo.activeProcessorCount }

    static func map<Result: Sendable>(count: Int, parts: Int, _ body: @Sendable (Range<Int>) throws -> Result) rethrows -> [Result] {
        let parts = max(1, min(parts, count))
        let size = (count + parts - 1) / max(parts, 1)
        let ranges = (0..<parts).map { part in min(part * size, count)..<min((part + 1) * size, count) }
        if parts == 1 { return try ranges.map(body) }
        let results = Slots<Swift.Result<Result, any Error>>(count: parts)
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            results.set(part, Swift.Result { try body(ranges[part]) })
        }
        return try results.values.map { try $0.get() }
    }

    /// One slot per part, each written by its own part only and read after all have finished:
    /// raw memory, because an array written from several threads at once is a data race.
    private final class Slots<Value>: @unchecked Sendable {
        private let storage: UnsafeMutableBufferPointer<Value?>
        init(count: Int) {
            storage = .allocate(capacity: count)
            storage.initialize(repeating: nil)
        }
        deinit {
            storage.deinitialize()
            storage.deallocate()
        }
        func set(_ index: Int, _ value: Value) { storage[index] = value }
        var values: [Value] { storage.map { $0! } }
    }
}
