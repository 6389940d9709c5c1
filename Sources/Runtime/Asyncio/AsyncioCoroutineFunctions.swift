/// The functions and methods of Lib/asyncio that `_interleave_asyncio`
/// implements natively: `sleep`, `gather`, `wait` and the hot methods of Queue, Event, Lock
/// and the `async with` of locks.py. Lib/asyncio keeps each Python version
/// beside it (`_py_sleep`, `Queue._py_get`, ...) as the reference and as
/// the fallback for what the native code leaves to Python: a trace or an
/// access log being recorded (`AsyncioRuntime.nativeAllowed`), a subclass
/// overriding a helper, unusual arguments (whose errors are the Python
/// version's).
extension AsyncioModule {
    static func addCoroutineFunctions(_ m: PyModule, _ runtime: AsyncioRuntime) {
        m.addFunction("sleep") { vm, a in
            if runtime.nativeAllowed(vm), let coroutine = sleepCoroutine(a, runtime) { return .object(coroutine) }
            if runtime.primitives.sleepFallback.isNone { throw PyError.runtimeError("asyncio is not set up") }
            return try vm.call(runtime.primitives.sleepFallback, a)
        }
        // `await asyncio.sleep(0)` from bytecode: no `Args` (FixedArityEntries).
        attachFixedArity(m, "sleep", FixedArityEntries(one: { vm, delay in
            guard runtime.nativeAllowed(vm), PySleepCoroutine.isPlainNumber(delay) else { return nil }
            return .object(PySleepCoroutine(runtime: runtime, delay: delay, result: .none))
        }))
        m.addFunction("gather") { vm, a in
            if let outer = try NativeGather.gather(vm, a, runtime) { return outer }
            if runtime.primitives.gatherFallback.isNone { throw PyError.runtimeError("asyncio is not set up") }
            return try vm.call(runtime.primitives.gatherFallback, a)
        }
        m.addFunction("wait") { vm, a in
            if runtime.nativeAllowed(vm), let coroutine = PyWaitCoroutine.make(a, runtime) { return .object(coroutine) }
            return try vm.call(runtime.primitives.fallback(AsyncioPrimitives.waitKey), a)
        }
        addQueueMethods(m, runtime)
        addTaskFunctions(m, runtime)
        m.addFunction("iscoroutine") { vm, a in
            if a.positional.count == 1, a.keywords.isEmpty, let answer = isCoroutine(a[0]) { return .bool(answer) }
            return try vm.call(runtime.primitives.fallback(AsyncioPrimitives.isCoroutineKey), a)
        }
        addEventMethods(m, runtime)
        addLockMethods(m, runtime)
        addSemaphoreMethods(m, runtime)
        addConditionMethods(m, runtime)
        addTaskGroupMethods(m, runtime)
    }

    /// Gives module function `name` the fixed-arity `entries`; each must
    /// answer exactly as the function's general path would, or nil.
    static func attachFixedArity(_ m: PyModule, _ name: String, _ entries: FixedArityEntries) {
        guard case .object(let o)? = m.dict?.getStr(name), let f = o as? PyBuiltinFunction else { return }
        f.fixedArity = entries
    }

    private static let coroutineMethods = ["__await__", "send", "throw", "close"].map(Names.shared)

    /// coroutines.iscoroutine: coroutines, generators and objects whose
    /// class defines `__await__`, `send`, `throw` and `close` along its MRO
    /// (none of them None), as collections.abc.Coroutine checks.
    static func isCoroutine(_ v: Value) -> Bool? {
        guard case .object(let o) = v else {
            return false
        }
        if let g = o as? PyGenerator, g.kind != .asyncGenerator { return true }
        if o is PyNativeCoroutine { return true }
        let t = o.type
        for name in coroutineMethods {
            guard let method = t.lookup(name), !method.isNone else { return false }
        }
        return true
    }

