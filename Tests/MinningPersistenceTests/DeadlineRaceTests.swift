import Testing

@testable import MinningPersistence

private struct TimedOut: Error {}

/// Deadlines fired by one shared watch instead of a timer per query: an operation that never
/// answers must still be given up on, and the many that answer in time must not be.
@Suite("Deadlines")
struct DeadlineRaceTests {
    @Test("an operation that does not answer is given up on at its deadline, not waited for")
    func givesUp() async throws {
        let started = ContinuousClock.now
        await #expect(throws: TimedOut.self) {
            try await DeadlineRace<Int>.run(deadline: .milliseconds(200), timeout: { TimedOut() }) {
                // Ignores cancellation, as a query on a dying connection can: a detached task's
                // value is awaited whatever happens to the caller.
                await Task.detached { try? await Task.sleep(for: .seconds(90)); return 0 }.value
            }
        }
        // Not a timing check: a loaded machine may fire the deadline late, but waiting for the
        // operation would take its whole 90 seconds.
        let waited = ContinuousClock.now - started
        #expect(waited >= .milliseconds(200))
        #expect(waited < .seconds(45), "waited \(waited), as if for the operation")
    }

    @Test("a thousand concurrent operations that answer in time all get their own answer, and later deadlines still fire")
    func answersInTime() async throws {
        let sum = try await withThrowingTaskGroup(of: Int.self) { group in
            for value in 0..<1_000 {
                group.addTask {
                    try await DeadlineRace<Int>.run(deadline: .seconds(30), timeout: { TimedOut() }) { value }
                }
            }
            return try await group.reduce(0, +)
        }
        #expect(sum == 999 * 1_000 / 2)
        // The watch stops ticking when nothing is pending; the next deadline must start it again.
        try await Task.sleep(for: .milliseconds(200))
        await #expect(throws: TimedOut.self) {
            try await DeadlineRace<Int>.run(deadline: .milliseconds(100), timeout: { TimedOut() }) {
                await Task.detached { try? await Task.sleep(for: .seconds(90)); return 0 }.value
            }
        }
    }
}
