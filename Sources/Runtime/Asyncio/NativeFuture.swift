/// A native asyncio Future: a result that will exist later, with done
/// callbacks (Lib/asyncio/futures.py is the pure-Python reference that runs
/// under CPython; this is its port, as CPython's `_asyncio.Future` is).
///
/// Callbacks never run synchronously: completing a future queues each one
/// on the loop with call_soon, and adding one to a future that is already
/// done queues it at once (conformance 033, 061).
class PyFuture: PyObject, NativeIterable {
    /// `_state`.
    enum State { case pending, cancelled, finished }

    /// A registered done callback: a Python callable, or the wakeup of a
    /// task waiting on this future (kept apart so the trace knows who wakes).
    enum Callback {
        case python(Value)
        case wakeup(PyTask)
    }

    var state = State.pending
    var result: Value = .none
    var exception: PyException?
    /// The loop the future belongs to (nil only before `__init__` ran).
    var loop: PyLoop? {
        didSet { hooks = loop.map { Unmanaged.passUnretained($0.runtime.futureHooks) } }
    }
    /// The loop's run's `FutureHookCache`, unretained: the loop (held
    /// above) holds its runtime, which holds the cache.
    private var hooks: Unmanaged<FutureHookCache>?
    /// The first done callback when it is a task's wakeup (the one waiter
    /// of most futures, kept without an array); `callbacks` holds the rest,
    /// in registration order after it. `allCallbacks` is the whole list.
    var firstWakeup: PyTask?
    var callbacks: [Callback] = []

    /// Every done callback, in registration order.
    var allCallbacks: [Callback] {
        guard let task = firstWakeup else { return callbacks }
        return [.wakeup(task)] + callbacks
    }

    /// Replaces the done callbacks (`remove_done_callback`).
    func setCallbacks(_ list: [Callback]) {
        firstWakeup = nil
        callbacks = list
    }
    var cancelMessage: Value = .none
    /// The CancelledError that cancelled a task, re-raised by result().
    var cancelledError: PyException?
    /// `_asyncio_future_blocking`: true while a task is about to wait on it.
    var blocking = false
    /// `_log_tb`: an exception was set and nobody retrieved it yet.
    var logTraceback = false
    /// `_blocker`: (kind, detail) set by a synchronisation primitive, which
    /// describes the wait in traces and deadlock reports. The native
    /// primitives set only `blockerKind` and the detail here (no tuple per
    /// wait); `blockerValue` makes the pair when Python reads it.
    var blocker: Value = .none
    /// The kind of a pair not made yet: `_blocker` is `(blockerKind, blocker)`.
    var blockerKind: String?

    /// Marks the future as a `kind` wait on `detail` (`fut._blocker = (kind, detail)`).
    @inline(__always)
    func setBlocker(_ kind: String, _ detail: Value) {
        blocker = detail
        blockerKind = kind
    }

    /// `_blocker` as Python sees it.
    var blockerValue: Value {
        get {
            if let kind = blockerKind {
                blocker = .object(PyTuple([.str(kind), blocker]))
                blockerKind = nil
            }
            return blocker
        }
        set {
            blocker = newValue
            blockerKind = nil
        }
    }

    init(type: PyType) {
        super.init(type: type, hasDict: !type.isBuiltin)
        CycleCollector.track(self)
    }

    deinit {
        if logTraceback { FutureFinalization.handOver(self) }
        // Only an object can start a deep chain of releases.
        if case .object = result { DeepRelease.release(&result, leaving: .none) }
        if exception != nil { DeepRelease.release(&exception, leaving: nil) }
        if firstWakeup != nil { DeepRelease.release(&firstWakeup, leaving: nil) }
        if !callbacks.isEmpty { DeepRelease.release(&callbacks, leaving: []) }
        if cancelledError != nil { DeepRelease.release(&cancelledError, leaving: nil) }
        if case .object = blocker { DeepRelease.release(&blocker, leaving: .none) }
    }

    override var exactBuiltinType: PyType { AsyncioTypes.future }
    override var awaitRole: AwaitRole { .future }

    /// Binds the future to `loop`, or to the current event loop.
    func initialize(_ vm: Interpreter, loop requested: Value?) throws {
        loop = try PyLoop.resolve(vm, requested)
    }

    /// The loop, or RuntimeError when `__init__` never ran.
    func boundLoop() throws -> PyLoop {
        guard let loop else { throw PyError.runtimeError("Future object is not initialized.") }
        return loop
    }

    var isDone: Bool { state != .pending }

    /// True when a Python class of this future's overrides `hook`.
    @inline(__always)
    func overrides(_ hook: FutureHook) -> Bool {
        guard let t = typeRef else { return false }
        return t._withUnsafeGuaranteedRef { t in
            if t.isBuiltin { return false }
            if let hooks { return hooks._withUnsafeGuaranteedRef { $0.overrides(t, hook) } }
            return t.lookupUser(hook.name) != nil
        }
    }

    /// The CancelledError to raise for a cancelled future: the one that
    /// cancelled a task if there was one (so its context survives), else a
    /// fresh one carrying the cancel message.
    func makeCancelledError(_ vm: Interpreter) -> PyException {
        if let e = cancelledError {
            cancelledError = nil
            return e
        }
        let type = (loop?.runtime ?? AsyncioRuntime.of(vm))?.cancelledError ?? BuiltinTypes.baseException
        return PyException(type: type, args: cancelMessage.isNone ? [] : [cancelMessage])
    }

