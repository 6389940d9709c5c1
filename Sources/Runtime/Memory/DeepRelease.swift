import CRuntimeSupport

/// Releasing object graphs of any depth without recursion on the stack.
///
/// DESIGN: objects are reference counted, so freeing the head of a chain
/// (`x = [x]` a million times, a linked list of instances, a tower of
/// generators) frees its child from inside its own deinit, and so on down:
/// one native stack frame per level, which overflows the thread's stack
/// long before the memory limit. Like CPython's "trashcan", every storage
/// class that holds references releases them through `release(_:leaving:)`
/// (or `enter()`/`leave()`/`bury(_:)` for manual buffers): below `maxDepth`
/// nested releases the references go at once; deeper, they are moved into a
/// per-thread bin instead, and the outermost release empties the bin one
/// entry at a time. Stack use is bounded by `maxDepth` levels whatever the
/// graph's depth, and the total work stays linear. The depth counter lives
/// in C (`CRuntimeSupport`) behind out-of-line calls, which the optimizer
/// cannot move a release across.
enum DeepRelease {
    /// Nested releases allowed on the stack before references are deferred
    /// (100; 1 under INTERLEAVE_RELEASE_STRESS, the test configuration that
    /// sends every nested release through the bin).
    static var maxDepth: Int { Int(interleave_release_max_depth()) }

    /// Replaces `field` with `empty` and releases what it held: now, or
    /// (when the release is already `maxDepth` deep) after the outermost
    /// release returns.
    ///
    /// The old value is moved out by an out-of-line `take` and dropped by an
    /// out-of-line `drop`: a plain `field = empty` in a deinit is a store the
    /// optimizer may treat as dead, leaving the release to the object's
    /// implicit field destruction, outside the bracket and recursive again.
    @inline(__always)
    static func release<T>(_ field: inout T, leaving empty: T) {
        releaseBracketed(&field, leaving: empty)
    }

    /// `release(_:leaving:)` for an object reference: when another
    /// reference keeps the object alive, dropping this one frees nothing,
    /// so it goes without the bracket (two calls into C and a generic
    /// destroy: a function's closure owner, a frame's shared cells).
    @inline(__always)
    static func release<T: AnyObject>(_ field: inout T?, leaving empty: T?) {
        if !isKnownUniquelyReferenced(&field) {
            _ = take(&field, leaving: empty)
            return
        }
        releaseBracketed(&field, leaving: empty)
    }

    /// `release(_:leaving:)` for an array, without the bracket when its
    /// storage is shared (a frame using its function's closure cells).
    @inline(__always)
    static func release<E>(_ field: inout [E]?, leaving empty: [E]?) {
        if !hasUniqueStorage(&field) {
            _ = take(&field, leaving: empty)
            return
        }
        releaseBracketed(&field, leaving: empty)
    }

    /// `release(_:leaving:)` for an array (see the optional one).
    @inline(__always)
    static func release<E>(_ field: inout [E], leaving empty: [E]) {
        if !hasUniqueStorage(&field) {
            _ = take(&field, leaving: empty)
            return
        }
        releaseBracketed(&field, leaving: empty)
    }

    /// True unless the array's storage is certainly shared with another
    /// array. An array (and an optional one, nil being the null pointer)
    /// is one reference to its storage object; where that layout does not
    /// hold this answers true, which only keeps the bracket.
    @inline(__always)
    static func hasUniqueStorage<A>(_ array: inout A) -> Bool {
        guard MemoryLayout<A>.size == MemoryLayout<AnyObject?>.size else { return true }
        return withUnsafeMutablePointer(to: &array) { p in
            p.withMemoryRebound(to: AnyObject?.self, capacity: 1) { storage in
                storage.pointee == nil || isKnownUniquelyReferenced(&storage.pointee)
            }
        }
    }

    /// The bracketed release all the overloads share.
    @inline(__always)
    private static func releaseBracketed<T>(_ field: inout T, leaving empty: T) {
        let old = take(&field, leaving: empty)
        if interleave_release_enter() != 0 {
            drop(consume old)
            if interleave_release_leave() != 0 { drain() }
        } else {
            bury(consume old)
        }
    }

