/// `run_forever`, `run_until_complete`, `_check_closed` and `_check_running`
/// of the loop core: BaseEventLoop's in CPython, native here because
/// `asyncio.run` runs the loop three times (the main task, then
/// `shutdown_asyncgens` and `shutdown_default_executor`), and in Python
/// those runs were a third of a small program's run (about fifteen Python
/// frames each: the checks, ensure_future with `loop=`, the async-generator
/// hooks, `_set_running_loop`). Lib/asyncio/base_events.py keeps the same
/// methods in `_PyLoopCore` for the pure-Python core.
///
/// A Python subclass of the loop that overrides `_check_closed`,
/// `_check_running`, `run_forever` or `_run_until_stopped` is honoured: the
/// override is called where CPython's BaseEventLoop calls the method. The
/// done callback is Lib/asyncio's own `_run_until_complete_cb` (handed over
/// with `setup(run_until_complete_cb=...)`), so a task's repr and the trace
/// name it as CPython does.
enum LoopRunning {
    private static let checkClosedName = Names.shared("_check_closed")
    private static let checkRunningName = Names.shared("_check_running")
    private static let runForeverName = Names.shared("run_forever")
    private static let runUntilStoppedName = Names.shared("_run_until_stopped")
    private static let firstIterHookName = Names.shared("_asyncgen_firstiter_hook")
    private static let finalizerHookName = Names.shared("_asyncgen_finalizer_hook")

    static func install(_ t: PyType) {
        t.defineMethod("_check_closed") { _, a in
            try a.check("_check_closed", min: 1, max: 1, skipSelf: 1)
            try checkClosed(try AsyncioTypes.loop(a[0], "_check_closed"))
            return .none
        }
        t.defineMethod("_check_running") { _, a in
            try a.check("_check_running", min: 1, max: 1, skipSelf: 1)
            try checkRunning(try AsyncioTypes.loop(a[0], "_check_running"))
            return .none
        }
        t.defineMethod("run_forever") { vm, a in
            try a.check("run_forever", min: 1, max: 1, skipSelf: 1)
            try runForever(vm, a[0], try AsyncioTypes.loop(a[0], "run_forever"))
            return .none
        }
        t.defineMethod("run_until_complete") { vm, a in
            try a.check("run_until_complete", min: 2, max: 2, skipSelf: 1)
            return try runUntilComplete(vm, a[0], try AsyncioTypes.loop(a[0], "run_until_complete"), a[1])
        }
        t.defineProperty("_running", get: { _, a in .bool(try AsyncioTypes.loop(a[0], "_running").running) },
                         set: { vm, a in
                             try AsyncioTypes.loop(a[0], "_running").running = try vm.isTruthy(a[1])
                             return .none
                         })
    }

    private static func checkClosed(_ loop: PyLoop, _ caller: AsyncioSite? = nil) throws {
        if loop.closed {
            throw AsyncioSite.raising([.checkClosed] + (caller.map { [$0] } ?? []), PyError.runtimeError("Event loop is closed"))
        }
    }

    private static func checkRunning(_ loop: PyLoop, _ caller: AsyncioSite? = nil) throws {
        if loop.running {
            throw AsyncioSite.raising([.alreadyRunning] + (caller.map { [$0] } ?? []),
                                      PyError.runtimeError("This event loop is already running"))
        }
        if !loop.runtime.runningLoop.isNone {
            throw AsyncioSite.raising([.otherLoopRunning] + (caller.map { [$0] } ?? []),
                                      PyError.runtimeError("Cannot run the event loop while another loop is running"))
        }
    }

    /// `self._check_closed(); self._check_running()`, calling a Python
    /// subclass's override where there is one.
    private static func checkReady(_ vm: Interpreter, _ value: Value, _ loop: PyLoop,
                                   _ caller: (closed: AsyncioSite, running: AsyncioSite)) throws {
        let type = loop.type
        if type.lookupUser(checkClosedName) != nil {
            _ = try vm.callMethod(value, interned: checkClosedName)
        } else {
            try checkClosed(loop, caller.closed)
        }
        if type.lookupUser(checkRunningName) != nil {
            _ = try vm.callMethod(value, interned: checkRunningName)
        } else {
            try checkRunning(loop, caller.running)
        }
    }

    /// Runs passes until `stop()`, with this loop running and its
    /// async-generator hooks installed; both are put back however it ends.
    static func runForever(_ vm: Interpreter, _ value: Value, _ loop: PyLoop) throws {
        try checkReady(vm, value, loop, AsyncioSite.runForeverChecks)
        let oldFirstIter = vm.asyncgenFirstIter, oldFinalizer = vm.asyncgenFinalizer
        loop.runtime.loopFrames.append((vm.frameStack.count, AsyncioSite.runForeverLoop))
        vm.depth += 1  // CPython's `run_forever` frame (see `PyHandle.run`)
        defer {
            vm.depth -= 1
            loop.runtime.loopFrames.removeLast()
            loop.stopping = false
            loop.running = false
            loop.runtime.runningLoop = .none
            vm.asyncgenFirstIter = oldFirstIter
            vm.asyncgenFinalizer = oldFinalizer
        }
        loop.running = true
        vm.asyncgenFirstIter = try hook(vm, value, firstIterHookName)
        vm.asyncgenFinalizer = try hook(vm, value, finalizerHookName)
        loop.runtime.runningLoop = value
        do {
            if loop.type.lookupUser(runUntilStoppedName) != nil {
                _ = try vm.callMethod(value, interned: runUntilStoppedName)
            } else {
                try loop.runUntilStopped(vm)
            }
        } catch {
            if let error = error as? PyError { AsyncioSite.add(AsyncioSite.runForeverUnwind, to: error.exception) }
            do { try noteLeftovers(vm, loop) } catch let e as PyError { _ = e }
            throw error
        }
        try noteLeftovers(vm, loop)
    }

