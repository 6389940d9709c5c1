/// `await receiver.method()` where the method is one of asyncio's native
/// coroutine functions (`Event.wait`, `Lock.acquire`, `Semaphore.acquire`,
/// `Queue.get`, `Queue.put`).
///
/// DESIGN: most such awaits finish at once (an event already set, a lock
/// nobody holds), yet each one made a coroutine object, sent into it,
/// found it finished and freed it: ~1,900 instructions around a check of
/// one attribute. Here the call and the await are decided together when
/// the instruction after the call is the `GET_AWAITABLE` of an `await`
/// (nothing can run between the call and the first send then, so checking
/// at the call is checking at the first step), and a finished wait skips
/// the await's three instructions. Nothing observable is lost: a coroutine
/// that ends at its first step suspends nowhere, records no trace event
/// and is never seen by the program. Anything else (`coro = ev.wait()`
/// awaited later, a class overriding what the native body relies on, a
/// keyword, the race detector on) takes the general call.
extension Interpreter {
    /// The awaited-call entry's answer for the method at `stack[selfIndex -
    /// 1]` called on `stack[selfIndex]` and the `count` (0 or 1) arguments
    /// above it, or nil for the general call. The stack is left as it is.
    @inline(never)
    func awaitedMethodCall(_ stack: ValueStack, selfIndex: Int, count: Int) throws -> AwaitedCall? {
        guard accessLog == nil, let builtin = stack[selfIndex - 1].unretained(PyBuiltinFunction.self) else { return nil }
        return try builtin._withUnsafeGuaranteedRef { b in
            guard b.boundSelf == nil, let entries = b.fixedArity else { return nil }
            if count == 0 { return try entries.awaitedOne?(self, stack[selfIndex]) }
            return try entries.awaitedTwo?(self, stack[selfIndex], stack[selfIndex + 1])
        }
    }
}
