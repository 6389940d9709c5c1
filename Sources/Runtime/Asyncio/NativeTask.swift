/// A native asyncio Task: a coroutine driven one step per scheduled handle
/// (the port of Lib/asyncio/tasks.py's Task, as CPython's `_asyncio.Task`).
///
/// Invariant while pending: either `waiter` is nil and a step is queued on
/// the loop, or `waiter` is the future whose done callback (the wakeup)
/// will queue the next step.
final class PyTask: PyFuture {
    var coro: Value = .none
    /// `_name`. A default name (`Task-N`) is kept as its number until
    /// something reads it: most tasks' names are never looked at.
    var name: Value {
        get {
            if defaultNameNumber != 0 {
                storedName = .str("Task-\(defaultNameNumber)")
                defaultNameNumber = 0
            }
            return storedName
        }
        set {
            storedName = newValue
            defaultNameNumber = 0
        }
    }
    private var storedName: Value = .none
    private var defaultNameNumber = 0
    /// Trace id: unique per task even when names repeat.
    var id = 0
    var cancelRequests = 0
    var mustCancel = false
    /// `_fut_waiter`: what the task waits on.
    var waiter: Value?
    /// asyncio.run's own shutdown work, or spawned by it: not the program's.
    var isInternal = false
    /// Created while another task ran (the trace's spawn `parent`).
    var hasParent = false
    /// Position in the runtime's creation-ordered list of pending tasks.
    var pendingSlot = -1
    /// `_log_destroy_pending` (a member of CPython's Task, True until
    /// gather or a failed `__init__` clears it): a field, so clearing it
    /// does not make the task's `__dict__` allocate its storage.
    var logDestroyPending = true

    override var exactBuiltinType: PyType { AsyncioTypes.task }

    deinit {
        if logTraceback {
            FutureFinalization.handOver(self)
            logTraceback = false
        }
        DeepRelease.release(&coro, leaving: .none)
        if waiter != nil { DeepRelease.release(&waiter, leaving: nil) }
    }

    /// `Task.__init__`: checks the coroutine, names and numbers the task,
    /// reports the spawn and queues the first step.
    func initialize(_ vm: Interpreter, coro: Value, loop requested: Value?, name requestedName: Value?,
                    internal requestedInternal: Bool) throws {
        try initialize(vm, loop: requested)
        let loop = try boundLoop()
        let runtime = loop.runtime
        guard try runtime.isCoroutine(vm, coro) else {
            try clearLogDestroyPending(vm)
            throw PyError.typeError("a coroutine was expected, got \(try vm.repr(coro))")
        }
        if let requestedName, !requestedName.isNone {
            name = .str(try vm.str(requestedName))
        } else {
            runtime.taskNumbers += 1
            storedName = .none
            defaultNameNumber = runtime.taskNumbers
        }
        runtime.taskIDs += 1
        id = runtime.taskIDs
        self.coro = coro
        let parent = loop.currentTask
        isInternal = requestedInternal || (parent?.isInternal ?? false)
        hasParent = parent != nil
        if let observer = runtime.observer {
            try observer.taskCreated(internal: isInternal)
            if observer.tracing {
                try loop.emit(vm, "spawn", task: self, coro: nil, fields: [
                    ("name", .string(nameText)),
                    ("coroutine", .string(runtime.coroutineName(vm, coro))),
                    ("parent", parent.map { .int($0.id) } ?? .null),
                    ("internal", .bool(isInternal))])
            }
        }
        try loop.scheduleTask(vm, .step(self, nil), task: self)
        runtime.addPending(self)
    }

    var nameText: String { name.stringValue ?? "" }

    private static let logDestroyPendingName = Names.shared("_log_destroy_pending")

    /// `self._log_destroy_pending = False`: the field, unless a Python class
    /// of the task's defines the attribute (then it is set as Python would).
    func clearLogDestroyPending(_ vm: Interpreter) throws {
        if overrides(.logDestroyPending) {
            try vm.setAttribute(.object(self), PyTask.logDestroyPendingName, .false)
        } else {
            logDestroyPending = false
        }
    }

