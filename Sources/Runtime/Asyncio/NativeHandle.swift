/// A callback queued on the native event loop (`asyncio.Handle`), or, with
/// a deadline, a timer (`asyncio.TimerHandle`, ordered by `when` only).
final class PyHandle: PyObject, CustomPyRepr {
    /// What running the handle does. Task steps and wakeups are kept native
    /// (no bound method per switch); `.call` is any Python callback.
    enum Action {
        case call(Value, [Value])
        case step(PyTask, PyException?)
        case wakeup(PyTask, PyFuture)
    }

    var action: Action?
    deinit {
        if action != nil { DeepRelease.release(&action, leaving: nil) }
        if givenWhen != nil { DeepRelease.release(&givenWhen, leaving: nil) }
    }
    let loop: PyLoop
    /// The task whose step or wakeup this runs (nil for other callbacks).
    /// Set again when the loop reuses the handle (`HandlePool`).
    private(set) var task: PyTask?
    var cancelled = false
    /// Timers only: the deadline, and whether it sits in the loop's heap.
    let when: Double
    /// Timers only: the deadline as `call_at`/`TimerHandle` were given it
    /// when it is not a float (`call_at(10)`: CPython keeps the int, and
    /// `when()` and the repr show `10`); nil means `.float(when)`.
    private(set) var givenWhen: Value?
    let isTimer: Bool
    var scheduled = false
    /// The callback's trace name, computed once while tracing.
    var traceName: String?
    /// Access-log identity (0: not yet seen) and the step that queued it.
    var logSerial = 0
    var logEnabler = -1

    init(_ action: Action, loop: PyLoop, task: PyTask?, when: Double? = nil, given: Value? = nil) {
        self.action = action
        self.loop = loop
        self.task = task
        self.when = when ?? 0
        if case .float(_)? = given {} else if when != nil { self.givenWhen = given }
        self.isTimer = when != nil
        super.init(type: nil)
    }

    /// `when()` / `_when`: the deadline as the timer was given it.
    var whenValue: Value { givenWhen ?? .float(when) }

    override var exactBuiltinType: PyType { isTimer ? AsyncioTypes.timerHandle : AsyncioTypes.handle }

    /// True when the handle, just run, is one (not a timer) that nothing
    /// else can observe any more: only the caller holds it (no Python
    /// reference, no `id()` taken, no weak callback watching it).
    var isSpareAfterRun: Bool {
        !isTimer && !cancelled && identitySerial == 0 && collectorWord == 0 && traceName == nil
    }

    /// Drops what the handle ran (at the moment its deallocation would
    /// have), ready for `reuse`. The action's task is also `task`, so only
    /// a wakeup's future can be freed here (it has its own deep release),
    /// or kept by the loop for reuse (SpareFutures.swift).
    func clearForReuse() {
        if case .wakeup(_, var future)? = action {
            // The wakeup's future is freed now unless the loop keeps it.
            action = nil
            loop.keepSpare(future: &future)
        } else {
            action = nil
        }
        task = nil
        logSerial = 0
        logEnabler = -1
    }

    /// The handle as `PyHandle(action, loop: loop, task: task)` would make it.
    func reuse(_ action: Action, task: PyTask?) -> PyHandle {
        self.action = action
        self.task = task
        return self
    }

    /// `<Handle callback(args) at FILE:LINE>` (events._handle_repr).
    func pyRepr(_ vm: Interpreter) throws -> String {
        let function = loop.runtime.handleReprFunction
        if function.isNone { return "<\(type.name)>" }
        return try vm.str(vm.call(function, [.object(self)]))
    }

    /// `cancel()`: the callback will not run (no effect once it ran).
    func cancel(_ vm: Interpreter? = nil) {
        if let log = vm?.accessLog { log.state(self, write: true) }
        if cancelled { return }
        if isTimer && scheduled { loop.timerCancelledCount += 1 }
        cancelled = true
        action = nil
    }

    /// Runs the callback. A task's step or wakeup reads the task from the
    /// `task` field (the same task; a `let`, read without retaining it).
    /// Calls CPython 3.11 has between `run_forever` and what a handle
    /// runs, counted against the recursion limit: `_run_once` and
    /// `Handle._run` frames, then `Context.run` for a callback, or the C
    /// task step and the coroutine's `send` for a task. With the
    /// `run_until_complete` and `run_forever` frames (LoopRunning) a
    /// recursion inside a task stops at CPython's depth under the oracle.
    static let callbackCallDepth = 3
    static let taskStepCallDepth = 4

    func run(_ vm: Interpreter) throws {
        let callDepth: Int
        if case .call? = action { callDepth = Self.callbackCallDepth } else { callDepth = Self.taskStepCallDepth }
        vm.depth += callDepth
        defer { vm.depth -= callDepth }
        switch action {
        case .call(let fn, let args)?:
            // `call_soon(fut.set_result, v)` and the like: the builtin's
            // fixed-arity entry when it has one (Objects/FixedArityEntries.swift).
            if vm.accessLog == nil, try FixedArityEntries.call(vm, fn, arguments: args) != nil { break }
            _ = try vm.call(fn, args)
        case .step(_, let error)?:
            if let task {
                try task.step(vm, error)
            } else if case .step(let owner, _)? = action {
                try owner.step(vm, error)
            }
        case .wakeup(_, let future)?:
            if let task {
                try task.wakeup(vm, by: future)
            } else if case .wakeup(let owner, _)? = action {
                try owner.wakeup(vm, by: future)
            }
        case nil: break
        }
    }

    /// Runs the callback the way the loop does: an exception goes to the
    /// loop's exception handler, except SystemExit and KeyboardInterrupt,
    /// which unwind the loop.
    func runReportingErrors(_ vm: Interpreter) throws {
        do {
            try run(vm)
        } catch let error as PyError {
            // CPython's `Handle._run` frame, which called the callback.
            AsyncioSite.add([.handleRun], to: error.exception)
            let type = error.exception.type
            if type.isSubtype(of: BuiltinTypes.systemExit) || type.isSubtype(of: BuiltinTypes.keyboardInterrupt) {
                throw error
            }
            _ = try vm.callMethod(.object(loop), interned: AsyncioNames.reportCallbackError, [.object(self), .object(error.exception)])
        }
    }

    /// `_callback` as Python sees it (a bound method for task steps).
    func callbackValue(_ vm: Interpreter) throws -> Value {
        switch action {
        case .call(let fn, _)?: return fn
        case .step(let task, _)?: return try vm.getAttribute(.object(task), AsyncioNames.stepName)
        case .wakeup(let task, _)?:
            return try vm.getAttribute(.object(task), AsyncioNames.taskWakeup)
        case nil: return .none
        }
    }

    /// `_args` as Python sees it.
    var argsValue: Value {
        switch action {
        case .call(_, let args)?: return .object(PyTuple(args))
        case .step(_, let error)?: return .object(PyTuple(error.map { [.object($0)] } ?? []))
        case .wakeup(_, let future)?: return .object(PyTuple([.object(future)]))
        case nil: return .none
        }
    }
}
