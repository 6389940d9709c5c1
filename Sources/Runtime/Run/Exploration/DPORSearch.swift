/// Dynamic partial-order reduction over recorded runs (Flanagan & Godefroid
/// 2005, with the source-set backtracking of Abdulla et al. 2014): the
/// search keeps the choice points of the current run as a stack of nodes;
/// after each run it finds every *race* of that run — two steps of different
/// actors that conflict and are not ordered by anything else — and makes
/// sure the node before the first step of the race will also try an actor
/// that can run the second one first (an *initial* of the steps not after
/// the first one). Steps that touch disjoint state commute, so orders that
/// differ only in them are never tried twice: one run per Mazurkiewicz
/// class. Sleep sets (Godefroid 1996) remove the remaining redundancy: an
/// actor whose step was already tried from a node sleeps in the later
/// branches of that node until a conflicting step runs, and the scheduler
/// steers around sleeping actors (`AccessLog.steer`).
///
/// Pure bookkeeping, no VM: `Explorer` runs the program and feeds the
/// recorded steps in (`record`), then asks for the next schedule (`next`).
struct DPORSearch {
    private struct Node {
        /// Ready actors at this choice point, in ready-queue order.
        var enabled: [Int]
        /// Actors already run from here (on this or an earlier run).
        var done: Set<Int>
        /// Actors still to run from here, in the order they were asked for.
        var backtrack: [Int]
        /// Actors asleep here, with the step they would take.
        var sleep: [Int: AccessLog.Footprint]
        /// The step each actor in `done` took from here.
        var explored: [Int: AccessLog.Footprint]
        /// Objects numbered before the step here (the same in every run
        /// through this node).
        var stable: Int
    }

    /// What the next run replays and which actors sleep after the prefix.
    struct Plan {
        /// `Scenario.schedule`: a ready-queue index per choice point with
        /// more than one ready handle.
        var schedule: [Int]
        /// The step at which the sleep set starts to apply.
        var sleepFrom: Int
        /// Objects numbered before that step.
        var stable: Int
        var sleeping: [Int: AccessLog.Footprint]
    }

    private var nodes: [Node] = []
    /// Debugging output (`INTERLEAVE_DPOR_DEBUG=1`): the races found.
    var debugLines: [String] = []
    /// Ready-queue index chosen at each step of the current run.
    private var chosen: [Int] = []
    /// Bound on non-fifo choices per schedule (nil: none).
    let maxDeviations: Int?
    /// True once a run could not be analysed (too long) or was cut short
    /// by a limit: the search is then not exhaustive. Branches cut by the
    /// deviation bound do not count: exhaustive then means "within the
    /// bound", as for plain search.
    private(set) var pruned = false

    /// Largest steps x actors product a run may have to be analysed.
    static let maxClockCells = 4_000_000

    init(maxDeviations: Int?) { self.maxDeviations = maxDeviations }

    /// Takes in the steps of the run made with the last `next()` prefix.
    /// `cut`: a limit ended the run inside its last step (or before any).
    mutating func record(_ steps: [AccessLog.Step], complete: Bool, cut: Bool = false) {
        // Vector clocks cost steps x actors: beyond this the run is not analysed.
        let actors = Set(steps.map(\.actor)).count
        let complete = complete && steps.count * actors <= Self.maxClockCells
        // A cut run never took the steps after the cut, so the races of
        // those steps with earlier ones were never seen: the classes that
        // reverse them may be missing, and the search cannot say it
        // covered them all.
        if !complete || cut { pruned = true }
        // The prefix replays the stack; anything past it is new.
        if nodes.count > steps.count { nodes.removeLast(nodes.count - steps.count) }
        if let k = nodes.indices.last {
            nodes[k].explored[steps[k].actor] = steps[k].footprint.normalized(stable: nodes[k].stable)
        }
        for k in nodes.count..<steps.count {
            let stable = steps[k].serialsBefore
            nodes.append(Node(enabled: steps[k].enabled, done: [steps[k].actor], backtrack: [],
                              sleep: steps[k].sleep,
                              explored: [steps[k].actor: steps[k].footprint.normalized(stable: stable)],
                              stable: stable))
        }
        chosen = steps.map(\.chosen)
        // The other handles ready where the run was cut may change the
        // outcome by running first (what they would have touched is not
        // known): try each of them there, as after `loop.stop()`.
        if cut, let last = steps.indices.last { cutOff(at: last, by: steps[last].actor) }
        guard complete else { return }
        let hb = HappensBefore(steps, conflicts: HappensBefore.conflicts(steps))
        for j in steps.indices {
            if steps[j].stopsLoop { cutOff(at: j, by: steps[j].actor) }
            var acc = hb.base[j]
            for i in hb.conflicts[j] {
                if !hb.precedes(i, acc) { reverse(i, j, hb, steps) }
                HappensBefore.join(&acc, hb.clock[i])
            }
        }
    }

