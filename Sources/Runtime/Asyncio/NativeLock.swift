/// `Lock.acquire()` of Lib/asyncio/locks.py as a native coroutine:
///
///     if not self._locked and (self._waiters is None or
///                              all(w.cancelled() for w in self._waiters)):
///         self._locked = True
///         self._owner = mixins.current_task_or_none()
///         return True
///     if self._waiters is None:
///         self._waiters = []
///     fut = self._get_loop().create_future()
///     fut._blocker = ('lock', self)
///     self._waiters.append(fut)
///     try:
///         try:
///             await fut
///         finally:
///             self._waiters.remove(fut)
///     except exceptions.CancelledError:
///         if not self._locked:
///             self._wake_up_first()
///         raise
///     self._locked = True
///     self._owner = mixins.current_task_or_none()
///     return True
///
/// and the synchronous `release` (`LockState`). The state stays in the
/// instance's `__dict__` (`_locked`, `_owner`, `_waiters`).
final class PyLockAcquire: PyWaiterCoroutine {
    override var cpythonSites: [AsyncioSite] { [.lockAcquire] }

    private static let pyAcquireName = Names.shared("_py_acquire")

    /// `_waiters` as the body's first check read it, when that check ran
    /// before the coroutine started (`takeIfFree` from `async with`).
    private var checkedWaiters: Value?

    init(runtime: AsyncioRuntime, lock: PyObject, checkedWaiters: Value? = nil) {
        self.checkedWaiters = checkedWaiters
        super.init(runtime: runtime, primitive: lock, waitersName: LockState.waitersName, qualname: "Lock.acquire")
    }

    /// The body's first statement: takes `lock` when it is free and no
    /// waiter is queued (`taken`), else leaves it; `waiters` is what it read.
    static func takeIfFree(_ vm: Interpreter, _ lock: PyObject,
                           _ runtime: AsyncioRuntime) throws -> (taken: Bool, waiters: Value) {
        let waiters = try EventState.attr(vm, lock, LockState.waitersName)
        if try !vm.isTruthy(EventState.attr(vm, lock, LockState.lockedName)),
           try waiters.isNone || allCancelled(vm, waiters) {
            try LockState.take(vm, lock, runtime)
            return (true, waiters)
        }
        return (false, waiters)
    }

    override func begin(_ vm: Interpreter) throws -> GeneratorStep {
        let waiters: Value
        if let checked = checkedWaiters {
            checkedWaiters = nil
            waiters = checked
        } else {
            let first = try Self.takeIfFree(vm, primitive, runtime)
            if first.taken { return .returned(.true) }
            waiters = first.waiters
        }
        guard runtime.plainRunningLoop != nil else {
            return try handOver(vm, to: vm.call(try PrimitiveClass.fallback(primitive.type, Self.pyAcquireName),
                                                [.object(primitive)]))
        }
        if waiters.isNone { try EventState.set(vm, primitive, LockState.waitersName, .object(PyList([]))) }
        return try park(vm, blocker: "lock")
    }

    private static func allCancelled(_ vm: Interpreter, _ waiters: Value) throws -> Bool {
        let items = try WaiterOps.list(waiters)?.items ?? vm.toArray(waiters)
        for w in items where try !WaiterOps.cancelled(vm, w) {
            return false
        }
        return true
    }

    /// The `except CancelledError` clause, then the end.
    override func finish(_ vm: Interpreter, _ future: PyFuture, _ failure: PyError?) throws -> GeneratorStep {
        if let failure {
            if failure.exception.type.isSubtype(of: runtime.cancelledError),
               try !vm.isTruthy(EventState.attr(vm, primitive, LockState.lockedName)) {
                try LockState.wakeUpFirst(vm, primitive)
            }
            throw failure
        }
        try LockState.take(vm, primitive, runtime)
        return .returned(.true)
    }
}

/// Lock's state in its `__dict__`, and its synchronous methods.
enum LockState {
    static let lockedName = Names.shared("_locked")
    static let ownerName = Names.shared("_owner")
    static let waitersName = Names.shared("_waiters")

    /// `self._locked = True; self._owner = mixins.current_task_or_none()`.
    static func take(_ vm: Interpreter, _ lock: PyObject, _ runtime: AsyncioRuntime) throws {
        try EventState.set(vm, lock, lockedName, .true)
        try EventState.set(vm, lock, ownerName, currentTaskOrNone(vm, runtime))
    }

