/// Limits inside native operations.
///
/// DESIGN: the dispatch loop checks the wall clock and the heap every few
/// thousand instructions (`periodicCheck`), but one instruction can run a
/// native loop of any length: `sum(range(10**15))`, `1 in iter(int, 1)`,
/// `set(range(10**8))`, a substring search, a huge `str.translate`. Such
/// loops call `nativeWork(_:)` with the number of elements (or comparable
/// units) they handled since their last call, and every `nativeWorkUnits`
/// units the deadline and the heap are checked, so no native operation
/// outlasts the wall limit or grows the heap past the memory limit between
/// two instructions. Every `Interpreter.next(_:)` counts one unit, which
/// covers each builtin that consumes an iterator. The check never runs
/// program code other than what a cycle collection before the memory limit
/// runs anyway.
extension Interpreter {
    /// Units of native work between two checks of the deadline and heap.
    static let nativeWorkUnits = 4096

    /// Counts `units` of native work; checks the deadline and the heap once
    /// enough have accumulated.
    @inline(__always)
    public func nativeWork(_ units: Int = 1) throws {
        counters.pointee.nativeUntilCheck &-= units
        if counters.pointee.nativeUntilCheck <= 0 { try nativeWorkCheck() }
    }

    /// Ends the run with the wall limit once the deadline passed, or the
    /// memory limit once the heap is past it (after collecting cycles).
    public func nativeWorkCheck() throws {
        counters.pointee.nativeUntilCheck = Interpreter.nativeWorkUnits
        if deadline.passed { throw wallLimit }
        if memoryUsed > limits.memoryBytes { try checkMemory() }
    }

    /// Charges `count` items of `size` bytes (`charge(count * size)`
    /// without the multiplication trapping on a huge count such as
    /// `b'ab' * 2**62` or `'x'.ljust(2**62)`: an overflow is the memory
    /// limit). A negative count charges nothing.
    public func charge(_ count: Int, times size: Int) throws {
        guard count > 0, size > 0 else { return }
        let (bytes, overflow) = count.multipliedReportingOverflow(by: size)
        if overflow { throw LimitExceeded(name: "memory", value: limits.memoryBytes) }
        try charge(bytes)
    }

    /// Charges appending `added` elements of `size` bytes to a buffer of
    /// `count` elements with room for `capacity`. Growing past the capacity
    /// allocates the new buffer (a Swift array doubles) while the old one
    /// is still live, so the whole new buffer is charged: charging only
    /// what was added let a loop of `+=` on a bytearray reach 1.6 times
    /// the limit before the next check.
    public func chargeAppend(count: Int, capacity: Int, adding added: Int, size: Int) throws {
        let needed = count &+ added
        try charge(needed > capacity ? max(needed, capacity &* 2) : added, times: size)
    }

    /// The wall limit as thrown when the deadline passed.
    var wallLimit: LimitExceeded { LimitExceeded(name: "wall", value: Int(limits.wallSeconds * 1000)) }
}