    /// `sleep(delay, result=None)` with one or two plain arguments.
    private static func sleepCoroutine(_ a: Args, _ runtime: AsyncioRuntime) -> PySleepCoroutine? {
        guard a.positional.count <= 2 else { return nil }
        var delay = a.positional.first
        var result: Value = a.positional.count == 2 ? a.positional[1] : .none
        for (key, value) in a.keywords {
            if key == "delay" && delay == nil {
                delay = value
            } else if key == "result" && a.positional.count < 2 {
                result = value
            } else {
                return nil
            }
        }
        guard let delay, PySleepCoroutine.isPlainNumber(delay) else { return nil }
        return PySleepCoroutine(runtime: runtime, delay: delay, result: result)
    }

    /// Adds `key`, a method descriptor for a Lib/asyncio class body whose
    /// native versions run when native coroutines are allowed and the
    /// receiver is an instance with a `__dict__`: `one` for a call with the
    /// receiver alone, `two` for the receiver and one more positional
    /// argument, `general` for any other call (keywords only with
    /// `keywords`). Each answers nil for what it does not cover, and the
    /// class's Python version `python` runs instead. `one` and `two` are
    /// also the builtin's fixed-arity entries (`FixedArityEntries`), so
    /// `event.wait()` or `queue.put(x)` from bytecode builds no `Args`.
    /// The Python versions' names, interned once per process: the module
    /// is made for every run, and a class caches lookups by the identity of
    /// the name, so a name made per run would add cache entries every run.
    private static let pythonNames: [String: PyStr] = Dictionary(uniqueKeysWithValues: [
        "_on_task_done", "_py_acquire", "_py_aenter", "_py_aexit", "_py_clear", "_py_create_task", "_py_get",
        "_py_is_set", "_py_locked", "_py_notify", "_py_put", "_py_release", "_py_set", "_py_wait", "_py_wait_for",
    ].map { ($0, Names.shared($0)) })

    fileprivate static func method(_ m: PyModule, _ key: String, _ qualname: String, python: String,
                                   _ runtime: AsyncioRuntime, keywords: Bool = false,
                                   one: ((Interpreter, PyObject) throws -> Value?)? = nil,
                                   two: ((Interpreter, PyObject, Value) throws -> Value?)? = nil,
                                   general: ((Interpreter, PyObject, Args) throws -> Value?)? = nil,
                                   awaited: ((Interpreter, PyObject) throws -> AwaitedCall?)? = nil,
                                   awaitedTwo: ((Interpreter, PyObject, Value) throws -> AwaitedCall?)? = nil) {
        let name = qualname.lastIndex(of: ".").map { String(qualname[qualname.index(after: $0)...]) } ?? qualname
        let pythonName = pythonNames[python] ?? Names.shared(python)
        let f = PyBuiltinFunction(name: name, qualname: qualname, isMethod: true) { vm, a in
            if runtime.nativeAllowed(vm), a.count >= 1, case .object(let o) = a[0], o.dictRef != nil {
                if let general, keywords || a.keywords.isEmpty, let result = try general(vm, o, a) { return result }
                if a.keywords.isEmpty {
                    if a.count == 1, let one, let result = try one(vm, o) { return result }
                    if a.count == 2, let two, let result = try two(vm, o, a[1]) { return result }
                }
            }
            guard a.count > 0, let fallback = a[0].type.lookup(pythonName) else {
                throw PyError.typeError("\(qualname)() missing 1 required positional argument: 'self'")
            }
            return try vm.call(fallback, a)
        }
        if one != nil || two != nil {
            // The receiver the entries work on: a plain instance while
            // native coroutines are allowed (else the general path).
            func plain(_ vm: Interpreter, _ receiver: Value) -> PyObject? {
                guard runtime.nativeAllowed(vm), let o = receiver.object, o.dictRef != nil else { return nil }
                return o
            }
            f.fixedArity = FixedArityEntries(
                one: one.map { one in { vm, r in try plain(vm, r).flatMap { try one(vm, $0) } } },
                two: two.map { two in { vm, r, x in try plain(vm, r).flatMap { try two(vm, $0, x) } } },
                awaitedOne: awaited.map { awaited in { vm, r in try plain(vm, r).flatMap { try awaited(vm, $0) } } },
                awaitedTwo: awaitedTwo.map { awaited in
                    { vm, r, x in try plain(vm, r).flatMap { try awaited(vm, $0, x) } }
                })
        }
        m.add(key, .object(f))
    }

