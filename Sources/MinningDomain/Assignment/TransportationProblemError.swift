/// Why a `TransportationProblem` could not be built.
public enum TransportationProblemError: Error, Sendable, Equatable {
    case negativeWorkerCount(Int)
    case negativeCapacity(vacancy: Int, capacity: Int)
    case candidateOutOfRange(TransportationProblem.Candidate)
    case negativeBenefit(TransportationProblem.Candidate)
    case benefitTooLarge(TransportationProblem.Candidate)
}
