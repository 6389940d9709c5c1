/// Per-run state of the native asyncio core: what Lib/asyncio handed over
/// at import (`_interleave_asyncio.setup`: exception classes, the Python
/// helpers the core calls back), task numbering, the creation-ordered
/// pending tasks, and the observer of this run. Stored in the module as
/// `_runtime` so native methods, which are shared by every interpreter,
/// find their run's state through `AsyncioRuntime.of(vm)` or their loop.
final class AsyncioRuntime: PyObject {
    /// The run's observer (strong: it does not reference the runtime back;
    /// a weak reference would cost an atomic load per trace event).
    var observer: SchedulerObserver?
    var cancelledError: PyType = BuiltinTypes.baseException
    var invalidStateError: PyType = BuiltinTypes.runtimeError
    /// Python classes the core instantiates (so their Python-level methods,
    /// e.g. `__repr__`, apply): futures.Future and tasks.Task.
    var futureClass: PyType = AsyncioTypes.future
    var taskClass: PyType = AsyncioTypes.task
    /// events._get_event_loop, coroutines.iscoroutine,
    /// format_helpers.callback_name, tracing.is_internal,
    /// tracing.describe_blocker.
    var getEventLoop: Value = .none
    var isCoroutineFunction: Value = .none
    var callbackNameFunction: Value = .none
    var isInternalFunction: Value = .none
    var describeBlockerFunction: Value = .none
    /// events._handle_repr: `<Handle callback(args) at FILE:LINE>`.
    var handleReprFunction: Value = .none
    /// The Python versions and helper methods behind the native
    /// coroutines of sleep, Queue, Event and Lock.
    var primitives = AsyncioPrimitives()
    /// `_interleave_asyncio.TaskGroup_on_task_done` of this run's module
    /// (bound to a group, a child's done callback).
    var taskGroupDoneCallback: PyBuiltinFunction?
    /// `_set_result_unless_cancelled`, the module's own function object (a
    /// sleep's timer callback: the trace names it as asyncio's).
    var setResultUnlessCancelled: Value = .none
    /// base_events._run_until_complete_cb, the done callback of
    /// `run_until_complete` (LoopRunning.swift).
    var runUntilCompleteCallback: Value = .none
    /// The running event loop (events._get_running_loop), None outside one.
    var runningLoop: Value = .none
    /// The native loop's frames CPython would have below the frames it
    /// runs (`run_until_complete`, `run_forever`, `_run_once`, `Handle._run`),
    /// by the frame-stack depth at which each running loop was entered,
    /// outermost first; `_interleave_asyncio.loop_frames()` gives them to
    /// Lib/_asyncio_sites.py, which puts them back in stacks.
    var loopFrames: [(depth: Int, sites: [AsyncioSite])] = []
    /// Task-N numbering: one counter for the whole run, consumed by every
    /// task created without a name (asyncio.create_task(name=...) creates
    /// the task unnamed and renames it, so it consumes one too: 050).
    var taskNumbers = 0
    var taskIDs = 0
    /// Set once a loop stopped with tasks still pending and Lib/asyncio
    /// was asked to destroy what is left when the program ends
    /// (`LoopRunning.noteLeftovers`).
    var leftoversNoted = false
    /// Tasks not yet done, in creation order (nil: finished since).
    private var pending: [PyTask?] = []
    private var pendingCount = 0

    /// `observer.tracing`, fixed for the run (asked at every native call).
    let observerTraces: Bool

    init(observer: SchedulerObserver?) {
        self.observer = observer
        self.observerTraces = observer?.tracing ?? false
        super.init(type: nil)
    }

    private static let runtimeKey = Names.shared(AsyncioModule.runtimeKey)

    /// The runtime of `vm`'s run (nil before `_interleave_asyncio` is imported).
    static func of(_ vm: Interpreter) -> AsyncioRuntime? {
        vm.modules[AsyncioModule.name]?.dict?.getStr(runtimeKey)?.object as? AsyncioRuntime
    }

    /// Every loop of the run (for `teardown`).
    var loops: [PyLoop] = []
    /// Native gathers whose children are not all done (their callbacks and
    /// children form a cycle that `teardown` breaks).
    var activeGathers: [ObjectIdentifier: NativeGather] = [:]
    /// Which future classes override the methods the core calls directly.
    let futureHooks = FutureHookCache()

    /// Breaks the cycles between the run's loops, handles and tasks once
    /// the run is over (Interpreter.releaseRunObjects).
    func teardown() {
        for loop in loops { loop.teardown() }
        loops.removeAll()
        for case let task? in pending { task.teardown() }
        for gather in activeGathers.values { gather.release() }
        activeGathers.removeAll()
        futureHooks.removeAll()
        primitives.forgetClasses()
        pending.removeAll()
        pendingCount = 0
        runningLoop = .none
        observer = nil
    }

