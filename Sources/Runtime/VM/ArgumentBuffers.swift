/// Spare arrays for the positional arguments of builtin calls, reused from
/// one call to the next instead of allocated and freed each time.
///
/// DESIGN: a call of a builtin function or method from bytecode moves its
/// arguments off the value stack into an `Args` array. Allocating that
/// array and freeing it afterwards (the runtime's generic array destructor
/// walks the elements through value witnesses) was ~650 instructions per
/// call, more than many builtins' own work (`d.get(k, 0)`, `l.append(x)`,
/// `len(s)`). After the call the caller still holds the array: when the
/// builtin kept no copy of it (a `tuple(*args)` that adopted the storage
/// does), emptying it in place keeps its capacity, and the next call fills
/// it again. Emptying releases the arguments exactly when freeing the array
/// would have. Bounded (`limit` arrays of at most `maxCapacity` slots), per
/// interpreter, so a run keeps at most a few hundred bytes here.
struct ArgumentBuffers {
    /// Arrays kept at most.
    static let limit = 16
    /// Arrays with more capacity than this are not kept.
    static let maxCapacity = 16

    private var spare: [[Value]] = []

    /// An empty array with room for `count` arguments.
    @inline(__always)
    mutating func take(reserving count: Int) -> [Value] {
        if var buffer = spare.popLast() {
            if buffer.capacity < count { buffer.reserveCapacity(count) }
            return buffer
        }
        var buffer: [Value] = []
        buffer.reserveCapacity(max(count, 4))
        return buffer
    }

    /// Takes `buffer` back after a call and leaves it empty: its values are
    /// released now, and its storage is kept for the next call (a buffer a
    /// builtin kept a copy of goes to that copy; the first removal copies
    /// it for this pool).
    @inline(__always)
    mutating func recycle(_ buffer: inout [Value]) {
        guard spare.count < ArgumentBuffers.limit, buffer.capacity <= ArgumentBuffers.maxCapacity else { return }
        // Popping one by one: `removeAll(keepingCapacity:)` goes through the
        // generic range replacement (~80 instructions for two arguments).
        while buffer.popLast() != nil {}
        var kept: [Value] = []
        swap(&kept, &buffer)
        spare.append(kept)
    }
}
