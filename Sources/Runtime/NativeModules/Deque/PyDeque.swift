/// The storage of a `collections.deque` (or of an instance of a subclass):
/// a ring buffer whose capacity is a power of two, so appends and pops at
/// either end are O(1) and indexing is O(1). `state` counts mutations the way
/// CPython's deque does, so iterators and searches can detect them.
///
/// The raw operations here (`pushBack`, `popFront`, ...) never touch `state`
/// or `maxlen`; the Python-level operations in `DequeOperations.swift` do.
public final class PyDeque: PyObject {
    /// The slots; empty until the first element, then a power of two long.
    private var slots: ContiguousArray<Value> = []
    /// Slot of the leftmost element.
    private var head = 0
    /// Number of elements.
    public private(set) var count = 0
    /// `maxlen`, or nil when unbounded.
    public internal(set) var maxlen: Int?
    /// Mutation counter (wraps; only compared for equality).
    var state = 0
    private var account: MemoryAccount?
    /// Bytes attributed to the memory account (0 while small).
    public private(set) var chargedBytes = 0

    deinit {
        account?.used -= chargedBytes
        if !slots.isEmpty { DeepRelease.release(&slots, leaving: []) }
    }

    /// An empty, unbounded deque of `type` (`deque` or a subclass of it).
    init(type: PyType) {
        let exact = type === DequeModule.dequeType
        super.init(type: exact ? nil : type, hasDict: !exact)
    }

    public override var exactBuiltinType: PyType { DequeModule.dequeType }

    /// True when there are no elements.
    var isEmpty: Bool { count == 0 }

    /// The element at logical position `i` (`0 <= i < count`, checked by callers;
    /// an out-of-range `i` still lands inside the buffer, never outside it).
    @inline(__always)
    subscript(i: Int) -> Value {
        get { slots[(head &+ i) & (slots.count &- 1)] }
        set { slots[(head &+ i) & (slots.count &- 1)] = newValue }
    }

    /// The elements, left to right.
    var elements: [Value] {
        var out: [Value] = []
        out.reserveCapacity(count)
        for i in 0..<count { out.append(self[i]) }
        return out
    }

    /// Adds `v` on the right.
    @inline(__always)
    func pushBack(_ vm: Interpreter, _ v: Value) throws {
        if count == slots.count { try resize(vm, max(8, slots.count * 2)) }
        slots[(head &+ count) & (slots.count &- 1)] = v
        count += 1
    }

    /// Adds `v` on the left.
    @inline(__always)
    func pushFront(_ vm: Interpreter, _ v: Value) throws {
        if count == slots.count { try resize(vm, max(8, slots.count * 2)) }
        head = (head &- 1) & (slots.count &- 1)
        slots[head] = v
        count += 1
    }

    /// Removes and returns the leftmost element (nil when empty).
    @inline(__always)
    func popFront() -> Value? {
        if count == 0 { return nil }
        let v = slots[head]
        slots[head] = .none
        head = (head &+ 1) & (slots.count &- 1)
        count -= 1
        shrinkIfSparse()
        return v
    }

    /// Removes and returns the rightmost element (nil when empty).
    @inline(__always)
    func popBack() -> Value? {
        if count == 0 { return nil }
        let slot = (head &+ count &- 1) & (slots.count &- 1)
        let v = slots[slot]
        slots[slot] = .none
        count -= 1
        shrinkIfSparse()
        return v
    }

    /// Drops every element and the buffer.
    func removeAllElements() {
        slots = []
        head = 0
        count = 0
        release()
    }

    /// Replaces the contents with `items` (same `maxlen`, no trimming).
    func replaceElements(_ vm: Interpreter, _ items: [Value]) throws {
        if items.isEmpty { removeAllElements(); return }
        var capacity = 8
        while capacity < items.count { capacity *= 2 }
        try account(vm, capacity: capacity)
        var fresh = ContiguousArray<Value>(repeating: .none, count: capacity)
        for (i, v) in items.enumerated() { fresh[i] = v }
        slots = fresh
        head = 0
        count = items.count
    }

    /// Removes the element at logical position `i` (`0 <= i < count`),
    /// shifting the shorter side.
    func remove(at i: Int) {
        if i < count / 2 {
            var j = i
            while j > 0 { self[j] = self[j - 1]; j -= 1 }
            _ = popFront()
        } else {
            var j = i
            while j < count - 1 { self[j] = self[j + 1]; j += 1 }
            _ = popBack()
        }
    }

    /// Rotates right by `n` (left when negative), `|n| <= count / 2`.
    func rotateElements(_ n: Int) {
        if count <= 1 || n == 0 { return }
        let mask = slots.count &- 1
        if count == slots.count {
            // A full ring rotates by moving the head.
            head = (head &- n) & mask
            return
        }
        if n > 0 {
            for _ in 0..<n {
                let last = (head &+ count &- 1) & mask
                let v = slots[last]
                slots[last] = .none
                head = (head &- 1) & mask
                slots[head] = v
            }
        } else {
            for _ in 0..<(-n) {
                let v = slots[head]
                slots[head] = .none
                slots[(head &+ count) & mask] = v
                head = (head &+ 1) & mask
            }
        }
    }

    /// Reverses the elements in place.
    func reverseElements() {
        var i = 0, j = count - 1
        while i < j {
            let t = self[i]
            self[i] = self[j]
            self[j] = t
            i += 1
            j -= 1
        }
    }

    // MARK: - Capacity and memory accounting

    /// Moves the elements into a buffer of `capacity` slots (a power of two
    /// at least `count`), charging large buffers to the run's memory limit.
    private func resize(_ vm: Interpreter, _ capacity: Int) throws {
        try account(vm, capacity: capacity)
        var fresh = ContiguousArray<Value>(repeating: .none, count: capacity)
        for i in 0..<count { fresh[i] = self[i] }
        slots = fresh
        head = 0
    }

    /// Halves a large buffer that is at most a quarter full (a drained
    /// deque gives its memory back, as CPython frees its blocks).
    @inline(__always)
    private func shrinkIfSparse() {
        let capacity = slots.count
        if capacity < 64 || count > capacity / 4 { return }
        var fresh = ContiguousArray<Value>(repeating: .none, count: capacity / 2)
        for i in 0..<count { fresh[i] = self[i] }
        slots = fresh
        head = 0
        if let account { track(account, (capacity / 2) * MemoryLayout<Value>.stride) }
    }

    /// Refuses (memory limit) or records a buffer of `capacity` slots.
    private func account(_ vm: Interpreter, capacity: Int) throws {
        let (bytes, over) = capacity.multipliedReportingOverflow(by: MemoryLayout<Value>.stride)
        if over { throw LimitExceeded(name: "memory", value: vm.limits.memoryBytes) }
        if bytes < 65536 && chargedBytes == 0 { return }
        let delta = bytes - chargedBytes
        if delta > 0 { try vm.charge(max(delta, 65536)) }
        track(vm.memory, bytes)
    }

    private func track(_ account: MemoryAccount, _ bytes: Int) {
        self.account = account
        account.used += bytes - chargedBytes
        chargedBytes = bytes
    }

    private func release() {
        account?.used -= chargedBytes
        chargedBytes = 0
    }
}