    // MARK: pending tasks

    func addPending(_ task: PyTask) {
        task.pendingSlot = pending.count
        pending.append(task)
        pendingCount += 1
    }

    func removePending(_ task: PyTask) {
        let slot = task.pendingSlot
        guard slot >= 0, slot < pending.count, pending[slot] === task else { return }
        pending[slot] = nil
        task.pendingSlot = -1
        pendingCount -= 1
        if pending.count > 64 && pendingCount * 2 < pending.count {
            pending = pending.filter { $0 != nil }
            for (i, t) in pending.enumerated() { t?.pendingSlot = i }
        }
    }

    /// Pending tasks of `loop` in creation order.
    func pendingTasks(of loop: PyLoop?) -> [PyTask] {
        pending.compactMap { task in
            guard let task, task.state == .pending else { return nil }
            return loop == nil || task.loop === loop ? task : nil
        }
    }

    // MARK: calls back into Lib/asyncio

    /// coroutines.iscoroutine: generators and coroutines natively, other
    /// objects by the Coroutine protocol check in Python.
    func isCoroutine(_ vm: Interpreter, _ value: Value) throws -> Bool {
        if case .object(let o) = value {
            if let g = o as? PyGenerator { return g.kind != .asyncGenerator }
            if o is PyNativeCoroutine { return true }
        }
        if isCoroutineFunction.isNone { return false }
        return try vm.isTruthy(vm.call(isCoroutineFunction, [value]))
    }

    /// The qualified name of a coroutine object (traces).
    func coroutineName(_ vm: Interpreter, _ coro: Value) -> String {
        if case .object(let o) = coro, let g = o as? PyGenerator { return g.qualname }
        if case .object(let o) = coro, let c = o as? PyNativeCoroutine { return c.qualname }
        for attr in ["__qualname__", "__name__"] {
            if let v = try? vm.lookupAttribute(coro, Names.shared(attr)), let s = v.stringValue { return s }
        }
        return coro.type.name
    }

    /// A handle's callback name for traces, computed once per handle.
    func callbackName(_ vm: Interpreter, _ handle: PyHandle) throws -> String {
        if let name = handle.traceName { return name }
        let callback = try handle.callbackValue(vm)
        var name = callback.type.name
        if let known = Self.plainFunction(callback) {
            // format_helpers.callback_name, without a Python call.
            name = known.qualname.isEmpty ? known.name : known.qualname
        } else if case .object(let o) = callback, let b = o as? PyBuiltinFunction, !b.qualname.isEmpty {
            // The core's own functions are named as their Python versions are.
            name = b.qualname.hasPrefix(AsyncioModule.name + ".") ? b.name : b.qualname
        } else if !callbackNameFunction.isNone {
            name = try vm.call(callbackNameFunction, [callback]).stringValue ?? name
        }
        handle.traceName = name
        return name
    }

    /// The Python function behind a plain function or a bound method of one.
    private static func plainFunction(_ callback: Value) -> PyFunction? {
        guard case .object(let o) = callback else { return nil }
        if let f = o as? PyFunction { return f }
        if let m = o as? PyBoundMethod { return m.function.object as? PyFunction }
        return nil
    }

    /// True when `callback` is an asyncio helper rather than user code.
    /// Bound methods count as the program's: they are what a program
    /// schedules itself (`loop.call_later(1, fut.set_result, 5)`); plain
    /// functions count by their module, and the core's own functions are
    /// asyncio's, as their Python versions in Lib/asyncio are.
    func isInternal(_ vm: Interpreter, _ callback: Value) throws -> Bool {
        if case .object(let o) = callback {
            if let f = o as? PyFunction { return f.moduleName.stringValue?.hasPrefix("asyncio") ?? false }
            if o is PyBoundMethod { return false }
            if let b = o as? PyBuiltinFunction {
                return b.boundSelf == nil && b.qualname.hasPrefix(AsyncioModule.name + ".")
            }
        }
        if isInternalFunction.isNone { return false }
        return try vm.isTruthy(vm.call(isInternalFunction, [callback]))
    }

    /// The trace's `on` for whatever a task waits on.
    func describe(_ vm: Interpreter, _ awaited: Value) throws -> JSONValue {
        guard case .object(let o) = awaited else { return .object([("kind", .string("future"))]) }
        // A Python override (gather's outer future) describes itself.
        if !o.type.isBuiltin, o.type.lookupUser(AsyncioNames.waitInfo) != nil {
            do {
                return PythonJSON.convert(try vm.callMethod(awaited, interned: AsyncioNames.waitInfo), vm)
            } catch let e as PyError {
                return .object([("kind", .string("future")), ("error", .string((try? vm.repr(.object(e.exception))) ?? "?"))])
            }
        }
        guard let future = o as? PyFuture else { return .object([("kind", .string("future"))]) }
        return try describe(vm, future)
    }

