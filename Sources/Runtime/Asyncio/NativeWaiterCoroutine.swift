/// The part `Lock.acquire`, `Semaphore.acquire` and `Event.wait` share as
/// native coroutines: park a waiter future in the primitive's `_waiters`
/// list and wait for it,
///
///     fut = self._get_loop().create_future()
///     fut._blocker = (kind, self)
///     self._waiters.append(fut)
///     try:
///         await fut
///     finally:
///         self._waiters.remove(fut)
///
/// Subclasses write their body's start (`begin`, calling `park`) and what
/// follows the `finally` (`finish`); the default `finish` is Event's:
/// re-raise, else return True.
class PyWaiterCoroutine: PyNativeCoroutine {
    let runtime: AsyncioRuntime
    /// The lock, semaphore or event.
    let primitive: PyObject
    private let waitersName: PyStr
    private var waiter: PyFuture?

    init(runtime: AsyncioRuntime, primitive: PyObject, waitersName: PyStr, qualname: String) {
        self.runtime = runtime
        self.primitive = primitive
        self.waitersName = waitersName
        super.init(qualname: qualname)
    }

    deinit {
        if waiter != nil { DeepRelease.release(&waiter, leaving: nil) }
    }

    /// Creates the waiter on the primitive's loop, appends it to
    /// `_waiters` and suspends on it; `kind` names the wait in traces and
    /// deadlock reports (`_blocker`).
    func park(_ vm: Interpreter, blocker kind: String) throws -> GeneratorStep {
        let loop = try LoopBinding.boundLoop(vm, primitive, runtime)
        guard case .object(let o) = loop, let core = o as? PyLoop, core.createsPlainFutures else {
            throw PyError.runtimeError("\(qualname)() needs asyncio's event loop")
        }
        let future = runtime.createFuture(core)
        future.setBlocker(kind, .object(primitive))
        try WaiterOps.append(vm, EventState.attr(vm, primitive, waitersName), .object(future))
        waiter = future
        future.blocking = true
        return .yielded(.object(future))
    }

    override func resume(_ vm: Interpreter, _ value: Value) throws -> GeneratorStep {
        guard let future = waiter else { return .returned(.true) }
        waiter = nil
        var failure: PyError?
        do {
            if future.state == .pending { throw PyError.runtimeError("await wasn't used with future") }
            _ = try future.resultValue(vm)
        } catch let error as PyError {
            failure = error
        }
        return try finish(vm, future, removingWaiter(vm, future, after: failure))
    }

    override func raise(_ vm: Interpreter, _ exception: PyException) throws -> GeneratorStep {
        guard let future = waiter else { throw PyError(exception) }
        waiter = nil
        return try finish(vm, future, removingWaiter(vm, future, after: PyError(exception)))
    }

    /// The `finally`: the waiter leaves `_waiters`; an error there replaces
    /// the await's outcome. Returns what the `try` ends with.
    private func removingWaiter(_ vm: Interpreter, _ future: PyFuture, after failure: PyError?) throws -> PyError? {
        do {
            try WaiterOps.remove(vm, EventState.attr(vm, primitive, waitersName), .object(future), silent: false)
        } catch let error as PyError {
            return error
        }
        return failure
    }

    /// What follows the `try` (`failure`: what it raised, nil when the
    /// waiter's result came back).
    func finish(_ vm: Interpreter, _ future: PyFuture, _ failure: PyError?) throws -> GeneratorStep {
        if let failure { throw failure }
        return .returned(.true)
    }
}