    /// `cancel(msg)`; Task overrides it.
    func cancel(_ vm: Interpreter, message: Value) throws -> Bool {
        if let log = vm.accessLog { log.state(self, write: true) }
        logTraceback = false
        if state != .pending { return false }
        state = .cancelled
        cancelMessage = message
        try scheduleCallbacks(vm)
        return true
    }

    func scheduleCallbacks(_ vm: Interpreter) throws {
        if let task = firstWakeup.take() {
            try boundLoop().scheduleTask(vm, .wakeup(task, self), task: task)
        }
        if callbacks.isEmpty { return }
        let pending = callbacks
        callbacks = []
        let loop = try boundLoop()
        for callback in pending {
            switch callback {
            case .python(let fn): try loop.callSoon(vm, .call(fn, [.object(self)]))
            case .wakeup(let task): try loop.scheduleTask(vm, .wakeup(task, self), task: task)
            }
        }
    }

    /// `result()`: the result, the exception set, CancelledError, or
    /// InvalidStateError while pending.
    func resultValue(_ vm: Interpreter) throws -> Value {
        if let log = vm.accessLog { log.state(self, write: false) }
        switch state {
        case .cancelled: throw PyError(makeCancelledError(vm))
        case .pending: throw AsyncioRuntime.invalidState(vm, "Result is not set.")
        case .finished:
            logTraceback = false
            if let e = exception { throw PyError(e) }
            return result
        }
    }

    /// What `result()` would raise, or nil: task wakeups use this so that no
    /// Swift error is thrown and caught for every failed future.
    func outcomeError(_ vm: Interpreter) -> PyException? {
        if let log = vm.accessLog { log.state(self, write: false) }
        switch state {
        case .cancelled: return makeCancelledError(vm)
        case .pending: return PyError(AsyncioRuntime.invalidStateType(vm), "Result is not set.").exception
        case .finished:
            logTraceback = false
            return exception
        }
    }

    func setResult(_ vm: Interpreter, _ value: Value) throws {
        if let log = vm.accessLog { log.state(self, write: true) }
        if state != .pending { throw AsyncioRuntime.invalidState(vm, "invalid state") }
        result = value
        state = .finished
        try scheduleCallbacks(vm)
    }

    func setException(_ vm: Interpreter, _ raw: Value) throws {
        if state != .pending { throw AsyncioRuntime.invalidState(vm, "invalid state") }
        var value = raw
        if case .object(let o) = raw, o is PyType { value = try vm.call(raw, []) }
        guard case .object(let o) = value, let exc = o as? PyException else {
            throw PyError.typeError("invalid exception object")
        }
        if exc.type === BuiltinTypes.stopIteration {
            throw PyError.typeError("StopIteration interacts badly with generators and cannot be raised into a Future")
        }
        try finish(vm, with: exc)
    }

    /// Completes the future with an exception object.
    func finish(_ vm: Interpreter, with exc: PyException) throws {
        if let log = vm.accessLog { log.state(self, write: true) }
        exception = exc
        state = .finished
        try scheduleCallbacks(vm)
        logTraceback = true
    }

    /// Registers a done callback (queued at once if already done).
    func addCallback(_ vm: Interpreter, _ callback: Callback) throws {
        if let log = vm.accessLog { log.state(self, write: true) }
        if state == .pending {
            if firstWakeup == nil, callbacks.isEmpty, case .wakeup(let task) = callback {
                firstWakeup = task
            } else {
                callbacks.append(callback)
            }
            return
        }
        let loop = try boundLoop()
        switch callback {
        case .python(let fn): try loop.callSoon(vm, .call(fn, [.object(self)]))
        case .wakeup(let task): try loop.scheduleTask(vm, .wakeup(task, self), task: task)
        }
    }

    /// `iter(future)`: the same iterator `await` drives (`__iter__ = __await__`).
    func makeIterator(_ vm: Interpreter) throws -> Value { .object(PyFutureIterator(self)) }

    /// The `_state` string of futures.py.
    var stateName: String {
        switch state {
        case .pending: return "PENDING"
        case .cancelled: return "CANCELLED"
        case .finished: return "FINISHED"
        }
    }
}

/// What `await future` drives: yields the future once while it is pending
/// (the task then waits on it), then returns its result.
final class PyFutureIterator: PyObject, Resumable {
    let future: PyFuture
    private var yielded = false

    init(_ future: PyFuture) {
        self.future = future
        super.init(type: nil)
    }

    override var exactBuiltinType: PyType { AsyncioTypes.futureIterator }
    override var awaitRole: AwaitRole { .futureIterator }

    func send(_ vm: Interpreter, _ value: Value) throws -> GeneratorStep {
        if !yielded && future.state == .pending {
            yielded = true
            future.blocking = true
            return .yielded(.object(future))
        }
        if future.state == .pending {
            throw PyError.runtimeError("await wasn't used with future")
        }
        return .returned(try future.resultValue(vm))
    }

    func throwInto(_ vm: Interpreter, _ exception: PyException) throws -> GeneratorStep {
        throw PyError(exception)
    }

    func close(_ vm: Interpreter) throws {}
}
