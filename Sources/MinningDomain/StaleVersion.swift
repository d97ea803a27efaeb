/// The stored version moved on since the caller read it (optimistic concurrency): the API answers
/// 412 with the current version, so two clerks never overwrite each other.
public struct StaleVersion: Error, Sendable {
    public let current: Int

    public init(current: Int) {
        self.current = current
    }
}
