/// The happens-before order of one recorded run (vector clocks over its
/// steps): step `i` happens before step `j` when `j` cannot run before `i`
/// in any schedule that keeps the run's conflicts in the same order.
///
/// Edges: program order (a task's steps), enabling (the step that queued a
/// handle precedes the handle's run), epochs (virtual time only jumps when
/// nothing is ready, so every step before a jump precedes every step after
/// it), and conflicts (two steps of different actors touching one location,
/// at least one writing). `conflicts` decides which locations count: all of
/// them for partial-order reduction, synchronisation objects only for the
/// race detector.
struct HappensBefore {
    /// Dense index of each step's actor.
    let actor: [Int]
    /// 1-based position of each step among its actor's steps.
    let local: [Int]
    /// Number of distinct actors (the width of every clock).
    let width: Int
    /// Clock of each step: `clock[j][a]` = how many of actor `a`'s steps
    /// happen before or at `j`.
    private(set) var clock: [[Int]] = []
    /// Clock of each step from program order, enabling and epochs only
    /// (before its own conflicts): what a race reversal must not break.
    private(set) var base: [[Int]] = []
    /// Earlier steps of other actors that conflict with each step, latest first.
    let conflicts: [[Int]]

    init(_ steps: [AccessLog.Step], conflicts: [[Int]]) {
        var index: [Int: Int] = [:]
        var actor: [Int] = []
        var local: [Int] = []
        var counts: [Int] = []
        for s in steps {
            let a: Int
            if let known = index[s.actor] { a = known } else { a = index.count; index[s.actor] = a; counts.append(0) }
            counts[a] += 1
            actor.append(a)
            local.append(counts[a])
        }
        self.actor = actor
        self.local = local
        self.width = index.count
        self.conflicts = conflicts
        var last = [Int](repeating: -1, count: width)
        var all = [Int](repeating: 0, count: width)
        var barrier = all
        var epoch = steps.first?.epoch ?? 0
        clock.reserveCapacity(steps.count)
        base.reserveCapacity(steps.count)
        for (j, s) in steps.enumerated() {
            if s.epoch != epoch { epoch = s.epoch; barrier = all }
            var c = barrier
            if last[actor[j]] >= 0 { Self.join(&c, clock[last[actor[j]]]) }
            if s.enabler >= 0 && s.enabler < j { Self.join(&c, clock[s.enabler]) }
            c[actor[j]] = local[j] - 1
            base.append(c)
            for i in conflicts[j] { Self.join(&c, clock[i]) }
            c[actor[j]] = local[j]
            clock.append(c)
            last[actor[j]] = j
            Self.join(&all, c)
        }
    }

    /// True when step `i` is covered by `clock` (i happens before it).
    @inline(__always)
    func precedes(_ i: Int, _ clock: [Int]) -> Bool { clock[actor[i]] >= local[i] }

    static func join(_ a: inout [Int], _ b: [Int]) {
        for k in 0..<a.count where b[k] > a[k] { a[k] = b[k] }
    }

    /// For each step, the earlier steps of other actors it conflicts with
    /// (latest first), counting only locations `counts` accepts. Only the
    /// last write of a location and the reads since are listed: earlier
    /// accesses already happen before those (writes of one location are
    /// totally ordered), so the clocks and the races come out the same.
    static func conflicts(_ steps: [AccessLog.Step], counting counts: (AccessLog.Key) -> Bool = { _ in true }) -> [[Int]] {
        var lastWriter: [AccessLog.Key: Int] = [:]
        var readers: [AccessLog.Key: [Int]] = [:]
        var result: [[Int]] = []
        result.reserveCapacity(steps.count)
        for (j, s) in steps.enumerated() {
            var found = Set<Int>()
            for k in s.writes where counts(k) {
                if let w = lastWriter[k], steps[w].actor != s.actor { found.insert(w) }
                for i in readers[k] ?? [] where steps[i].actor != s.actor { found.insert(i) }
            }
            for k in s.reads where !s.writes.contains(k) && counts(k) {
                if let w = lastWriter[k], steps[w].actor != s.actor { found.insert(w) }
            }
            result.append(found.sorted(by: >))
            for k in s.writes where counts(k) { lastWriter[k] = j; readers[k] = nil }
            for k in s.reads where !s.writes.contains(k) && counts(k) { readers[k, default: []].append(j) }
        }
        return result
    }
}