    private static func addQueueMethods(_ m: PyModule, _ runtime: AsyncioRuntime) {
        method(m, "Queue_get", "Queue.get", python: "_py_get", runtime, one: { _, q in
            guard runtime.primitives.queueGet?.runsNatively(q.type) ?? false else { return nil }
            return .object(PyQueueCoroutine(runtime: runtime, queue: q, item: nil))
        }, awaited: { vm, q in
            guard runtime.primitives.queueGet?.runsNatively(q.type) ?? false else { return nil }
            if let item = try PyQueueCoroutine.getAtOnce(vm, q, runtime) { return .finished(item) }
            return .awaitable(.object(PyQueueCoroutine(runtime: runtime, queue: q, item: nil)))
        })
        method(m, "Queue_put", "Queue.put", python: "_py_put", runtime, two: { _, q, item in
            guard runtime.primitives.queuePut?.runsNatively(q.type) ?? false else { return nil }
            return .object(PyQueueCoroutine(runtime: runtime, queue: q, item: item))
        }, awaitedTwo: { vm, q, item in
            guard runtime.primitives.queuePut?.runsNatively(q.type) ?? false else { return nil }
            if try PyQueueCoroutine.putAtOnce(vm, q, runtime, item) { return .finished(.none) }
            return .awaitable(.object(PyQueueCoroutine(runtime: runtime, queue: q, item: item)))
        })
    }

    private static func addEventMethods(_ m: PyModule, _ runtime: AsyncioRuntime) {
        func isEvent(_ o: PyObject) -> Bool { runtime.primitives.eventClass?.runsNatively(o.type) ?? false }
        method(m, "Event_wait", "Event.wait", python: "_py_wait", runtime, one: { _, e in
            guard runtime.primitives.eventWait?.runsNatively(e.type) ?? false else { return nil }
            return .object(PyEventWait(runtime: runtime, event: e))
        }, awaited: { vm, e in
            // `PyEventWait.begin`'s first check, made at the call.
            guard runtime.primitives.eventWait?.runsNatively(e.type) ?? false else { return nil }
            if try vm.isTruthy(EventState.attr(vm, e, EventState.valueName)) { return .finished(.true) }
            return .awaitable(.object(PyEventWait(runtime: runtime, event: e)))
        })
        method(m, "Event_set", "Event.set", python: "_py_set", runtime, one: { vm, e in
            guard isEvent(e) else { return nil }
            try EventState.setFlag(vm, e)
            return Value.none
        })
        method(m, "Event_clear", "Event.clear", python: "_py_clear", runtime, one: { vm, e in
            guard isEvent(e) else { return nil }
            try EventState.set(vm, e, EventState.valueName, .false)
            return Value.none
        })
        method(m, "Event_is_set", "Event.is_set", python: "_py_is_set", runtime, one: { vm, e in
            guard isEvent(e) else { return nil }
            return try EventState.attr(vm, e, EventState.valueName)
        })
    }

