import MinningDomain

/// A worker as stored after a registration or a change, with what the clerk should know about a
/// write that was accepted all the same (a phone another worker holds).
public struct WorkerWrite: Sendable {
    public let worker: WorkerRecord
    public let warnings: [FieldIssue]

    public init(worker: WorkerRecord, warnings: [FieldIssue]) {
        self.worker = worker
        self.warnings = warnings
    }
}