    /// `release(_:leaving:)` for a list's or tuple's items, freed from the
    /// last to the first as CPython's `list_dealloc`, `tupledealloc` and
    /// `list.clear` free them (`__del__` and weakref callbacks see the order).
    @inline(__always)
    static func releaseItems(_ field: inout [Value]) {
        // Plain values only (an `enumerate` pair, a list of ints): nothing
        // can cascade or observe the order, so no bracket.
        if !field.contains(where: { if case .object = $0 { return true } else { return false } }) {
            field = []
            return
        }
        var old = take(&field, leaving: [])
        if interleave_release_enter() != 0 {
            dropLastFirst(consume old)
            if interleave_release_leave() != 0 { drain() }
        } else {
            // The bin destroys what it holds first to last.
            old.reverse()
            bury(consume old)
        }
    }

    /// Releases `items` from the last to the first. A buffer shared with
    /// another array is copied by the first pop, and nothing is freed then.
    @inline(never)
    private static func dropLastFirst(_ items: __owned [Value]) {
        var items = items
        while items.popLast() != nil {}
    }

    /// A native iterator's step closure: `release(_:leaving:)` without
    /// generics, which would wrap the closure in a reabstraction thunk whose
    /// context keeps the original alive past the bracket.
    static func release(step field: inout (Interpreter) throws -> Value?) {
        var old: (Interpreter) throws -> Value? = finishedStep
        swap(&old, &field)
        if interleave_release_enter() != 0 {
            dropStep(consume old)
            if interleave_release_leave() != 0 { drain() }
        } else {
            bury(Box(old))
        }
    }

    /// A step that is always exhausted.
    static let finishedStep: (Interpreter) throws -> Value? = { _ in nil }

    @inline(never) @_optimize(none)
    private static func dropStep(_ step: __owned (Interpreter) throws -> Value?) {}

    /// Holds a value in the bin without reabstracting it.
    private final class Box<T> {
        let value: T
        init(_ value: T) { self.value = value }
    }

    /// Moves `field`'s value out, leaving `empty` in its place.
    @inline(never)
    static func take<T>(_ field: inout T, leaving empty: T) -> T {
        var value = empty
        swap(&value, &field)
        return value
    }

    /// Begins one nested release of references the caller drops itself
    /// through pointers (a frame's manual buffers; never by assigning its
    /// own fields, see `release`). False when the release is too deep: then
    /// the caller hands them to `bury(_:)` instead, and must not call
    /// `leave()`.
    @inline(__always)
    static func enter() -> Bool {
        interleave_release_enter() != 0
    }

    /// Ends a release begun by a successful `enter()`.
    @inline(__always)
    static func leave() {
        if interleave_release_leave() != 0 { drain() }
    }

    /// Keeps `payload` alive until the outermost release empties the bin.
    @inline(never)
    static func bury(_ payload: Any) {
        let state = interleave_thread_state_get()!
        ReleaseBin.of(state).items.append(payload)
        state.pointee.release_pending += 1
    }

    /// Releases deferred references one at a time, each as a nested
    /// release (which may defer more); returns when the bin is empty.
    @inline(never)
    private static func drain() {
        let state = interleave_thread_state_get()!
        let bin = ReleaseBin.of(state)
        // Pop first, release after: a nested release may bury more
        // payloads, so the bin's array must not be under mutation then.
        while let payload = bin.items.popLast() {
            state.pointee.release_pending -= 1
            guard interleave_release_enter() != 0 else { return }
            drop(consume payload)
            _ = interleave_release_leave()
        }
    }

    /// Takes ownership of `payload` and releases it on return. Never
    /// optimized: an empty function's argument is otherwise "dead", and the
    /// optimizer would move its release back to the caller, past `leave`.
    @inline(never) @_optimize(none)
    private static func drop<T>(_ payload: __owned T) {}

    /// References this thread has deferred and not yet released (tests).
    static var pending: Int { Int(interleave_thread_state_get()!.pointee.release_pending) }
}

/// One thread's deferred references (created on first use, kept for the
/// thread's life: worker threads are long-lived and the bin is small when
/// empty).
private final class ReleaseBin {
    var items: [Any] = []

    static func of(_ state: UnsafeMutablePointer<interleave_thread_state>) -> ReleaseBin {
        if let raw = state.pointee.release_bin {
            return Unmanaged<ReleaseBin>.fromOpaque(raw).takeUnretainedValue()
        }
        let bin = ReleaseBin()
        state.pointee.release_bin = Unmanaged.passRetained(bin).toOpaque()
        return bin
    }
}
