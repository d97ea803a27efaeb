import MinningDomain

/// A worker and whose eyes it is read with; `WorkerVisibility` says what that reader may see.
public struct WorkerView: Sendable {
    public let worker: WorkerRecord
    public let reader: WorkerReader

    public init(_ worker: WorkerRecord, readBy reader: WorkerReader) {
        self.worker = worker
        self.reader = reader
    }
}

extension WorkerReader {
    /// How the origin side reads the workers in its scope.
    public static func originSide(_ role: Role) -> WorkerReader { role == .admin ? .admin : .originBureau }
}