    /// Drops the coroutine, the awaited future and callbacks when the run
    /// is over (they form cycles with the task).
    func teardown() {
        coro = .none
        waiter = nil
        firstWakeup = nil
        callbacks.removeAll()
        result = .none
        dict?.removeAll()
    }

    /// The trace's `on` of a bare yield (shared: no allocation per switch).
    static let yieldWait: JSONValue = .object([("kind", .string("yield"))])

    /// Events whose fields are `name` plus one value, recorded over and over.
    enum RepeatedEvent { case resume, suspend, wake }

    /// The last fields array of each repeated event, reused while the name
    /// and the value are unchanged: a sleep(0) storm records three events
    /// per switch, and sharing one array per kind instead of allocating one
    /// per event takes most of the cost out of recording them.
    private var sharedFieldsName = ""
    private var sharedFields: [(kind: RepeatedEvent, value: JSONValue, fields: [(String, JSONValue)])] = []

    /// `[("name", name), (key, value)]`, shared when it repeats.
    func repeatedFields(_ kind: RepeatedEvent, _ key: String, _ value: JSONValue) -> [(String, JSONValue)] {
        let current = nameText
        if current != sharedFieldsName {
            sharedFieldsName = current
            sharedFields.removeAll()
        }
        if let i = sharedFields.firstIndex(where: { $0.kind == kind }) {
            if sharedFields[i].value == value { return sharedFields[i].fields }
            sharedFields.remove(at: i)
        }
        let fields: [(String, JSONValue)] = [("name", .string(current)), (key, value)]
        sharedFields.append((kind, value, fields))
        return fields
    }

    /// The trace's `by` when this task acts, built once per name.
    private var actorCache: (name: String, json: JSONValue)?

    var actorJSON: JSONValue {
        let current = nameText
        if let cached = actorCache, cached.name == current { return cached.json }
        let json: JSONValue = .object([("task", .string(current)), ("task_id", .int(id))])
        actorCache = (current, json)
        return json
    }

    override func cancel(_ vm: Interpreter, message: Value) throws -> Bool {
        if let log = vm.accessLog { log.state(self, write: true) }
        logTraceback = false
        if state != .pending { return false }
        cancelRequests += 1
        let loop = try boundLoop()
        if loop.tracing {
            try loop.emit(vm, "cancel", task: self, coro: nil, fields: [
                ("name", .string(nameText)), ("by", loop.actor(vm)),
                ("msg", message.isNone ? .null : .string(try vm.repr(message)))])
        }
        if let waiter, try AsyncioRuntime.cancel(vm, waiter, message: message) {
            // The wakeup delivers the CancelledError.
            return true
        }
        // Not waiting (step queued or running): cancel at the next step,
        // even the first one, so the body never runs (conformance 032).
        mustCancel = true
        cancelMessage = message
        return true
    }

