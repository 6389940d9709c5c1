/// Randomized priority schedules: PCT (Burckhardt, Kothari, Musuvathi and
/// Nagarakatte, "A Randomized Scheduler with Probabilistic Guarantees of
/// Finding Bugs", ASPLOS 2010), the fallback of a reduced exploration that
/// its run budget cut (Explorer.swift).
///
/// Every actor (a task, or a callback handle) gets a random priority above
/// `depth` when it is first ready; at each choice point the ready actor
/// with the highest priority runs. Before the run, `depth - 1` change
/// points are drawn among the first `expectedSteps` steps; at the choice
/// point of a change step, the actor that would run gets priority `depth -
/// i` (below every initial priority) instead and the choice is made again.
/// A bug that needs `d` ordering constraints (its depth) is found by one
/// run with probability at least 1 / (n k^(d-1)) for n actors and k steps,
/// against an exponentially small chance for uniform random choices.
///
/// Adaptation: PCT lowers the priority of a thread once it executes the
/// change step; here the step is a whole handle run (asyncio switches only
/// at awaits), so the demotion happens when that step is chosen. Steps
/// with a single ready handle count towards the step index too.
final class PCTScheduler {
    let depth: Int
    private var rng: SplitMix64
    private var priority: [Int: Double] = [:]
    /// Step index -> the priority the chosen actor drops to there.
    private var changes: [Int: Double] = [:]
    private var step = 0

    init(seed: UInt64, depth: Int, expectedSteps: Int) {
        self.depth = max(1, depth)
        rng = SplitMix64(seed: seed &* 0x9E37_79B9 &+ 7)
        let k = UInt64(max(1, expectedSteps))
        for i in 1..<self.depth {
            changes[Int(rng.next() % k)] = Double(self.depth - i)
        }
    }

    /// The index among `actors` (the ready handles' actors, in ready-queue
    /// order) that runs next.
    func choose(_ actors: [Int]) -> Int {
        for a in actors where priority[a] == nil {
            // Distinct with overwhelming probability; all above `depth`.
            priority[a] = Double(depth) + 1 + Double(rng.next() >> 11) / Double(1 << 53) * 1e6
        }
        var best = highest(actors)
        if let low = changes.removeValue(forKey: step) {
            priority[actors[best]] = low
            best = highest(actors)
        }
        return best
    }

    /// A step ran (with or without a choice).
    func stepTaken() { step += 1 }

    private func highest(_ actors: [Int]) -> Int {
        var best = 0
        for i in actors.indices.dropFirst() where (priority[actors[i]] ?? 0) > (priority[actors[best]] ?? 0) {
            best = i
        }
        return best
    }
}