    /// `Future._wait_info()`: what waiting on `future` means.
    func describe(_ vm: Interpreter, _ future: PyFuture) throws -> JSONValue {
        if let task = future as? PyTask {
            return .object([("kind", .string("task")), ("task", .string(task.nameText)), ("task_id", .int(task.id))])
        }
        if let kind = future.blockerKind {
            // Set natively (lock, event, semaphore, condition, queue): the
            // kinds described without the pair need no tuple.
            switch kind {
            case "event", "queue_get", "queue_put", "condition": return .object([("kind", .string(kind))])
            default: break
            }
        }
        guard case .object(let o) = future.blockerValue, let pair = o as? PyTuple, pair.items.count == 2,
              let kind = pair.items[0].stringValue else {
            return .object([("kind", .string("future"))])
        }
        switch kind {
        case "sleep":
            return .object([("kind", .string(kind)), ("until", PythonJSON.convert(pair.items[1], vm))])
        case "event", "queue_get", "queue_put", "condition":
            return .object([("kind", .string(kind))])
        default:
            if describeBlockerFunction.isNone { return .object([("kind", .string(kind))]) }
            do {
                return PythonJSON.convert(try vm.call(describeBlockerFunction, pair.items), vm)
            } catch let e as PyError {
                return .object([("kind", .string("future")), ("error", .string((try? vm.repr(.object(e.exception))) ?? "?"))])
            }
        }
    }

    // MARK: helpers shared by the native types

    /// InvalidStateError(message) of Lib/asyncio/exceptions.py.
    static func invalidState(_ vm: Interpreter, _ message: String) -> PyError {
        PyError(invalidStateType(vm), message)
    }

    static func invalidStateType(_ vm: Interpreter) -> PyType {
        of(vm)?.invalidStateError ?? BuiltinTypes.runtimeError
    }

    /// `awaited.cancel(msg=message)`: native futures directly, unless a
    /// Python subclass overrides cancel (gather's outer future does).
    static func cancel(_ vm: Interpreter, _ awaited: Value, message: Value) throws -> Bool {
        if case .object(let o) = awaited, let future = o as? PyFuture,
           !future.overrides(.cancel) {
            return try future.cancel(vm, message: message)
        }
        guard let method = try vm.lookupAttribute(awaited, AsyncioNames.cancelName) else { return false }
        return try vm.isTruthy(vm.call(method, Args([], keywords: [("msg", message)])))
    }

    /// One step of a task's coroutine: send None, or throw `exception` in.
    static func resume(_ vm: Interpreter, _ coro: Value, throwing exception: PyException?) throws -> GeneratorStep {
        if case .object(let o) = coro, let g = o as? PyGenerator {
            if let exception { return try g.throwInto(vm, exception) }
            return try g.send(vm, .none)
        }
        if case .object(let o) = coro, let c = o as? PyNativeCoroutine {
            if let exception { return try c.throwInto(vm, exception) }
            return try c.send(vm, .none)
        }
        do {
            if let exception { return .yielded(try vm.callMethod(coro, interned: AsyncioNames.throwName, [.object(exception)])) }
            return .yielded(try vm.callMethod(coro, interned: AsyncioNames.sendName, [.none]))
        } catch let e as PyError where e.exception.type.isSubtype(of: BuiltinTypes.stopIteration) {
            return .returned(e.exception.payload)
        }
    }
}

extension AsyncioRuntime {
    /// `coro.send(value)` as a step (a native coroutine's Python delegate).
    static func send(_ vm: Interpreter, _ coro: Value, _ value: Value) throws -> GeneratorStep {
        if value.isNone { return try resume(vm, coro, throwing: nil) }
        if case .object(let o) = coro, let r = o as? Resumable { return try r.send(vm, value) }
        do {
            return .yielded(try vm.callMethod(coro, interned: AsyncioNames.sendName, [value]))
        } catch let e as PyError where e.exception.type.isSubtype(of: BuiltinTypes.stopIteration) {
            return .returned(e.exception.payload)
        }
    }
}

extension Interpreter {
    /// Counts one unit of native scheduler work as an instruction, so the
    /// steps and wall-clock limits also bound loops that run no bytecode.
    @inline(__always)
    func chargeStep() throws {
        counters.pointee.untilCheck &-= 1
        if counters.pointee.untilCheck <= 0 { try periodicCheck() }
    }
}
