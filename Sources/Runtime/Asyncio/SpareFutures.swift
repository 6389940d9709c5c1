/// Waiter futures reused by their loop. Every native wait (a queue getter,
/// a lock or event waiter, a sleep's future) makes a future of the run's
/// Future class, which has a `__dict__`: two objects to allocate, track
/// for the cycle collector, free and untrack per wait. A future that
/// finished, whose task's wakeup just ran, and that nothing else can reach
/// (only the wakeup held it: not in a waiter list any more, no Python
/// reference, never given an identity by `id()`, a hash or a weak
/// reference, no attribute set, no callback left) would be freed at that
/// moment; instead what it holds is dropped then (its result and blocker,
/// as its deallocation would have) and the empty future waits in the
/// loop's spare list for the next `AsyncioRuntime.createFuture`, which
/// gives it back exactly as a new one (pending, no result, no blocker).
/// Never under an access log (exploration knows futures by identity) or a
/// trace; the spare list is dropped with the loop at the end of the run.
extension PyFuture {
    /// True when this future, whose last reference the caller holds, can
    /// be reused as a new future of `type`: a plain core future (not a
    /// task) of exactly that class, with nothing a new one would not have
    /// besides its outcome.
    func isSpare(of type: PyType) -> Bool {
        guard typeStorage === type, identitySerial == 0, collectorWord & 0xc000_0000 == 0,
              !logTraceback, exception == nil, cancelledError == nil, firstWakeup == nil, callbacks.isEmpty,
              ObjectIdentifier(Swift.type(of: self)) == ObjectIdentifier(PyFuture.self),
              !type.flags.hasFinalizer else { return false }
        if let d = dictRef, d._withUnsafeGuaranteedRef({ $0.count }) != 0 { return false }
        return true
    }

    /// Drops the outcome and the wait's marks: the future is as
    /// `PyFuture(type:)` made it, still bound to its loop.
    /// (Plain stores: outside a deinit they release at once, and whatever
    /// they free releases its own references through DeepRelease.)
    func resetForReuse() {
        state = .pending
        result = .none
        cancelMessage = .none
        blocker = .none
        blockerKind = nil
        blocking = false
    }
}

extension PyLoop {
    /// Keeps `future` (whose only reference is the caller's) for reuse
    /// when nothing can tell it apart from a freed one (see the file's
    /// comment); otherwise it is freed when the caller lets it go.
    func keepSpare(future: inout PyFuture) {
        guard !tracing, spareFutures.count < PyLoop.maxSpareFutures, future.loop === self,
              isKnownUniquelyReferenced(&future), future.isSpare(of: runtime.futureClass) else { return }
        future.resetForReuse()
        spareFutures.append(future)
    }

    /// A spare future of the run's Future class, or nil.
    @inline(__always)
    func takeSpareFuture() -> PyFuture? {
        guard let future = spareFutures.popLast() else { return nil }
        // The class is checked when a future is kept; `futureClass` is set
        // once at import, so this holds unless setup() ran again.
        if future.typeStorage !== runtime.futureClass { return nil }
        return future
    }
}
