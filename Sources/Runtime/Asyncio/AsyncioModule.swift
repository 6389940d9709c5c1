/// `_interleave_asyncio`: the native core of Lib/asyncio (like CPython's
/// `_asyncio`): Future, Task, Handle/TimerHandle and the event loop's
/// scheduling core. Lib/asyncio imports it when it exists and subclasses
/// these types, keeping reprs and the rest of the API in Python; under
/// CPython (the test harness) the package falls back to its pure-Python
/// reference implementation of the same algorithms.
enum AsyncioModule {
    static let name = "_interleave_asyncio"
    static let runtimeKey = "_runtime"

    /// Registered globally: a run without a scheduler observer.
    static let modules: [(String, (Interpreter) throws -> PyModule)] = [(name, { vm in make(vm, observer: nil) })]

    /// The module for one run, reporting to `observer`.
    static func make(_ vm: Interpreter, observer: SchedulerObserver?) -> PyModule {
        let m = PyModule(name: name)
        let runtime = AsyncioRuntime(observer: observer)
        m.add(runtimeKey, .object(runtime))
        m.add("Future", .object(AsyncioTypes.future))
        m.add("Task", .object(AsyncioTypes.task))
        m.add("Handle", .object(AsyncioTypes.handle))
        m.add("TimerHandle", .object(AsyncioTypes.timerHandle))
        m.add("LoopCore", .object(AsyncioTypes.loop))
        m.addFunction("setup") { _, a in
            for (key, value) in a.keywords {
                switch key {
                case "CancelledError": runtime.cancelledError = value.object as? PyType ?? runtime.cancelledError
                case "InvalidStateError": runtime.invalidStateError = value.object as? PyType ?? runtime.invalidStateError
                case "Future": runtime.futureClass = value.object as? PyType ?? runtime.futureClass
                case "Task": runtime.taskClass = value.object as? PyType ?? runtime.taskClass
                case "get_event_loop": runtime.getEventLoop = value
                case "iscoroutine": runtime.isCoroutineFunction = value
                case "callback_name": runtime.callbackNameFunction = value
                case "is_internal": runtime.isInternalFunction = value
                case "describe_blocker": runtime.describeBlockerFunction = value
                case "handle_repr": runtime.handleReprFunction = value
                case "run_until_complete_cb": runtime.runUntilCompleteCallback = value
                case "sleep_fallback": runtime.primitives.sleepFallback = value
                case "gathering_future": runtime.primitives.gatheringFuture = value
                case "gather_fallback": runtime.primitives.gatherFallback = value
                case "fallbacks":
                    guard case .object(let o) = value, let d = o as? PyDict else {
                        throw PyError.typeError("setup(): fallbacks must be a dict")
                    }
                    for (k, v) in d.items { if let name = k.stringValue { runtime.primitives.fallbacks[name] = v } }
                case "queue_class", "event_class", "lock_class", "semaphore_class", "condition_class", "taskgroup_class":
                    guard case .object(let o) = value, let cls = o as? PyType else {
                        throw PyError.typeError("setup(): \(key) must be a class")
                    }
                    runtime.primitives.register(key, cls)
                default: throw PyError.typeError("setup() got an unexpected keyword argument '\(key)'")
                }
            }
            return .none
        }
        // Qualified with the module name: the trace counts it as asyncio's
        // own (internal) callback, as futures._set_result_unless_cancelled is.
        let setResult = PyBuiltinFunction(name: "_set_result_unless_cancelled",
                                          qualname: "\(name)._set_result_unless_cancelled") { vm, a in
            try a.check("_set_result_unless_cancelled", min: 2, max: 2)
            let future = try AsyncioTypes.future(a[0], "_set_result_unless_cancelled")
            if future.state == .cancelled { return .none }
            try future.setResult(vm, a[1])
            return .none
        }
        m.add("_set_result_unless_cancelled", .object(setResult))
        runtime.setResultUnlessCancelled = .object(setResult)
        addCoroutineFunctions(m, runtime)
        NativeCoroutineFunctions.install(m)
        m.addFunction("pending_tasks") { vm, a in
            let loop = a.count > 0 ? a[0].object as? PyLoop : nil
            return .object(PyList(runtime.pendingTasks(of: loop).map { .object($0) }))
        }
        m.addFunction("loop_frames") { _, a in
            try a.check("loop_frames", min: 0, max: 0)
            return .object(PyList(runtime.loopFrames.map { entry in
                .object(PyTuple([.int(entry.depth), .object(PyTuple(entry.sites.map {
                    .object(PyTuple([.str($0.file), .int($0.line)]))
                }))]))
            }))
        }
        m.addFunction("_get_running_loop") { _, a in
            try a.check("_get_running_loop", min: 0, max: 0)
            return runtime.runningLoop
        }
        m.addFunction("_set_running_loop") { _, a in
            try a.check("_set_running_loop", min: 1, max: 1)
            runtime.runningLoop = a[0]
            return .none
        }
        m.addFunction("get_running_loop") { _, a in
            try a.check("get_running_loop", min: 0, max: 0)
            if runtime.runningLoop.isNone { throw PyError.runtimeError("no running event loop") }
            return runtime.runningLoop
        }
        m.addFunction("current_task") { vm, a in
            let s = try a.bind("current_task", ["loop"], required: 0)
            var loop = s[0] ?? .none
            if loop.isNone {
                if runtime.runningLoop.isNone { throw PyError.runtimeError("no running event loop") }
                loop = runtime.runningLoop
            }
            if case .object(let o) = loop, let core = o as? PyLoop { return core.currentTask.map { .object($0) } ?? .none }
            return try vm.getAttribute(loop, AsyncioNames.currentTask)
        }
        return m
    }
}