    /// mixins.current_task_or_none().
    static func currentTaskOrNone(_ vm: Interpreter, _ runtime: AsyncioRuntime) throws -> Value {
        let loop = runtime.runningLoop
        if loop.isNone { return .none }
        if case .object(let o) = loop, let core = o as? PyLoop { return core.currentTask.map { .object($0) } ?? .none }
        return try vm.getAttribute(loop, AsyncioNames.currentTask)
    }

    /// `release()`.
    static func release(_ vm: Interpreter, _ lock: PyObject) throws {
        guard try vm.isTruthy(EventState.attr(vm, lock, lockedName)) else {
            throw AsyncioSite.raising([.lockRelease], PyError.runtimeError("Lock is not acquired."))
        }
        try EventState.set(vm, lock, lockedName, .false)
        try EventState.set(vm, lock, ownerName, .none)
        try wakeUpFirst(vm, lock)
    }

    /// `_wake_up_first()`: completes the first waiter unless it is done.
    static func wakeUpFirst(_ vm: Interpreter, _ lock: PyObject) throws {
        let waiters = try EventState.attr(vm, lock, waitersName)
        if waiters.isNone { return }
        let first: Value
        if let list = WaiterOps.list(waiters) {
            guard let f = list.items.first else { return }
            first = f
        } else {
            if try !vm.isTruthy(waiters) { return }
            first = try vm.getItem(waiters, .int(0))
        }
        if try !WaiterOps.done(vm, first) { try WaiterOps.setResult(vm, first, .true) }
    }
}

/// `_ContextManagerMixin.__aenter__` of locks.py (Lock, Condition,
/// Semaphore): `await self.acquire(); return None`, awaiting whatever
/// `acquire()` returns (a native coroutine or a Python one).
final class PyAcquireContext: PyNativeCoroutine {
    override var cpythonSites: [AsyncioSite] { [.contextEnter] }

    private let owner: Value
    private let runtime: AsyncioRuntime
    private var inner: Value?

    init(owner: Value, runtime: AsyncioRuntime) {
        self.owner = owner
        self.runtime = runtime
        super.init(qualname: "_ContextManagerMixin.__aenter__")
    }

    deinit {
        if inner != nil { DeepRelease.release(&inner, leaving: nil) }
    }

    override func begin(_ vm: Interpreter) throws -> GeneratorStep {
        if let (primitive, kind) = DirectContextManager.resolve(vm, owner, runtime, AsyncioNames.acquire) {
            // `self.acquire()`'s native body: taken at once, or a waiter
            // coroutine that already made the first check.
            let acquire: PyNativeCoroutine
            switch kind {
            case .lock:
                let first = try PyLockAcquire.takeIfFree(vm, primitive, runtime)
                if first.taken { return .returned(.none) }
                acquire = PyLockAcquire(runtime: runtime, lock: primitive, checkedWaiters: first.waiters)
            case .semaphore:
                if try PySemaphoreAcquire.takeIfFree(vm, primitive) { return .returned(.none) }
                acquire = PySemaphoreAcquire(runtime: runtime, semaphore: primitive, checkedLocked: true)
            }
            inner = .object(acquire)
            return try step(acquire.send(vm, .none))
        }
        // `self.acquire()` as Python looks it up (a `__getattribute__` override included).
        let awaitable = try vm.awaitableIterator(vm.call(vm.getAttribute(owner, AsyncioNames.acquire), []))
        inner = awaitable
        return try step(vm.resumeDelegate(awaitable, .none))
    }

    override func resume(_ vm: Interpreter, _ value: Value) throws -> GeneratorStep {
        guard let inner else { return .returned(.none) }
        return try step(vm.resumeDelegate(inner, value))
    }

    override func raise(_ vm: Interpreter, _ exception: PyException) throws -> GeneratorStep {
        guard let inner else { throw PyError(exception) }
        if exception.type.isSubtype(of: BuiltinTypes.generatorExit) {
            self.inner = nil
            try vm.closeDelegate(inner)
            throw PyError(exception)
        }
        return try step(vm.throwIntoDelegate(inner, exception))
    }

    private func step(_ s: GeneratorStep) -> GeneratorStep {
        if case .returned = s {
            inner = nil
            return .returned(.none)
        }
        return s
    }
}
