/// Identifies a scheduled timer, for ``EventLoop/cancelTimer(_:)``.
public struct TimerID: Hashable, Sendable {
    /// The timer's sequence number; unique for the life of its loop.
    public let rawValue: UInt64
}

/// A binary min-heap of deadlines, ordered by (deadline, insertion order) so
/// timers with equal deadlines fire in the order they were scheduled.
///
/// Cancelling is lazy: the body is dropped from `bodies` and its heap entry is
/// skipped when it reaches the top, which keeps cancel O(1).
struct TimerHeap {
    private struct Entry {
        let deadline: UInt64
        let id: UInt64
        func precedes(_ other: Entry) -> Bool {
            deadline != other.deadline ? deadline < other.deadline : id < other.id
        }
    }

    private var entries: [Entry] = []
    private var bodies: [UInt64: () -> Void] = [:]
    private var nextID: UInt64 = 0

    /// The number of live (not cancelled, not fired) timers.
    var count: Int { bodies.count }

    /// Adds a timer that fires at `deadline` (monotonic nanoseconds).
    mutating func schedule(at deadline: UInt64, _ body: @escaping () -> Void) -> TimerID {
        nextID += 1
        let entry = Entry(deadline: deadline, id: nextID)
        bodies[nextID] = body
        entries.append(entry)
        siftUp(entries.count - 1)
        return TimerID(rawValue: nextID)
    }

    /// Forgets a timer; cancelling a fired or unknown timer does nothing.
    mutating func cancel(_ id: TimerID) {
        guard bodies.removeValue(forKey: id.rawValue) != nil else { return }
        // Connection timeouts are re-armed on every request; without this the
        // dead entries would pile up until their deadlines passed.
        if entries.count > 64, entries.count > 2 * bodies.count { compact() }
    }

    /// Drops every cancelled entry and restores the heap order.
    private mutating func compact() {
        entries.removeAll { bodies[$0.id] == nil }
        var index = entries.count / 2
        while index > 0 {
            index -= 1
            siftDown(index)
        }
    }

    /// The earliest live deadline, if any.
    mutating func nextDeadline() -> UInt64? {
        dropCancelledTop()
        return entries.first?.deadline
    }

    /// Removes and returns the body of the earliest timer due at or before `now`.
    mutating func popDue(now: UInt64) -> (() -> Void)? {
        dropCancelledTop()
        guard let top = entries.first, top.deadline <= now else { return nil }
        removeTop()
        return bodies.removeValue(forKey: top.id)
    }

    private mutating func dropCancelledTop() {
        while let top = entries.first, bodies[top.id] == nil { removeTop() }
    }

    private mutating func removeTop() {
        guard !entries.isEmpty else { return }
        let last = entries.removeLast()
        if !entries.isEmpty {
            entries[0] = last
            siftDown(0)
        }
    }

    private mutating func siftUp(_ start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard entries[child].precedes(entries[parent]) else { return }
            entries.swapAt(child, parent)
            child = parent
        }
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        let n = entries.count
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var best = parent
            if left < n, entries[left].precedes(entries[best]) { best = left }
            if right < n, entries[right].precedes(entries[best]) { best = right }
            if best == parent { return }
            entries.swapAt(parent, best)
            parent = best
        }
    }
}
