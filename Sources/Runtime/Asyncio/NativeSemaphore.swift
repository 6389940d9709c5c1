/// `Semaphore.acquire()` of Lib/asyncio/locks.py as a native coroutine:
///
///     if not self.locked():
///         self._value -= 1
///         return True
///     if self._waiters is None:
///         self._waiters = []
///     fut = self._get_loop().create_future()
///     fut._blocker = ('semaphore', self)
///     self._waiters.append(fut)
///     try:
///         try:
///             await fut
///         finally:
///             self._waiters.remove(fut)
///     except exceptions.CancelledError:
///         if not fut.cancelled():
///             self._value += 1
///             self._wake_up_next()
///         raise
///     if self._value > 0:
///         self._wake_up_next()
///     return True
///
/// and the synchronous `release` (`SemaphoreState`). The state stays in the
/// instance's `__dict__` (`_value`, `_waiters`).
final class PySemaphoreAcquire: PyNativeCoroutine {
    private let runtime: AsyncioRuntime
    private let semaphore: PyObject
    private var waiter: PyFuture?
    private static let pyAcquireName = Names.intern("_py_acquire")

    init(runtime: AsyncioRuntime, semaphore: PyObject) {
        self.runtime = runtime
        self.semaphore = semaphore
        super.init(qualname: "Semaphore.acquire")
    }

    deinit {
        if waiter != nil { DeepRelease.release(&waiter, leaving: nil) }
    }

    override func begin(_ vm: Interpreter) throws -> GeneratorStep {
        if try !SemaphoreState.locked(vm, semaphore) {
            try SemaphoreState.add(vm, semaphore, -1)
            return .returned(.true)
        }
        guard runtime.plainRunningLoop != nil else {
            return try handOver(vm, to: vm.call(PrimitiveClass.fallback(semaphore.type, Self.pyAcquireName),
                                                [.object(semaphore)]))
        }
        if try EventState.attr(vm, semaphore, SemaphoreState.waitersName).isNone {
            try EventState.set(vm, semaphore, SemaphoreState.waitersName, .object(PyList([])))
        }
        let loop = try LoopBinding.boundLoop(vm, semaphore, runtime)
        guard case .object(let o) = loop, let core = o as? PyLoop, core.createsPlainFutures else {
            throw PyError.runtimeError("Semaphore.acquire() needs asyncio's event loop")
        }
        let future = runtime.createFuture(core)
        future.blocker = .object(PyTuple([.str("semaphore"), .object(semaphore)]))
        try WaiterOps.append(vm, EventState.attr(vm, semaphore, SemaphoreState.waitersName), .object(future))
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
        return try finish(vm, future, failure)
    }

    override func raise(_ vm: Interpreter, _ exception: PyException) throws -> GeneratorStep {
        guard let future = waiter else { throw PyError(exception) }
        waiter = nil
        return try finish(vm, future, PyError(exception))
    }

    /// The `finally` and `except CancelledError` clauses, then the end.
    private func finish(_ vm: Interpreter, _ future: PyFuture, _ failure: PyError?) throws -> GeneratorStep {
        var failure = failure
        do {
            try WaiterOps.remove(vm, EventState.attr(vm, semaphore, SemaphoreState.waitersName), .object(future),
                                 silent: false)
        } catch let error as PyError {
            failure = error
        }
        if let failure {
            if failure.exception.type.isSubtype(of: runtime.cancelledError),
               try !WaiterOps.cancelled(vm, .object(future)) {
                try SemaphoreState.add(vm, semaphore, 1)
                try SemaphoreState.wakeUpNext(vm, semaphore)
            }
            throw failure
        }
        if try vm.isTruthy(vm.compare(EventState.attr(vm, semaphore, SemaphoreState.valueName), .int(0), .gt)) {
            try SemaphoreState.wakeUpNext(vm, semaphore)
        }
        return .returned(.true)
    }
}

/// Semaphore's state in its `__dict__`, and its synchronous methods.
enum SemaphoreState {
    static let valueName = Names.intern("_value")
    static let waitersName = Names.intern("_waiters")

    /// `self._value += delta`.
    static func add(_ vm: Interpreter, _ semaphore: PyObject, _ delta: Int) throws {
        let value = try EventState.attr(vm, semaphore, valueName)
        if case .int(let v) = value, let dict = semaphore.dict {
            let (sum, overflow) = v.addingReportingOverflow(delta)
            if !overflow {
                dict.setStr(valueName, .int(sum))
                return
            }
        }
        // `self._value -= 1` / `+= 1` on anything else.
        let result = delta < 0 ? try vm.binaryOp(value, .int(-delta), .sub, inplace: true)
                                 : try vm.binaryOp(value, .int(delta), .add, inplace: true)
        try EventState.set(vm, semaphore, valueName, result)
    }

    /// `locked()`: no unit free, or a waiter not cancelled.
    static func locked(_ vm: Interpreter, _ semaphore: PyObject) throws -> Bool {
        if try vm.isTruthy(vm.compare(EventState.attr(vm, semaphore, valueName), .int(0), .eq)) { return true }
        let waiters = try EventState.attr(vm, semaphore, waitersName)
        if waiters.isNone { return false }
        let items = try WaiterOps.list(waiters)?.items ?? vm.toArray(waiters)
        for w in items where try !WaiterOps.cancelled(vm, w) { return true }
        return false
    }

    /// `release()`.
    static func release(_ vm: Interpreter, _ semaphore: PyObject) throws {
        try add(vm, semaphore, 1)
        try wakeUpNext(vm, semaphore)
    }

    /// `_wake_up_next()`: gives a unit to the first waiter not done yet.
    static func wakeUpNext(_ vm: Interpreter, _ semaphore: PyObject) throws {
        let waiters = try EventState.attr(vm, semaphore, waitersName)
        if try waiters.isNone || !vm.isTruthy(waiters) { return }
        let items = try WaiterOps.list(waiters)?.items ?? vm.toArray(waiters)
        for future in items where try !WaiterOps.done(vm, future) {
            try add(vm, semaphore, -1)
            try WaiterOps.setResult(vm, future, .true)
            return
        }
    }
}