    /// `__step`: runs the coroutine until it yields or ends.
    func step(_ vm: Interpreter, _ thrown: PyException?) throws {
        let loop = try boundLoop()
        let runtime = loop.runtime
        if state != .pending {
            let shown = thrown.map { (try? vm.repr(.object($0))) ?? "?" } ?? "None"
            throw AsyncioRuntime.invalidState(vm, "_step(): already done: \(try vm.repr(.object(self))), \(shown)")
        }
        var exc = thrown
        if mustCancel {
            if !(exc.map { $0.type.isSubtype(of: runtime.cancelledError) } ?? false) {
                exc = makeCancelledError(vm)
            }
            mustCancel = false
        }
        if waiter != nil { waiter = nil }
        if loop.currentTask != nil, let current = loop.currentTask {
            throw PyError.runtimeError("Cannot enter into task \(try vm.repr(.object(self))) while another task "
                                       + "\(try vm.repr(.object(current))) is being executed.")
        }
        loop.currentTask = self
        defer { loop.currentTask = nil }
        let tracing = loop.tracing
        if tracing {
            try loop.emit(vm, "resume", task: self, coro: coro,
                          fields: repeatedFields(.resume, "throw", exc.map { .string($0.type.name) } ?? .null))
        }
        let outcome: GeneratorStep
        do {
            outcome = try AsyncioRuntime.resume(vm, coro, throwing: exc)
        } catch let error as PyError {
            try finalizeDropped(vm)
            try ended(vm, loop, raising: error.exception)
            return
        }
        try finalizeDropped(vm)
        switch outcome {
        case .returned(let value):
            runtime.removePending(self)
            if mustCancel {
                // Cancelled while running its last step: ends cancelled.
                mustCancel = false
                if tracing {
                    try finishEvent(vm, loop, "raise", [("exception", .string("CancelledError")),
                                                         ("message", .string("")), ("cancelled", .bool(true))])
                }
                _ = try super.cancel(vm, message: cancelMessage)
            } else {
                if tracing {
                    let shown = (try? vm.repr(value)) ?? "<unrepresentable>"
                    try finishEvent(vm, loop, "done", [("result", .string(shown))])
                } else if !hasParent, !isInternal, let observer = runtime.observer, observer.capturesRootResult {
                    observer.rootTaskReturned((try? vm.repr(value)) ?? "<unrepresentable>")
                }
                try super.setResult(vm, value)
            }
        case .yielded(let yielded):
            if yielded.isNone {
                // A bare yield (sleep(0)) gives up exactly one loop pass
                // (conformance 018, 104): the most common switch.
                if tracing { try suspendEvent(vm, loop, on: PyTask.yieldWait) }
                try loop.scheduleTask(vm, .step(self, nil), task: self)
            } else {
                try handleYield(vm, loop, yielded)
            }
        }
    }

    /// Generators (and objects with `__del__`) the step dropped (its
    /// coroutine's frame, cleared as it ended) are finalized now, before the task's result schedules its
    /// done callbacks: CPython finalizes them as the frame is cleared, so an
    /// abandoned async generator's `aclose()` is queued ahead of them.
    private func finalizeDropped(_ vm: Interpreter) throws {
        if !vm.pendingFinalizations.isEmpty { try vm.runPendingFinalizations() }
        if !vm.pendingDelCalls.isEmpty { try vm.runPendingDelCalls() }
    }

    /// The coroutine raised `error`: the task ends with it (cancelled for a
    /// CancelledError; SystemExit and KeyboardInterrupt also unwind the loop).
    private func ended(_ vm: Interpreter, _ loop: PyLoop, raising error: PyException) throws {
        let runtime = loop.runtime
        runtime.removePending(self)
        let tracing = loop.tracing
        if error.type.isSubtype(of: runtime.cancelledError) {
            if tracing { try finishEvent(vm, loop, "raise", errorFields(vm, error, cancelled: true)) }
            cancelledError = error
            _ = try super.cancel(vm, message: .none)
            return
        }
        if tracing {
            try finishEvent(vm, loop, "raise", errorFields(vm, error, cancelled: false))
        }
        let unwinds = error.type.isSubtype(of: BuiltinTypes.systemExit)
            || error.type.isSubtype(of: BuiltinTypes.keyboardInterrupt)
        if tracing && !unwinds { loop.failedTasks.append(self) }
        try super.finish(vm, with: error)
        if unwinds { throw PyError(error) }
    }

    private func errorFields(_ vm: Interpreter, _ error: PyException, cancelled: Bool) -> [(String, JSONValue)] {
        let message = (try? vm.str(.object(error))) ?? ""
        return [("exception", .string(error.type.name)), ("message", .string(message)),
                ("cancelled", .bool(cancelled))]
    }

    private func finishEvent(_ vm: Interpreter, _ loop: PyLoop, _ kind: String,
                             _ fields: [(String, JSONValue)]) throws {
        try loop.emit(vm, kind, task: self, coro: coro, fields: fields + [("name", .string(nameText))])
    }

    private func suspendEvent(_ vm: Interpreter, _ loop: PyLoop, on: JSONValue) throws {
        try loop.emit(vm, "suspend", task: self, coro: coro, fields: repeatedFields(.suspend, "on", on))
    }

