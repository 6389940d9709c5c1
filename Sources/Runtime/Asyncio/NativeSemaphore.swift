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
final class PySemaphoreAcquire: PyWaiterCoroutine {
    override var cpythonSites: [AsyncioSite] { [.semaphoreAcquire] }

    private static let pyAcquireName = Names.shared("_py_acquire")

    /// True when the body's first check (`locked()`) already ran and said
    /// the semaphore is taken (`takeIfFree` from `async with`).
    private var checkedLocked: Bool

    init(runtime: AsyncioRuntime, semaphore: PyObject, checkedLocked: Bool = false) {
        self.checkedLocked = checkedLocked
        super.init(runtime: runtime, primitive: semaphore, waitersName: SemaphoreState.waitersName,
                   qualname: "Semaphore.acquire")
    }

    /// The body's first statement: takes a unit when `locked()` is false.
    static func takeIfFree(_ vm: Interpreter, _ semaphore: PyObject) throws -> Bool {
        if try !SemaphoreState.locked(vm, semaphore) {
            try SemaphoreState.add(vm, semaphore, -1)
            return true
        }
        return false
    }

    override func begin(_ vm: Interpreter) throws -> GeneratorStep {
        if checkedLocked {
            checkedLocked = false
        } else if try Self.takeIfFree(vm, primitive) {
            return .returned(.true)
        }
        guard runtime.plainRunningLoop != nil else {
            return try handOver(vm, to: vm.call(PrimitiveClass.fallback(primitive.type, Self.pyAcquireName),
                                                [.object(primitive)]))
        }
        if try EventState.attr(vm, primitive, SemaphoreState.waitersName).isNone {
            try EventState.set(vm, primitive, SemaphoreState.waitersName, .object(PyList([])))
        }
        return try park(vm, blocker: "semaphore")
    }

    /// The `except CancelledError` clause, then the end.
    override func finish(_ vm: Interpreter, _ future: PyFuture, _ failure: PyError?) throws -> GeneratorStep {
        if let failure {
            if failure.exception.type.isSubtype(of: runtime.cancelledError),
               try !WaiterOps.cancelled(vm, .object(future)) {
                try SemaphoreState.add(vm, primitive, 1)
                try SemaphoreState.wakeUpNext(vm, primitive)
            }
            throw failure
        }
        if try vm.isTruthy(vm.compare(EventState.attr(vm, primitive, SemaphoreState.valueName), .int(0), .gt)) {
            try SemaphoreState.wakeUpNext(vm, primitive)
        }
        return .returned(.true)
    }
}

/// Semaphore's state in its `__dict__`, and its synchronous methods.
enum SemaphoreState {
    static let valueName = Names.shared("_value")
    static let waitersName = Names.shared("_waiters")

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
