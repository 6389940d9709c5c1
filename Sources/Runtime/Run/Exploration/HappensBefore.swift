/// The happens-before order of one recorded run (vector clocks over its
/// steps): step `i` happens before step `j` when `j` cannot run before `i`
/// in any schedule that keeps the run's conflicts in the same order.
///
/// Edges: program order (a task's steps), enabling (the step that queued a
/// handle precedes the handle's run; when a commutative step queued it
/// only once a count reached zero, every earlier add of that count does
/// too), epochs (virtual time only jumps when nothing is ready, and a loop
/// that starts again runs after its last run stopped, so every step before
/// precedes every step after), and conflicts (two steps of different actors
/// touching one location, at least one writing; adds do not conflict with
/// adds). `conflicts` decides which locations count: all of
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
        // Per added location, the join of its adders' clocks since its last
        // write; per step that queues handles only after all those adds
        // (`Step.enablesAfterAdds`), the clock it hands to them.
        var addClock: [AccessLog.Key: [Int]] = [:]
        var enabling: [Int: [Int]] = [:]
        clock.reserveCapacity(steps.count)
        base.reserveCapacity(steps.count)
        for (j, s) in steps.enumerated() {
            if s.epoch != epoch { epoch = s.epoch; barrier = all }
            var c = barrier
            if last[actor[j]] >= 0 { Self.join(&c, clock[last[actor[j]]]) }
            if s.enabler >= 0 && s.enabler < j { Self.join(&c, enabling[s.enabler] ?? clock[s.enabler]) }
            c[actor[j]] = local[j] - 1
            base.append(c)
            for i in conflicts[j] { Self.join(&c, clock[i]) }
            c[actor[j]] = local[j]
            clock.append(c)
            for k in s.writes { addClock[k] = nil }
            if !s.adds.isEmpty {
                var handed = c
                for k in s.adds where !s.writes.contains(k) {
                    var a = addClock[k] ?? c
                    Self.join(&a, c)
                    addClock[k] = a
                    Self.join(&handed, a)
                }
                if s.enablesAfterAdds { enabling[j] = handed }
            }
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
    /// last write of a location and the reads and adds since are listed:
    /// earlier accesses already happen before those (writes of one location
    /// are totally ordered), so the clocks and the races come out the same.
    /// Adds (commutative updates) conflict with reads and writes of their
    /// location but not with each other.
    static func conflicts(_ steps: [AccessLog.Step], counting counts: (AccessLog.Key) -> Bool = { _ in true }) -> [[Int]] {
        var lastWriter: [AccessLog.Key: Int] = [:]
        var readers: [AccessLog.Key: [Int]] = [:]
        var adders: [AccessLog.Key: [Int]] = [:]
        var result: [[Int]] = []
        result.reserveCapacity(steps.count)
        for (j, s) in steps.enumerated() {
            var found = Set<Int>()
            let actor = s.actor
            func add(_ list: [Int]?) {
                for i in list ?? [] where steps[i].actor != actor { found.insert(i) }
            }
            for k in s.writes where counts(k) {
                if let w = lastWriter[k], steps[w].actor != actor { found.insert(w) }
                add(readers[k])
                add(adders[k])
            }
            for k in s.adds where !s.writes.contains(k) && counts(k) {
                if let w = lastWriter[k], steps[w].actor != actor { found.insert(w) }
                add(readers[k])
            }
            for k in s.reads where !s.writes.contains(k) && !s.adds.contains(k) && counts(k) {
                if let w = lastWriter[k], steps[w].actor != actor { found.insert(w) }
                add(adders[k])
            }
            result.append(found.sorted(by: >))
            for k in s.writes where counts(k) { lastWriter[k] = j; readers[k] = nil; adders[k] = nil }
            for k in s.adds where !s.writes.contains(k) && counts(k) { adders[k, default: []].append(j) }
            for k in s.reads where !s.writes.contains(k) && !s.adds.contains(k) && counts(k) {
                readers[k, default: []].append(j)
            }
        }
        return result
    }
}
