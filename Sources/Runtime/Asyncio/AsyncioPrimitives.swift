/// What Lib/asyncio registers (`setup(...)`) for the native coroutines of
/// its synchronisation primitives and of `sleep`: the Python fallbacks and,
/// per class, the helper methods as Lib/asyncio defines them. A native
/// method runs only for an instance whose class still has every one of
/// those helpers (a subclass that overrides one, such as PriorityQueue's
/// `_get`, runs the Python version), so overrides behave as in CPython.
struct AsyncioPrimitives {
    /// waiting._py_sleep.
    var sleepFallback: Value = .none
    /// Per native method: the class and the helpers that method's Python
    /// version calls (what a subclass must leave alone for it to run).
    var queueGet: PrimitiveClass?
    var queuePut: PrimitiveClass?
    var eventWait: PrimitiveClass?
    var lockAcquire: PrimitiveClass?
    var lockRelease: PrimitiveClass?
    var semaphoreAcquire: PrimitiveClass?
    var semaphoreRelease: PrimitiveClass?
    /// `async with` on a Lock or Semaphore whose `acquire` and `release`
    /// are still the native ones (with the helpers those call): the
    /// context manager runs them without a method call
    /// (`DirectContextManager`).
    var lockContext: PrimitiveClass?
    var semaphoreContext: PrimitiveClass?
    var conditionWait: PrimitiveClass?
    /// Lock, Condition and Event themselves: `runsNatively` answers
    /// "is an instance of" (cached per class like the helper checks).
    var lockClass: PrimitiveClass?
    /// TaskGroup with its `_on_task_done` (the native create_task gives a
    /// native done callback only to groups that keep it).
    var taskGroupDone: PrimitiveClass?
    var conditionClass: PrimitiveClass?
    /// Event, and its `clear` as Lib/asyncio defines it (Queue.put_nowait
    /// clears `_finished`).
    var eventClass: PrimitiveClass?
    var eventClearNative: PrimitiveClass?
    /// Python versions by name (`create_task`, `ensure_future`), set with
    /// `setup(fallbacks={...})`.
    var fallbacks: [String: Value] = [:]
    static let createTaskKey = "create_task"
    static let ensureFutureKey = "ensure_future"
    static let isCoroutineKey = "iscoroutine"
    static let waitKey = "wait"

    /// The Python version registered as `key`.
    func fallback(_ key: String) throws -> Value {
        guard let f = fallbacks[key] else { throw PyError.runtimeError("asyncio is not set up") }
        return f
    }

    /// gathering._GatheringFuture and gathering._py_gather.
    var gatheringFuture: Value = .none {
        didSet {
            guard let cls = gatheringFuture.object as? PyType else { gatheringInit = nil; return }
            gatheringInit = PrimitiveClass(cls, ["__init__", "__new__"])
            gatheringSuperInit = cls.mro.count > 1 ? PrimitiveClass(cls.mro[1], ["__init__"]) : nil
        }
    }
    /// _GatheringFuture's `__init__` and `__new__`, and the `__init__` its
    /// `super().__init__(loop=loop)` calls (futures.Future's, the core's):
    /// while both are as defined, gather makes the outer future natively
    /// (`NativeGather.makeOuter`).
    var gatheringInit: PrimitiveClass?
    var gatheringSuperInit: PrimitiveClass?
    var gatherFallback: Value = .none

    /// Drops the classes the checks remember (end of a run: a warm image
    /// shares these checks with the next run, which has classes of its own).
    func forgetClasses() {
        for check in [queueGet, queuePut, eventWait, lockAcquire, lockRelease, semaphoreAcquire, semaphoreRelease,
                      conditionWait, taskGroupDone, eventClearNative, lockClass, conditionClass, eventClass,
                      lockContext, semaphoreContext, gatheringInit, gatheringSuperInit] {
            check?.forget()
        }
    }

    /// Records the classes of queues.py (`queue_class`) and locks.py
    /// (`event_class`, `lock_class`, `semaphore_class`, `condition_class`).
    mutating func register(_ key: String, _ cls: PyType) {
        switch key {
        case "queue_class":
            queueGet = PrimitiveClass(cls, ["empty", "get_nowait", "_get", "_wakeup_next", "_get_loop",
                                            "_getter_blocker"])
            queuePut = PrimitiveClass(cls, ["full", "qsize", "put_nowait", "_put", "_wakeup_next", "_get_loop"])
        case "event_class":
            eventWait = PrimitiveClass(cls, ["_get_loop"])
            eventClass = PrimitiveClass(cls, [])
            eventClearNative = PrimitiveClass(cls, ["clear"])
        case "semaphore_class":
            semaphoreAcquire = PrimitiveClass(cls, ["locked", "_wake_up_next", "_get_loop"])
            semaphoreRelease = PrimitiveClass(cls, ["_wake_up_next"])
            semaphoreContext = PrimitiveClass(cls, ["acquire", "release", "locked", "_wake_up_next", "_get_loop",
                                                      "__getattribute__"])
        case "taskgroup_class":
            taskGroupDone = PrimitiveClass(cls, ["_on_task_done"])
        case "condition_class":
            conditionWait = PrimitiveClass(cls, ["_get_loop"])
            conditionClass = PrimitiveClass(cls, [])
        default:
            lockAcquire = PrimitiveClass(cls, ["_get_loop", "_wake_up_first"])
            lockRelease = PrimitiveClass(cls, ["_wake_up_first"])
            lockClass = PrimitiveClass(cls, [])
            lockContext = PrimitiveClass(cls, ["acquire", "release", "_get_loop", "_wake_up_first", "__getattribute__"])
        }
    }
}

