/// A pin that cannot be honoured. Pins are checked in the order given, so the
/// error names the first offending pin.
public enum TransportationPinError: Error, Sendable, Equatable {
    /// The worker or vacancy index does not exist.
    case outOfRange(TransportationPair)
    /// The pair is not among the problem's candidates.
    case notACandidate(TransportationPair)
    /// The pair is both pinned and forbidden.
    case forbidden(TransportationPair)
    /// The worker already has a pin to another (or the same) vacancy.
    case workerPinnedTwice(TransportationPair, earlierVacancy: Int)
    /// Pins alone already fill every opening of the vacancy.
    case capacityExhausted(TransportationPair, capacity: Int)
}