    /// The coroutine yielded something other than None: normally a future.
    private func handleYield(_ vm: Interpreter, _ loop: PyLoop, _ yielded: Value) throws {
        let blocking: Bool
        let yieldedLoop: Value
        if case .object(let o) = yielded, let future = o as? PyFuture {
            blocking = future.blocking
            yieldedLoop = future.loop.map { .object($0) } ?? .none
        } else {
            guard let flag = try vm.lookupAttribute(yielded, AsyncioNames.asyncioFutureBlocking),
                  !flag.isNone else {
                if case .object(let o) = yielded, let g = o as? PyGenerator, g.kind == .generator {
                    return try retry(vm, loop, "yield was used instead of yield from for generator in task "
                                     + "\(try vm.repr(.object(self))) with \(try vm.repr(yielded))")
                }
                return try retry(vm, loop, "Task got bad yield: \(try vm.repr(yielded))")
            }
            blocking = try vm.isTruthy(flag)
            if let getLoop = try vm.lookupAttribute(yielded, AsyncioNames.getLoop) {
                yieldedLoop = try vm.call(getLoop, [])
            } else {
                yieldedLoop = try vm.getAttribute(yielded, AsyncioNames.loopName)
            }
        }
        if !yieldedLoop.isIdentical(.object(loop)) {
            return try retry(vm, loop, "Task \(try vm.repr(.object(self))) got Future \(try vm.repr(yielded)) "
                             + "attached to a different loop")
        }
        if !blocking {
            return try retry(vm, loop, "yield was used instead of yield from in task "
                             + "\(try vm.repr(.object(self))) with \(try vm.repr(yielded))")
        }
        if yielded.isIdentical(.object(self)) {
            return try retry(vm, loop, "Task cannot await on itself: \(try vm.repr(.object(self)))")
        }
        try wait(vm, loop, on: yielded)
    }

    /// Sleeps until `awaited` is done: its done callback wakes this task.
    private func wait(_ vm: Interpreter, _ loop: PyLoop, on awaited: Value) throws {
        let future = awaited.object as? PyFuture
        if let future {
            future.blocking = false
        } else {
            try vm.setAttribute(awaited, AsyncioNames.asyncioFutureBlocking, .false)
        }
        if loop.tracing {
            try suspendEvent(vm, loop, on: loop.runtime.describe(vm, awaited))
        }
        if let future {
            try future.addCallback(vm, .wakeup(self))
        } else {
            let wakeup = try vm.getAttribute(.object(self), AsyncioNames.taskWakeup)
            _ = try vm.callMethod(awaited, interned: AsyncioNames.addDoneCallback, [wakeup])
        }
        waiter = awaited
        if mustCancel, try AsyncioRuntime.cancel(vm, awaited, message: cancelMessage) {
            mustCancel = false
        }
    }

    /// The coroutine yielded something unusable: throw a RuntimeError into
    /// it at the next pass.
    private func retry(_ vm: Interpreter, _ loop: PyLoop, _ message: String) throws {
        if loop.tracing { try suspendEvent(vm, loop, on: PyTask.yieldWait) }
        let error = PyError.runtimeError(message).exception
        try loop.callSoon(vm, .step(self, error), task: self)
    }

    /// The awaited future is done: the next step gets its result, or its
    /// exception thrown in.
    func wakeup(_ vm: Interpreter, by future: PyFuture) throws {
        try step(vm, future.outcomeError(vm))
    }

    /// `wakeup` for an awaited object that may not be a core future.
    func wakeup(_ vm: Interpreter, by awaited: Value) throws {
        if case .object(let o) = awaited, let future = o as? PyFuture {
            try step(vm, future.outcomeError(vm))
            return
        }
        var error: PyException?
        do {
            _ = try vm.callMethod(awaited, interned: AsyncioNames.resultName)
        } catch let e as PyError {
            error = e.exception
        }
        try step(vm, error)
    }
}
