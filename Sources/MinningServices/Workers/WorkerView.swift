import MinningDomain

/// How much of a worker a caller may see: the record (masked) for the origin side and for the
/// bureau that will employ them, a candidate profile (nothing that identifies the person, no
/// poverty status) for other destination bureaus.
public enum WorkerView: Sendable {
    case record(WorkerRecord)
    case candidate(WorkerRecord)
}

extension WorkerView {
    public var worker: WorkerRecord {
        switch self {
        case .record(let worker), .candidate(let worker): worker
        }
    }
}