    private static let noteLeftoversName = Names.shared("_note_pending_at_stop")

    /// The loop stopped with tasks of its still pending: once per run,
    /// Lib/asyncio's tasks module arranges for them to be destroyed when
    /// the program ends, as CPython's shutdown does (their coroutines
    /// closed, "Task was destroyed but it is pending!" reported).
    private static func noteLeftovers(_ vm: Interpreter, _ loop: PyLoop) throws {
        let runtime = loop.runtime
        guard !runtime.leftoversNoted, !loop.tracing, !runtime.pendingTasks(of: loop).isEmpty,
              let note = vm.modules["asyncio.tasks"]?.namespace.getStr(noteLeftoversName) else { return }
        // False when a Runner owns the loop (its close() cancels them).
        runtime.leftoversNoted = try vm.isTruthy(vm.call(note, [.object(loop)]))
    }

    /// `sys.set_asyncgen_hooks` stores None as no hook.
    private static func hook(_ vm: Interpreter, _ loop: Value, _ name: PyStr) throws -> Value? {
        let h = try vm.getAttribute(loop, name)
        return h.isNone ? nil : h
    }

    /// CPython's BaseEventLoop.run_until_complete: wraps a coroutine in a
    /// task, runs the loop until the future is done, returns its result or
    /// raises its exception.
    static func runUntilComplete(_ vm: Interpreter, _ value: Value, _ loop: PyLoop, _ argument: Value) throws -> Value {
        try checkReady(vm, value, loop, AsyncioSite.runUntilCompleteChecks)
        loop.runtime.loopFrames.append((vm.frameStack.count, [.runUntilCompleteLoop]))
        vm.depth += 1  // CPython's `run_until_complete` frame (see `PyHandle.run`)
        defer {
            vm.depth -= 1
            loop.runtime.loopFrames.removeLast()
        }
        let (future, newTask) = try ensureFuture(vm, value, loop, argument)
        if newTask {
            if case .object(let o) = future, let task = o as? PyTask {
                try task.clearLogDestroyPending(vm)
            } else {
                try vm.setAttribute(future, Names.shared("_log_destroy_pending"), .false)
            }
        }
        let callback = loop.runtime.runUntilCompleteCallback
        _ = try vm.callMethod(future, interned: AsyncioNames.addDoneCallback, [callback])
        do {
            if loop.type.lookupUser(runForeverName) != nil {
                _ = try vm.callMethod(value, interned: runForeverName)
            } else {
                try runForever(vm, value, loop)
            }
        } catch {
            if let error = error as? PyError { AsyncioSite.add([.runUntilCompleteLoop], to: error.exception) }
            if newTask, try vm.isTruthy(vm.callMethod(future, interned: AsyncioNames.doneName)),
               try !vm.isTruthy(vm.callMethod(future, interned: AsyncioNames.cancelled)) {
                _ = try vm.callMethod(future, interned: AsyncioNames.exceptionName)  // retrieved: no warning
            }
            _ = try vm.callMethod(future, interned: AsyncioNames.removeDoneCallback, [callback])
            throw error
        }
        _ = try vm.callMethod(future, interned: AsyncioNames.removeDoneCallback, [callback])
        if try !vm.isTruthy(vm.callMethod(future, interned: AsyncioNames.doneName)) {
            let error = PyError.runtimeError("Event loop stopped before Future completed.")
            AsyncioSite.add([.runUntilCompleteStopped], to: error.exception)
            throw error
        }
        do {
            return try vm.callMethod(future, interned: AsyncioNames.resultName)
        } catch let error as PyError {
            // CPython's `return future.result()` frame.
            AsyncioSite.add([.runUntilCompleteResult], to: error.exception)
            throw error
        }
    }

    /// `tasks.ensure_future(argument, loop=self)` and whether it made a new
    /// task (`not futures.isfuture(argument)`): a core future and a plain
    /// coroutine natively, anything else through Lib/asyncio's Python
    /// version.
    private static func ensureFuture(_ vm: Interpreter, _ value: Value, _ loop: PyLoop,
                                     _ argument: Value) throws -> (Value, Bool) {
        if case .object(let o) = argument {
            if let f = o as? PyFuture, o.type.isBuiltin || o.type.lookupUser(AsyncioNames.getLoop) == nil {
                if f.loop !== loop {
                    throw PyError.valueError(
                        "The future belongs to a different loop than the one specified as the loop argument")
                }
                return (argument, false)
            }
            let plainCoroutine = (o as? PyGenerator).map { $0.kind != .asyncGenerator } ?? (o is PyNativeCoroutine)
            if plainCoroutine, loop.createsPlainTasks {
                do {
                    return (try loop.createTask(vm, argument), true)
                } catch let error as PyError where error.exception.type.isSubtype(of: BuiltinTypes.runtimeError) {
                    try vm.closeDelegate(argument)
                    throw error
                }
            }
        }
        let wasFuture = try isFuture(vm, argument)
        let fallback = try loop.runtime.primitives.fallback(AsyncioPrimitives.ensureFutureKey)
        return (try vm.call(fallback, Args([argument], keywords: [("loop", value)])), !wasFuture)
    }

    /// futures.isfuture: the class has `_asyncio_future_blocking` and the
    /// object's is not None.
    private static func isFuture(_ vm: Interpreter, _ value: Value) throws -> Bool {
        guard value.type.lookup(AsyncioNames.asyncioFutureBlocking) != nil else { return false }
        return !(try vm.getAttribute(value, AsyncioNames.asyncioFutureBlocking)).isNone
    }
}