/// A class of Lib/asyncio and its helper methods as first defined.
///
/// `runsNatively` is asked at every call of a native method; its answer
/// for the last class asked is remembered with that class's
/// `lookupVersion`, which any change to the class or its bases bumps, so
/// the helpers are looked up again only after such a change.
final class PrimitiveClass {
    let type: PyType
    let originals: [(name: PyStr, value: Value)]
    /// The last class asked about, its lookup version then, and the answer.
    private var lastType: PyType?
    private var lastVersion = 0
    private var lastAnswer = false

    /// Records `type`'s current `names` (nil if one is missing).
    init?(_ type: PyType, _ names: [String]) {
        var originals: [(PyStr, Value)] = []
        for name in names {
            let key = Names.shared(name)
            guard let value = type.lookup(key) else { return nil }
            originals.append((key, value))
        }
        self.type = type
        self.originals = originals
    }

    /// True when `t` is the class or a subclass that overrides none of the
    /// helpers (and none was replaced on the class since).
    @inline(__always)
    func runsNatively(_ t: PyType) -> Bool {
        if t === lastType && t.lookupVersion == lastVersion { return lastAnswer }
        return recompute(t)
    }

    /// Forgets the last class asked about.
    func forget() {
        lastType = nil
        lastVersion = 0
        lastAnswer = false
    }

    private func recompute(_ t: PyType) -> Bool {
        var answer = t.isSubtype(of: type)
        if answer {
            for i in originals.indices {
                guard let current = t.lookup(originals[i].name), current.isIdentical(originals[i].value) else {
                    answer = false
                    break
                }
            }
        }
        lastType = t
        lastVersion = t.lookupVersion
        lastAnswer = answer
        return answer
    }

    /// The Python version of a method (`_py_get`, ...), looked up on `t`.
    static func fallback(_ t: PyType, _ name: PyStr) throws -> Value {
        guard let f = t.lookup(name) else {
            throw PyError.runtimeError("asyncio is not set up")
        }
        return f
    }
}

extension AsyncioRuntime {
    /// True when native coroutines may stand in for Lib/asyncio's Python
    /// ones: not while a trace is recorded (its state recorder reads the
    /// library's frames) nor under an access log (exploration hooks the
    /// attribute and container accesses of the Python versions).
    @inline(__always)
    func nativeAllowed(_ vm: Interpreter) -> Bool {
        !observerTraces && vm.installedAccessLog == nil
    }

    /// The running loop when it is the core's loop with its own
    /// `create_future` (what the native primitives create futures with).
    var plainRunningLoop: PyLoop? {
        guard case .object(let o) = runningLoop, let loop = o as? PyLoop else { return nil }
        return loop.createsPlainFutures ? loop : nil
    }

    /// `loop.create_future()` on a plain loop.
    func createFuture(_ loop: PyLoop) -> PyFuture {
        if let spare = loop.takeSpareFuture() { return spare }
        let future = PyFuture(type: futureClass)
        future.loop = loop
        return future
    }
}

extension PyLoop {
    private static let createFutureName = Names.shared("create_future")

    private static let taskFactoryName = Names.shared("_task_factory")

    /// `create_task(coro)` of the loop core (LoopMethods): a task of the
    /// run's Task class, or whatever the loop's task factory makes (called
    /// as CPython 3.11 does: `factory(loop, coro)`, with `context=` only
    /// when one was given).
    func createTask(_ vm: Interpreter, _ coro: Value, name: Value? = nil, context: Value? = nil) throws -> Value {
        if closed { throw PyError.runtimeError("Event loop is closed") }
        let factory = dict?.getStr(PyLoop.taskFactoryName) ?? .none
        if factory.isNone {
            let task = PyTask(type: runtime.taskClass)
            try task.initialize(vm, coro: coro, loop: .object(self), name: name, internal: false)
            return .object(task)
        }
        let task: Value
        if let context, !context.isNone {
            task = try vm.call(factory, Args([.object(self), coro], keywords: [("context", context)]))
        } else {
            task = try vm.call(factory, [.object(self), coro])
        }
        if let name, !name.isNone { _ = try vm.callMethod(task, interned: AsyncioNames.setName, [name]) }
        return task
    }

    /// True unless a Python subclass overrides `create_future` or `create_task`.
    var createsPlainTasks: Bool { factories.tasks }

    /// True unless a Python subclass overrides `create_future`.
    var createsPlainFutures: Bool { factories.futures }

    /// Both answers, looked up again only when the loop's class changed
    /// (its `lookupVersion`) since they were last computed: asked at every
    /// native wait and task creation.
    @inline(__always)
    private var factories: (futures: Bool, tasks: Bool) {
        if let r = typeRef, let cached = factoryCache, r.toOpaque() == cached.typeID,
           r._withUnsafeGuaranteedRef({ $0.lookupVersion }) == cached.version {
            return (cached.futures, cached.tasks)
        }
        let t = type
        let futures = t.isBuiltin || t.lookupUser(PyLoop.createFutureName) == nil
        let tasks = futures && (t.isBuiltin || t.lookupUser(AsyncioNames.createTask) == nil)
        factoryCache = FactoryCache(type: t, typeID: Unmanaged.passUnretained(t).toOpaque(), version: t.lookupVersion,
                                    futures: futures, tasks: tasks)
        return (futures, tasks)
    }
}
