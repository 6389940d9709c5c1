/// `asyncio.gather(*aws, return_exceptions=False)` natively: the steps of
/// Lib/asyncio/gathering.py's `gather` and `_GatherState.child_done`,
/// with the children's done callback a native function instead of a bound
/// method per gather, and no Python frame per child. The outer future is
/// still gathering.py's `_GatheringFuture` (its `cancel` and `_wait_info`
/// stay Python).
///
/// Only for what it covers exactly: arguments that are the core's futures
/// (any class that keeps the native future methods gather calls) or
/// coroutines, hashed by identity, on a running core loop; anything else,
/// and runs that record a trace or an access log, go through
/// `_py_gather`.
final class NativeGather {
    private let runtime: AsyncioRuntime
    private let returnExceptions: Value
    private var count = 0
    private var finished = 0
    private var children: [PyFuture] = []
    private var outer: PyFuture?

    private static let getLoopName = Names.shared("get_loop")
    private static let addDoneCallbackName = Names.shared("add_done_callback")
    private static let createTaskName = Names.shared("create_task")
    private static let logDestroyPendingName = Names.shared("_log_destroy_pending")
    private static let cancelRequestedName = Names.shared("_cancel_requested")
    /// The future methods `child_done` calls: a class overriding one of
    /// them goes through Python.
    private static let futureMethods = ["cancelled", "exception", "result", "_make_cancelled_error", "done",
                                        "set_result", "set_exception", "add_done_callback", "get_loop",
                                        "_cancel_message", "__eq__", "__hash__"].map(Names.shared)

    private init(runtime: AsyncioRuntime, returnExceptions: Value) {
        self.runtime = runtime
        self.returnExceptions = returnExceptions
    }

    /// `gather(...)`: the outer future, or nil when the Python version
    /// must run (nothing has been done yet then).
    static func gather(_ vm: Interpreter, _ a: Args, _ runtime: AsyncioRuntime) throws -> Value? {
        var returnExceptions: Value = .false
        for (key, value) in a.keywords {
            guard key == "return_exceptions" else { return nil }
            returnExceptions = value
        }
        guard !a.positional.isEmpty, runtime.nativeAllowed(vm), !runtime.primitives.gatheringFuture.isNone,
              case .object(let l) = runtime.runningLoop, let running = l as? PyLoop, isPlain(running) else { return nil }
        // Classes and loops already checked in this call (no Python code
        // runs during the scan, so they cannot change).
        var checked = Checked()
        for arg in a.positional where !isCovered(arg, &checked) { return nil }
        let state = NativeGather(runtime: runtime, returnExceptions: returnExceptions)
        return try state.start(vm, a.positional, running)
    }

    /// A loop whose futures and tasks the core creates.
    private static func isPlain(_ loop: PyLoop) -> Bool {
        loop.createsPlainFutures && (loop.type.isBuiltin || loop.type.lookupUser(createTaskName) == nil)
    }

    private struct Checked {
        var types: [ObjectIdentifier] = []
        var loops: [ObjectIdentifier] = []
    }

    /// A coroutine, or a core future whose class keeps the methods used.
    private static func isCovered(_ arg: Value, _ checked: inout Checked) -> Bool {
        guard case .object(let o) = arg else { return false }
        switch o {
        case let g as PyGenerator: return g.kind != .asyncGenerator
        case is PyNativeCoroutine: return true
        case let f as PyFuture:
            guard let loop = f.loop else { return false }
            if !checked.loops.contains(ObjectIdentifier(loop)) {
                guard isPlain(loop) else { return false }
                checked.loops.append(ObjectIdentifier(loop))
            }
            if o.type.isBuiltin || checked.types.contains(ObjectIdentifier(o.type)) { return true }
            for name in futureMethods where o.type.lookupUser(name) != nil { return false }
            checked.types.append(ObjectIdentifier(o.type))
            return true
        default: return false
        }
    }

    private func start(_ vm: Interpreter, _ args: [Value], _ running: PyLoop) throws -> Value {
        var seen: [ObjectIdentifier: PyFuture] = [:]
        seen.reserveCapacity(args.count)
        children.reserveCapacity(args.count)
        let callback = Value.object(PyBuiltinFunction(name: "_done_callback",
                                                      qualname: "gather.<locals>._done_callback") { [self] vm, a in
            try a.check("_done_callback", min: 1, max: 1)
            try childDone(vm, a[0])
            return .none
        })
        // The loop of the first future, else the running loop (what
        // ensure_future(arg, loop=None) and then futures._get_loop give).
        var loop: PyLoop?
        for arg in args {
            // Each child may be a new task: a million arguments must meet
            // the memory and wall limits while they are wrapped, not after.
            try vm.nativeWork(16)
            guard case .object(let o) = arg else { continue }
            // `arg not in arg_to_fut` hashes every argument: coroutines and
            // core futures hash by identity, which numbers them (`id()`,
            // default reprs) in this order, as the Python version does.
            _ = vm.identity(of: o)
            if let known = seen[ObjectIdentifier(o)] {
                children.append(known)
                continue
            }
            let future: PyFuture
            if let f = o as? PyFuture {
                if let loop, f.loop !== loop {
                    throw PyError.valueError("The future belongs to a different loop than the one specified as the "
                                             + "loop argument")
                }
                future = f
            } else {
                let task = try createTask(vm, loop ?? running, arg)
                if let t = task as? PyTask {
                    try t.clearLogDestroyPending(vm)
                } else {
                    try vm.setAttribute(.object(task), Self.logDestroyPendingName, .false)
                }
                future = task
            }
            if loop == nil { loop = future.loop }
            count += 1
            seen[ObjectIdentifier(o)] = future
            try future.addCallback(vm, .python(callback))
            children.append(future)
        }
        runtime.activeGathers[ObjectIdentifier(self)] = self
        let outer = try makeOuter(vm, .object(PyList(children.map { .object($0) })), loop.map { .object($0) } ?? .none)
        self.outer = outer
        return .object(outer)
    }