    private static func addLockMethods(_ m: PyModule, _ runtime: AsyncioRuntime) {
        method(m, "Lock_acquire", "Lock.acquire", python: "_py_acquire", runtime, one: { _, l in
            guard runtime.primitives.lockAcquire?.runsNatively(l.type) ?? false else { return nil }
            return .object(PyLockAcquire(runtime: runtime, lock: l))
        }, awaited: { vm, l in
            // `PyLockAcquire.begin`'s first check, made at the call; a
            // lock that is held gets a coroutine that already made it.
            guard runtime.primitives.lockAcquire?.runsNatively(l.type) ?? false else { return nil }
            let first = try PyLockAcquire.takeIfFree(vm, l, runtime)
            if first.taken { return .finished(.true) }
            return .awaitable(.object(PyLockAcquire(runtime: runtime, lock: l, checkedWaiters: first.waiters)))
        })
        method(m, "Lock_release", "Lock.release", python: "_py_release", runtime, one: { vm, l in
            guard runtime.primitives.lockRelease?.runsNatively(l.type) ?? false else { return nil }
            try LockState.release(vm, l)
            return Value.none
        })
        method(m, "Lock_locked", "Lock.locked", python: "_py_locked", runtime, one: { vm, l in
            guard runtime.primitives.lockClass?.runsNatively(l.type) ?? false else { return nil }
            return try EventState.attr(vm, l, LockState.lockedName)
        })
        method(m, "locks_aenter", "_ContextManagerMixin.__aenter__", python: "_py_aenter", runtime, one: { _, owner in
            .object(PyAcquireContext(owner: .object(owner), runtime: runtime))
        })
        method(m, "locks_aexit", "_ContextManagerMixin.__aexit__", python: "_py_aexit", runtime, general: { _, _, a in
            guard a.count == 4 else { return nil }
            return .object(PyReleaseCoroutine(owner: a[0], runtime: runtime))
        })
    }
}

extension AsyncioModule {
    fileprivate static func addSemaphoreMethods(_ m: PyModule, _ runtime: AsyncioRuntime) {
        method(m, "Semaphore_acquire", "Semaphore.acquire", python: "_py_acquire", runtime, one: { _, s in
            guard runtime.primitives.semaphoreAcquire?.runsNatively(s.type) ?? false else { return nil }
            return .object(PySemaphoreAcquire(runtime: runtime, semaphore: s))
        }, awaited: { vm, s in
            // `PySemaphoreAcquire.begin`'s first check, made at the call.
            guard runtime.primitives.semaphoreAcquire?.runsNatively(s.type) ?? false else { return nil }
            if try PySemaphoreAcquire.takeIfFree(vm, s) { return .finished(.true) }
            return .awaitable(.object(PySemaphoreAcquire(runtime: runtime, semaphore: s, checkedLocked: true)))
        })
        method(m, "Semaphore_release", "Semaphore.release", python: "_py_release", runtime, one: { vm, s in
            guard runtime.primitives.semaphoreRelease?.runsNatively(s.type) ?? false else { return nil }
            try SemaphoreState.release(vm, s)
            return Value.none
        })
    }

    fileprivate static func addTaskGroupMethods(_ m: PyModule, _ runtime: AsyncioRuntime) {
        method(m, "TaskGroup_create_task", "TaskGroup.create_task", python: "_py_create_task", runtime,
               keywords: true, general: { vm, g, a in
            guard a.count == 2 else { return nil }
            var name: Value = .none
            for (key, value) in a.keywords {
                if key == "name" { name = value } else if !(key == "context" && value.isNone) { return nil }
            }
            return try TaskGroupState.createTask(vm, g, a[1], name: name, runtime)
        })
        method(m, "TaskGroup_on_task_done", "TaskGroup._on_task_done", python: "_on_task_done", runtime, two: { vm, g, task in
            guard try TaskGroupState.taskDone(vm, g, task) else { return nil }
            return Value.none
        })
        runtime.taskGroupDoneCallback = m.dict?.getStr("TaskGroup_on_task_done")?.object as? PyBuiltinFunction
    }

    fileprivate static func addConditionMethods(_ m: PyModule, _ runtime: AsyncioRuntime) {
        func isCondition(_ o: PyObject) -> Bool {
            runtime.primitives.conditionClass?.runsNatively(o.type) ?? false
        }
        method(m, "Condition_wait", "Condition.wait", python: "_py_wait", runtime, one: { _, c in
            guard runtime.primitives.conditionWait?.runsNatively(c.type) ?? false else { return nil }
            return .object(PyConditionWait(runtime: runtime, condition: c))
        })
        method(m, "Condition_wait_for", "Condition.wait_for", python: "_py_wait_for", runtime, two: { _, c, predicate in
            guard isCondition(c) else { return nil }
            return .object(PyConditionWaitFor(condition: .object(c), predicate: predicate))
        })
        method(m, "Condition_notify", "Condition.notify", python: "_py_notify", runtime, one: { vm, c in
            guard isCondition(c) else { return nil }
            try ConditionState.notify(vm, c, .int(1))
            return Value.none
        }, two: { vm, c, n in
            guard isCondition(c) else { return nil }
            try ConditionState.notify(vm, c, n)
            return Value.none
        })
    }
}

