import Synchronization

/// Runs an operation against a deadline and answers at whichever comes first, without waiting
/// for the loser. A task group would wait for its cancelled child; a query on a connection that
/// PostgreSQL closed mid-transaction can ignore cancellation, and the request would hang with it
/// (found by deploy/faults.sh: a request during a fast shutdown never answered).
final class DeadlineRace<Result: Sendable>: Sendable {
    private struct State {
        var continuation: CheckedContinuation<Result, any Error>?
        var work: Task<Void, Never>?
        var ticket: UInt64?
        var finished = false
    }

    private let state = Mutex(State())

    static func run(
        deadline: Duration, timeout: @escaping @Sendable () -> any Error, _ operation: @Sendable @escaping () async throws -> Result
    ) async throws -> Result {
        let race = DeadlineRace<Result>()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                // Cancelled before the continuation existed: nobody else will resume it.
                let cancelledAlready = race.state.withLock { state in
                    state.continuation = continuation
                    return state.finished
                }
                if cancelledAlready {
                    continuation.resume(throwing: CancellationError())
                    return
                }
                let ticket = DeadlineWatch.shared.watch(until: .now + deadline) { race.finish(.failure(timeout())) }
                let work = Task {
                    do { race.finish(.success(try await operation())) } catch { race.finish(.failure(error)) }
                }
                race.adopt(work, ticket: ticket)
            }
        } onCancel: {
            race.finish(.failure(CancellationError()))
        }
    }

    private func adopt(_ work: Task<Void, Never>, ticket: UInt64) {
        let finished = state.withLock { state in
            state.work = work
            state.ticket = ticket
            return state.finished
        }
        if finished {
            work.cancel()
            DeadlineWatch.shared.cancel(ticket)
        }
    }

    /// Resumes the caller once; later results are dropped and the other side is cancelled.
    private func finish(_ result: Swift.Result<Result, any Error>) {
        let (continuation, work, ticket) = state.withLock { state -> (CheckedContinuation<Result, any Error>?, Task<Void, Never>?, UInt64?) in
            guard !state.finished else { return (nil, nil, nil) }
            state.finished = true
            // Without a continuation yet (cancelled early), `run` resumes it itself when it arrives.
            defer { state.continuation = nil }
            return (state.continuation, state.work, state.ticket)
        }
        if let ticket { DeadlineWatch.shared.cancel(ticket) }
        guard let continuation else { return }
        work?.cancel()
        continuation.resume(with: result)
    }
}
