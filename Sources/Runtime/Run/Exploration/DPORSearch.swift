/// Dynamic partial-order reduction over recorded runs (Flanagan & Godefroid
/// 2005, with the source-set backtracking of Abdulla et al. 2014): the
/// search keeps the choice points of the current run as a stack of nodes;
/// after each run it finds every *race* of that run — two steps of different
/// actors that conflict and are not ordered by anything else — and makes
/// sure the node before the first step of the race will also try an actor
/// that can run the second one first (an *initial* of the steps not after
/// the first one). Steps that touch disjoint state commute, so orders that
/// differ only in them are never tried twice: one run per Mazurkiewicz
/// class (up to the redundancy sleep sets would remove).
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
    }

    private var nodes: [Node] = []
    /// Ready-queue index chosen at each step of the current run.
    private var chosen: [Int] = []
    /// Bound on non-fifo choices per schedule (nil: none).
    let maxDeviations: Int?
    /// True once a backtrack point was skipped (deviation bound, or a run
    /// the log could not analyse): the search is then not exhaustive.
    private(set) var pruned = false

    init(maxDeviations: Int?) { self.maxDeviations = maxDeviations }

    /// Takes in the steps of the run made with the last `next()` prefix.
    mutating func record(_ steps: [AccessLog.Step], complete: Bool) {
        if !complete { pruned = true }
        // The prefix replays the stack; anything past it is new.
        if nodes.count > steps.count { nodes.removeLast(nodes.count - steps.count) }
        for k in nodes.count..<steps.count {
            nodes.append(Node(enabled: steps[k].enabled, done: [steps[k].actor], backtrack: []))
        }
        chosen = steps.map(\.chosen)
        guard complete else { return }
        let hb = HappensBefore(steps, conflicts: HappensBefore.conflicts(steps))
        for j in steps.indices {
            var acc = hb.base[j]
            for i in hb.conflicts[j] {
                if !hb.precedes(i, acc) { reverse(i, j, hb, steps) }
                HappensBefore.join(&acc, hb.clock[i])
            }
        }
    }

    /// Makes node `i` try an actor that can run race `i ⋖ j` the other way.
    private mutating func reverse(_ i: Int, _ j: Int, _ hb: HappensBefore, _ steps: [AccessLog.Step]) {
        // v: the steps after i that do not happen after it, then j.
        var v: [Int] = []
        for k in (i + 1)..<j where !hb.precedes(i, hb.clock[k]) { v.append(k) }
        v.append(j)
        var node = nodes[i]
        var candidate: Int?
        for (n, k) in v.enumerated() {
            let clock = k == j ? hb.base[j] : hb.clock[k]
            var initial = true
            for m in v[..<n] where hb.precedes(m, clock) { initial = false; break }
            guard initial else { continue }
            let a = steps[k].actor
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
    mutating func next() -> [Int]? {
        while let k = nodes.indices.last {
            var node = nodes[k]
            while let pick = node.backtrack.first(where: { !node.done.contains($0) }) {
                node.done.insert(pick)
                guard let index = node.enabled.firstIndex(of: pick) else { continue }
                if let bound = maxDeviations, index != 0, deviations(before: k) + 1 > bound {
                    pruned = true
                    continue
                }
                nodes[k] = node
                var schedule: [Int] = []
                for s in 0..<k where nodes[s].enabled.count > 1 { schedule.append(chosen[s]) }
                schedule.append(index)
                return schedule
            }
            nodes.removeLast()
        }
        return nil
    }

    private func deviations(before k: Int) -> Int {
        (0..<k).reduce(0) { $0 + (chosen[$1] != 0 ? 1 : 0) }
    }
}