/// `_ContextManagerMixin.__aexit__` of locks.py: `self.release()` when
/// awaited (an `async def` without `await`).
final class PyReleaseCoroutine: PyNativeCoroutine {
    private let owner: Value
    private let runtime: AsyncioRuntime

    init(owner: Value, runtime: AsyncioRuntime) {
        self.owner = owner
        self.runtime = runtime
        super.init(qualname: "_ContextManagerMixin.__aexit__")
    }

    override func begin(_ vm: Interpreter) throws -> GeneratorStep {
        if let (primitive, kind) = DirectContextManager.resolve(vm, owner, runtime, AsyncioNames.release) {
            switch kind {
            case .lock: try LockState.release(vm, primitive)
            case .semaphore: try SemaphoreState.release(vm, primitive)
            }
            return .returned(.none)
        }
        // `self.release()` as Python looks it up (a `__getattribute__` override included).
        _ = try vm.call(vm.getAttribute(owner, AsyncioNames.release), [])
        return .returned(.none)
    }
}

extension AsyncioModule {
    /// `asyncio.create_task` and `asyncio.ensure_future` (tasks.py) for
    /// the common cases: a coroutine on the running core loop, a core
    /// future given back as it is. Anything else is the Python version's.
    static func addTaskFunctions(_ m: PyModule, _ runtime: AsyncioRuntime) {
        m.addFunction("create_task") { vm, a in
            if runtime.nativeAllowed(vm), a.positional.count == 1 {
                var name: Value = .none
                var simple = true
                for (key, value) in a.keywords {
                    if key == "name" { name = value } else if !(key == "context" && value.isNone) { simple = false }
                }
                if simple {
                    guard case .object(let o) = runtime.runningLoop else {
                        throw PyError.runtimeError("no running event loop")
                    }
                    if let loop = o as? PyLoop, loop.createsPlainTasks {
                        let task = try loop.createTask(vm, a[0])
                        if !name.isNone { _ = try vm.callMethod(task, interned: AsyncioNames.setName, [name]) }
                        return task
                    }
                }
            }
            return try vm.call(runtime.primitives.fallback(AsyncioPrimitives.createTaskKey), a)
        }
        attachFixedArity(m, "create_task", FixedArityEntries(one: { vm, coroutine in
            guard runtime.nativeAllowed(vm), case .object(let o) = runtime.runningLoop, let loop = o as? PyLoop,
                  loop.createsPlainTasks else { return nil }
            return try loop.createTask(vm, coroutine)
        }))
        m.addFunction("ensure_future") { vm, a in
            if runtime.nativeAllowed(vm), a.positional.count == 1, a.keywords.isEmpty, case .object(let o) = a[0] {
                switch o {
                case let f as PyFuture where o.type.isBuiltin || o.type.lookupUser(AsyncioNames.getLoop) == nil:
                    _ = f
                    return a[0]
                case is PyGenerator, is PyNativeCoroutine:
                    if let g = o as? PyGenerator, g.kind == .asyncGenerator { break }
                    guard case .object(let l) = runtime.runningLoop, let loop = l as? PyLoop,
                          loop.createsPlainTasks else { break }
                    do {
                        return try loop.createTask(vm, a[0])
                    } catch let error as PyError where error.exception.type.isSubtype(of: BuiltinTypes.runtimeError) {
                        try vm.closeDelegate(a[0])
                        throw error
                    }
                default: break
                }
            }
            return try vm.call(runtime.primitives.fallback(AsyncioPrimitives.ensureFutureKey), a)
        }
    }
}