    private static let childrenName = Names.shared("_children")

    /// `_GatheringFuture(children, loop=loop)`: its `__init__` is
    /// `super().__init__(loop=loop); self._children = children;
    /// self._cancel_requested = False`, done here without a frame while
    /// the class keeps those methods and defines no descriptor for the two
    /// attributes; otherwise the class is called.
    private func makeOuter(_ vm: Interpreter, _ children: Value, _ loop: Value) throws -> PyFuture {
        let primitives = runtime.primitives
        if case .object(let c) = primitives.gatheringFuture, let cls = c as? PyType,
           cls.type === BuiltinTypes.type,
           primitives.gatheringInit?.runsNatively(cls) ?? false,
           cls.mro.count > 1, primitives.gatheringSuperInit?.runsNatively(cls.mro[1]) ?? false,
           cls.lookup(Self.childrenName) == nil, cls.lookup(Self.cancelRequestedName) == nil {
            let outer = PyFuture(type: cls)
            try outer.initialize(vm, loop: loop)
            if let dict = outer.dict {
                dict.setStr(Self.childrenName, children)
                dict.setStr(Self.cancelRequestedName, .false)
                return outer
            }
        }
        let value = try vm.call(primitives.gatheringFuture, Args([children], keywords: [("loop", loop)]))
        guard case .object(let o) = value, let outer = o as? PyFuture else {
            throw PyError.typeError("_GatheringFuture is not a Future")
        }
        return outer
    }

    /// Drops the children and the outer future (the gather is over, or the
    /// run is: `AsyncioRuntime.teardown`).
    func release() {
        children = []
        outer = nil
    }

    /// `ensure_future(coro, loop=loop)` for a coroutine: a task through the
    /// loop's factory, closing the coroutine when the loop refuses it.
    private func createTask(_ vm: Interpreter, _ loop: PyLoop, _ coro: Value) throws -> PyFuture {
        let created: Value
        do {
            created = try loop.createTask(vm, coro)
        } catch let error as PyError where error.exception.type.isSubtype(of: BuiltinTypes.runtimeError) {
            try vm.closeDelegate(coro)
            throw error
        }
        guard case .object(let o) = created, let task = o as? PyFuture else {
            throw PyError.typeError("a task factory must return a Future")
        }
        return task
    }

    /// `_GatherState.child_done(fut)`.
    private func childDone(_ vm: Interpreter, _ value: Value) throws {
        guard case .object(let o) = value, let fut = o as? PyFuture else { return }
        finished += 1
        guard let outer, !outer.isDone else {
            if fut.state != .cancelled { fut.logTraceback = false }
            if finished == count {
                runtime.activeGathers[ObjectIdentifier(self)] = nil
                release()
            }
            return
        }
        if try !vm.isTruthy(returnExceptions) {
            if fut.state == .cancelled {
                try outer.finish(vm, with: fut.makeCancelledError(vm))
                return
            }
            if let exc = fut.exception {
                fut.logTraceback = false
                try outer.finish(vm, with: exc)
                return
            }
            fut.logTraceback = false
        }
        guard finished == count else { return }
        defer {
            runtime.activeGathers[ObjectIdentifier(self)] = nil
            release()
        }
        var results: [Value] = []
        results.reserveCapacity(children.count)
        for child in children {
            switch child.state {
            case .cancelled:
                let message = child.cancelMessage
                results.append(.object(PyException(type: runtime.cancelledError,
                                                   args: [message.isNone ? .str("") : message])))
            case .finished:
                child.logTraceback = false
                results.append(child.exception.map { .object($0) } ?? child.result)
            case .pending:
                throw AsyncioRuntime.invalidState(vm, "Exception is not set.")
            }
        }
        let cancelRequested = try outer.dict?.getStr(Self.cancelRequestedName)
            ?? vm.getAttribute(.object(outer), Self.cancelRequestedName)
        if try vm.isTruthy(cancelRequested) {
            try outer.finish(vm, with: fut.makeCancelledError(vm))
        } else {
            try outer.setResult(vm, .object(PyList(results)))
        }
    }
}
