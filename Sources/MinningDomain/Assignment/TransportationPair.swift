/// A worker–vacancy pair, used to pin or forbid an assignment.
public struct TransportationPair: Sendable, Hashable {
    public var worker: Int
    public var vacancy: Int

    public init(worker: Int, vacancy: Int) {
        self.worker = worker
        self.vacancy = vacancy
    }
}
