/// The loop's ready queue: a ring buffer (CPython uses a deque) with O(1)
/// append and pop-front; removing another position (a non-fifo policy's
/// choice) shifts the handles between it and the front.
struct ReadyQueue {
    private var slots: [PyHandle?] = .filled(with: nil, count: 16)
    private var head = 0
    private(set) var count = 0

    var isEmpty: Bool { count == 0 }

    mutating func append(_ handle: consuming PyHandle) {
        if count == slots.count { grow() }
        slots[(head + count) & (slots.count - 1)] = handle
        count += 1
    }

    /// Removes the handle at `index` (0 = oldest). Handles are moved, not
    /// copied (no reference counting per move).
    mutating func remove(at index: Int) -> PyHandle? {
        guard index >= 0 && index < count else { return nil }
        let mask = slots.count - 1
        let taken = slots[(head + index) & mask].take()
        var i = index
        while i > 0 {
            slots[(head + i) & mask] = slots[(head + i - 1) & mask].take()
            i -= 1
        }
        head = (head + 1) & mask
        count -= 1
        return taken
    }

    /// The handle at `index` (0 = oldest), or nil out of range.
    func handle(at index: Int) -> PyHandle? {
        guard index >= 0 && index < count else { return nil }
        return slots[(head + index) & (slots.count - 1)]
    }

    /// Every queued handle, oldest first.
    var handles: [PyHandle] {
        (0..<count).compactMap { slots[(head + $0) & (slots.count - 1)] }
    }

    mutating func removeAll() {
        slots = .filled(with: nil, count: 16)
        head = 0
        count = 0
    }

    private mutating func grow() {
        let old = handles
        slots = Array(repeating: nil, count: slots.count * 2)
        for (i, h) in old.enumerated() { slots[i] = h }
        head = 0
    }
}

/// The timer heap, with exactly CPython's heapq sift algorithm keyed by the
/// deadline only: the order in which equal deadlines leave the heap is
/// observable (timers with the same deadline fire in heap order, not
/// insertion order: conformance 035 and 105). Push sifts the new leaf
/// towards the root while strictly smaller than its parent; pop moves the
/// last leaf to the root, walks the hole down along the smaller child (the
/// right one unless left < right) to a leaf, then sifts up again.
struct TimerHeap {
    private(set) var items: [PyHandle] = []

    var first: PyHandle? { items.first }
    var count: Int { items.count }
    var isEmpty: Bool { items.isEmpty }

    mutating func push(_ handle: PyHandle) {
        items.append(handle)
        siftTowardsRoot(0, items.count - 1)
    }

    mutating func pop() -> PyHandle? {
        guard let last = items.popLast() else { return nil }
        guard !items.isEmpty else { return last }
        let first = items[0]
        items[0] = last
        siftToLeaf(0)
        return first
    }

    /// Replaces the contents and re-establishes heap order (heapq.heapify).
    mutating func rebuild(_ handles: [PyHandle]) {
        items = handles
        var pos = items.count / 2 - 1
        while pos >= 0 {
            siftToLeaf(pos)
            pos -= 1
        }
    }

    mutating func removeAll() { items.removeAll() }

    private mutating func siftTowardsRoot(_ start: Int, _ from: Int) {
        var pos = from
        let item = items[pos]
        while pos > start {
            let parentPos = (pos - 1) >> 1
            let parent = items[parentPos]
            if item.when < parent.when {
                items[pos] = parent
                pos = parentPos
                continue
            }
            break
        }
        items[pos] = item
    }

    private mutating func siftToLeaf(_ from: Int) {
        let end = items.count
        var pos = from
        let item = items[pos]
        var child = 2 * pos + 1
        while child < end {
            let right = child + 1
            if right < end && !(items[child].when < items[right].when) { child = right }
            items[pos] = items[child]
            pos = child
            child = 2 * pos + 1
        }
        items[pos] = item
        siftTowardsRoot(from, pos)
    }
}