/// The native types of `_interleave_asyncio` (shared by every interpreter,
/// immutable once built).
enum AsyncioTypes {
    static let future: PyType = {
        let t = PyType(name: "Future", bases: [BuiltinTypes.object], builtin: true, layout: .native, module: "_asyncio")
        FutureMethods.install(t)
        FutureFixedArity.installFuture(t)
        return t
    }()

    static let task: PyType = {
        let t = PyType(name: "Task", bases: [future], builtin: true, layout: .native, module: "_asyncio")
        TaskMethods.install(t)
        FutureFixedArity.installTask(t)
        return t
    }()

    static let nativeCoroutine: PyType = {
        // A subclass of the coroutine type: isinstance(x, types.CoroutineType)
        // holds (inspect.iscoroutine), its own methods drive it.
        let t = PyType(name: "coroutine", bases: [BuiltinTypes.coroutine], builtin: true, layout: .native,
                       module: "builtins")
        NativeCoroutineMethods.install(t)
        return t
    }()

    static let futureIterator: PyType = {
        let t = PyType(name: "FutureIter", bases: [BuiltinTypes.object], builtin: true, layout: .native,
                       module: "_asyncio")
        FutureMethods.installIterator(t)
        return t
    }()

    static let handle: PyType = {
        let t = PyType(name: "Handle", bases: [BuiltinTypes.object], builtin: true, layout: .native,
                       module: "asyncio.events", namedWithModule: false)
        HandleMethods.install(t)
        return t
    }()

    static let timerHandle: PyType = {
        let t = PyType(name: "TimerHandle", bases: [handle], builtin: true, layout: .native, module: "asyncio.events", namedWithModule: false)
        HandleMethods.installTimer(t)
        return t
    }()

    static let loop: PyType = {
        let t = PyType(name: "LoopCore", bases: [BuiltinTypes.object], builtin: true, layout: .native,
                       module: AsyncioModule.name)
        LoopMethods.install(t)
        return t
    }()

    /// `self` of a method of one of these types, with CPython's descriptor
    /// error otherwise.
    private static func receiver<T: PyObject>(_ v: Value, _ method: String, _ typeName: String) throws -> T {
        if case .object(let o) = v, let r = o as? T { return r }
        throw PyError.typeError("descriptor '\(method)' for '\(typeName)' objects doesn't apply to a "
                                + "'\(v.type.cTypeName)' object")
    }

    static func future(_ v: Value, _ method: String) throws -> PyFuture {
        try receiver(v, method, "_asyncio.Future")
    }

    static func task(_ v: Value, _ method: String) throws -> PyTask {
        try receiver(v, method, "_asyncio.Task")
    }

    static func handle(_ v: Value, _ method: String) throws -> PyHandle {
        try receiver(v, method, "Handle")
    }

    static func loop(_ v: Value, _ method: String) throws -> PyLoop {
        try receiver(v, method, "LoopCore")
    }
}

extension JSONValue {
    /// The Python value of a trace description (dicts, lists, scalars).
    func pythonValue() -> Value {
        switch self {
        case .null: return .none
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .double(let d): return .float(d)
        case .string(let s): return .str(s)
        case .array(let items): return .object(PyList(items.map { $0.pythonValue() }))
        case .object(let members):
            let d = PyDict()
            for (k, v) in members { d.setStr(PyStr(k), v.pythonValue()) }
            return .object(d)
        }
    }
}