    /// `loop.stop()` ran at node `j`: a handle ready there may never run in
    /// this run of the loop, so no race with it is ever recorded; yet
    /// running it first can change the outcome (it runs, or is cancelled
    /// at shutdown). As for a step that disables others (Flanagan &
    /// Godefroid's treatment of blocking steps), every other actor ready
    /// at `j` is tried there too.
    private mutating func cutOff(at j: Int, by actor: Int) {
        var node = nodes[j]
        for a in node.enabled where a != actor && !node.done.contains(a) && !node.backtrack.contains(a) {
            node.backtrack.append(a)
        }
        nodes[j] = node
    }

    /// Makes node `i` try an actor that can run race `i ⋖ j` the other way.
    private mutating func reverse(_ i: Int, _ j: Int, _ hb: HappensBefore, _ steps: [AccessLog.Step]) {
        // v: the steps after i that do not happen after it, then j.
        var v: [Int] = []
        for k in (i + 1)..<j where !hb.precedes(i, hb.clock[k]) { v.append(k) }
        v.append(j)
        var node = nodes[i]
        var candidate: Int?
        // j's clock without the race edge itself.
        var last = hb.base[j]
        for c in hb.conflicts[j] where c != i { HappensBefore.join(&last, hb.clock[c]) }
        for (n, k) in v.enumerated() {
            let clock = k == j ? last : hb.clock[k]
            var initial = true
            for m in v[..<n] where hb.precedes(m, clock) { initial = false; break }
            guard initial else { continue }
            let a = steps[k].actor
            if AccessLog.debugging { debugLines.append("race #\(i)(\(steps[i].actor)) ⋖ #\(j)(\(steps[j].actor)): initial \(a) done \(node.done) backtrack \(node.backtrack)") }
            if node.done.contains(a) || node.backtrack.contains(a) { return }
            if candidate == nil && node.enabled.contains(a) { candidate = a }
        }
        if let a = candidate {
            node.backtrack.append(a)
        } else {
            // No initial is ready there (cannot happen when the log saw every
            // enabling edge): try everything, which is always enough.
            for a in node.enabled where !node.done.contains(a) && !node.backtrack.contains(a) {
                node.backtrack.append(a)
            }
        }
        nodes[i] = node
    }

    /// The next schedule to run (a ready-queue index per choice point with
    /// more than one ready handle, as `Scenario.schedule` takes), or nil when
    /// every backtrack point was explored.
    mutating func next() -> Plan? {
        while let k = nodes.indices.last {
            var node = nodes[k]
            while let pick = node.backtrack.first(where: { !node.done.contains($0) && node.sleep[$0] == nil }) {
                node.done.insert(pick)
                guard let index = node.enabled.firstIndex(of: pick) else { continue }
                if let bound = maxDeviations, index != 0, deviations(before: k) + 1 > bound { continue }
                nodes[k] = node
                var schedule: [Int] = []
                for s in 0..<k where nodes[s].enabled.count > 1 { schedule.append(chosen[s]) }
                schedule.append(index)
                var sleeping = node.sleep
                for (a, f) in node.explored where a != pick { sleeping[a] = f }
                return Plan(schedule: schedule, sleepFrom: k, stable: node.stable, sleeping: sleeping)
            }
            nodes.removeLast()
        }
        return nil
    }

    private func deviations(before k: Int) -> Int {
        (0..<k).reduce(0) { $0 + (chosen[$1] != 0 ? 1 : 0) }
    }
}
