/// The native core of the event loop: ready queue, timer heap, virtual
/// clock and the pass that runs handles. Lib/asyncio/base_events.py's
/// BaseEventLoop subclasses it (the rest of the loop API stays Python).
///
/// A pass is CPython's BaseEventLoop._run_once: drop cancelled timers at
/// the heap top; if nothing is ready jump the clock to the earliest
/// deadline (where CPython would block in select()); move every due timer,
/// in heap-pop order, behind what is already ready; then run exactly the
/// handles that were ready when the pass began (conformance 034: what they
/// schedule waits for the next pass). Where more than one handle is ready
/// the observer's policy picks which runs next; always the oldest is fifo.
final class PyLoop: PyObject {
    /// CPython compacts the timer heap (re-heapifying it, which changes the
    /// order of equal deadlines) when more than this many timers are
    /// scheduled and more than half of them are cancelled.
    static let minScheduledTimers = 100
    /// time.get_clock_info('monotonic').resolution on Linux: timers due
    /// before now + resolution fire in the current pass.
    static let clockResolution = 1e-09

    let runtime: AsyncioRuntime
    var now = 0.0
    var closed = false
    var stopping = false
    /// `_running`: inside `run_forever` (LoopRunning.swift).
    var running = false
    var ready = ReadyQueue()
    var scheduled = TimerHeap()
    var timerCancelledCount = 0
    /// The task whose step is running (current_task()).
    var currentTask: PyTask?
    /// The handle being run, for trace attribution.
    var runningHandle: PyHandle?
    /// While tracing: tasks that ended with an exception, checked at close()
    /// for "exception never retrieved" warnings.
    var failedTasks: [PyTask] = []
    let tracing: Bool
    /// The runtime's observer, kept here for the hot path.
    let observer: SchedulerObserver?
    /// Whether the loop's class keeps the core's `create_future` and
    /// `create_task` (`createsPlainFutures`), for the class and lookup
    /// version it was computed for.
    struct FactoryCache {
        /// Held so that `typeID` cannot name another class later.
        let type: PyType
        let typeID: UnsafeMutableRawPointer
        let version: Int
        let futures: Bool
        let tasks: Bool
    }
    var factoryCache: FactoryCache?
    /// Handles (not timers) that ran and that nobody else holds, reused by
    /// `scheduleTask` and `callSoon` (a switch then allocates no handle).
    private var spareHandles: [PyHandle] = []
    private static let maxSpareHandles = 64
    /// Finished waiter futures nothing can reach, reused by
    /// `AsyncioRuntime.createFuture` (SpareFutures.swift).
    var spareFutures: [PyFuture] = []
    static let maxSpareFutures = 64

    init(type: PyType, runtime: AsyncioRuntime) {
        self.runtime = runtime
        self.observer = runtime.observer
        self.tracing = runtime.observer?.tracing ?? false
        super.init(type: type, hasDict: !type.isBuiltin)
        runtime.loops.append(self)
    }

    override var exactBuiltinType: PyType { AsyncioTypes.loop }

    /// Drops queued handles and tasks when the run is over.
    func teardown() {
        for handle in ready.handles { handle.task?.teardown() }
        ready.removeAll()
        scheduled.removeAll()
        currentTask = nil
        runningHandle = nil
        factoryCache = nil
        spareHandles.removeAll()
        spareFutures.removeAll()
        for task in failedTasks { task.logTraceback = false }  // reported as trace warnings
        failedTasks.removeAll()
        dict?.removeAll()
    }

    /// The loop a Future binds to: `requested`, else the current event loop.
    static func resolve(_ vm: Interpreter, _ requested: Value?) throws -> PyLoop {
        var value = requested ?? .none
        if value.isNone {
            guard let runtime = AsyncioRuntime.of(vm) else {
                throw PyError.runtimeError("asyncio is not set up")
            }
            value = try vm.call(runtime.getEventLoop, [])
        }
        guard case .object(let o) = value, let loop = o as? PyLoop else {
            throw PyError.typeError("loop must be an asyncio event loop, not '\(value.type.cTypeName)'")
        }
        return loop
    }

    // MARK: scheduling

    /// Queues `action` for the next pass (`call_soon`); a task's step or
    /// wakeup is reported as that task's `wake`.
    @discardableResult
    func callSoon(_ vm: Interpreter, _ action: PyHandle.Action, task: PyTask? = nil) throws -> PyHandle {
        if closed { throw PyError.runtimeError("Event loop is closed") }
        let handle = spareHandles.popLast()?.reuse(action, task: task) ?? PyHandle(action, loop: self, task: task)
        ready.append(handle)
        if let log = vm.installedAccessLog { log.scheduled(handle) }
        if let task, tracing {
            try emit(vm, "wake", task: task, coro: nil, fields: task.repeatedFields(.wake, "by", actor(vm)))
        }
        return handle
    }

    /// `callSoon` for a task's own step or wakeup, when nobody needs the
    /// handle: it is moved into the ready queue (no reference counting
    /// beyond creating it).
    func scheduleTask(_ vm: Interpreter, _ action: PyHandle.Action, task: PyTask) throws {
        if closed { throw PyError.runtimeError("Event loop is closed") }
        let handle = spareHandles.popLast()?.reuse(action, task: task) ?? PyHandle(action, loop: self, task: task)
        if let log = vm.installedAccessLog { log.scheduled(handle) }
        ready.append(handle)
        if tracing {
            try emit(vm, "wake", task: task, coro: nil, fields: task.repeatedFields(.wake, "by", actor(vm)))
        }
    }

    /// Schedules `action` at virtual time `when` (`call_at`).
    func callAt(_ vm: Interpreter, _ when: Double, _ action: PyHandle.Action, given: Value? = nil) throws -> PyHandle {
        if closed { throw PyError.runtimeError("Event loop is closed") }
        let timer = PyHandle(action, loop: self, task: nil, when: when, given: given)
        scheduled.push(timer)
        timer.scheduled = true
        if let log = vm.installedAccessLog { log.scheduled(timer) }
        return timer
    }

    // MARK: running

    /// Runs passes until stop() is called.
    func runUntilStopped(_ vm: Interpreter) throws {
        if let log = vm.installedAccessLog { log.loopStarted() }
        while true {
            try runOnce(vm)
            if stopping { break }
        }
    }

    /// One pass (see the type's comment).
    func runOnce(_ vm: Interpreter) throws {
        // A pass that runs nothing (no handle charges a step) still counts,
        // so a loop that cannot progress stops at the wall limit.
        try vm.nativeWork()
        try finalizeDropped(vm)
        dropCancelledTimers()
        if ready.isEmpty {
            if let first = scheduled.first {
                try advanceClock(vm, to: first.when)
            } else if !stopping {
                _ = try vm.callMethod(.object(self), interned: AsyncioNames.deadlock)
            }
        }
        let endTime = now + PyLoop.clockResolution
        // CPython stops at `when >= end_time`, so a NaN deadline is due at once.
        while let first = scheduled.first, !(first.when >= endTime) {
            _ = scheduled.pop()
            first.scheduled = false
            ready.append(first)
        }
        var left = ready.count
        defer { runningHandle = nil }
        while left > 0 {
            let count = ready.count
            var index = 0
            if count > 1, let observer {
                if let log = vm.installedAccessLog { log.offer(ready, self, vm) }
                index = observer.choose(among: count)
                if index < 0 || index >= count { index = 0 }
            }
            if let log = vm.installedAccessLog {
                log.beginStep(self, ready, index: index)
                vm.accessLog = log.isStepOpen ? log : nil
            }
            guard var handle = ready.remove(at: index) else { break }
            if index < left { left -= 1 }
            if handle.cancelled { continue }
            try vm.chargeStep()
            runningHandle = handle
            if tracing && handle.task == nil { try traceCallback(vm, handle) }
            try handle.runReportingErrors(vm)
            if let log = vm.installedAccessLog {
                log.endStep()
                vm.accessLog = nil
            }
            runningHandle = nil
            if vm.installedAccessLog == nil, isKnownUniquelyReferenced(&handle) { keepSpare(handle) }
            try finalizeDropped(vm)
        }
    }

    /// What the handle that just ran dropped (a finished task nobody holds,
    /// whose unretrieved exception is reported by its `__del__`; objects
    /// with `__del__` or weakref callbacks its frame or exception held)
    /// is finalized now, before the next
    /// handle runs or the clock jumps: CPython frees them as `_run_once`
    /// lets go of the handle, so "Task exception was never retrieved" is
    /// logged at the virtual time the task ended, not at the next timer's.
    private func finalizeDropped(_ vm: Interpreter) throws {
        if !vm.pendingFinalizations.isEmpty { try vm.runPendingFinalizations() }
        if !vm.pendingDelCalls.isEmpty { try vm.runPendingDelCalls() }
        if !vm.pendingWeakCallbacks.isEmpty { try vm.runPendingWeakCallbacks() }
    }

    /// Keeps a handle that just ran for reuse when nothing can tell (see
    /// `PyHandle.isSpareAfterRun`; never under an access log, which knows
    /// handles by identity); what it ran is dropped now, as its
    /// deallocation would have.
    private func keepSpare(_ handle: PyHandle) {
        guard handle.isSpareAfterRun, spareHandles.count < PyLoop.maxSpareHandles else { return }
        handle.clearForReuse()
        spareHandles.append(handle)
    }

    private func dropCancelledTimers() {
        let count = scheduled.count
        if count > PyLoop.minScheduledTimers && Double(timerCancelledCount) / Double(count) > 0.5 {
            var kept: [PyHandle] = []
            kept.reserveCapacity(count - timerCancelledCount)
            for handle in scheduled.items {
                if handle.cancelled { handle.scheduled = false } else { kept.append(handle) }
            }
            scheduled.rebuild(kept)
            timerCancelledCount = 0
            return
        }
        while let first = scheduled.first, first.cancelled {
            timerCancelledCount -= 1
            _ = scheduled.pop()
            first.scheduled = false
        }
    }

    private func advanceClock(_ vm: Interpreter, to when: Double) throws {
        if when <= now || when.isNaN { return }
        let limit: Double
        if let observer {
            limit = observer.timeLimit ?? .infinity
        } else {
            limit = vm.limits.virtualSeconds
        }
        if when > limit {
            throw LimitExceeded(name: "time", value: limit.isFinite ? Int(limit) : 0)
        }
        let previous = now
        vm.virtualElapsed += when - previous
        now = when
        if !(when < when + PyLoop.clockResolution) {
            // Beyond ~190 days now + resolution rounds back to now; step
            // one ulp past the deadline so the timer fires (as the oracle).
            var step = PyLoop.clockResolution
            while when + step == when { step *= 2 }
            now = when + step
        }
        if tracing { try emit(vm, "clock", task: nil, coro: nil, fields: [("from", .double(previous))]) }
    }

    // MARK: trace

    /// Hands one event to the observer, stamped with the virtual time.
    func emit(_ vm: Interpreter, _ kind: String, task: PyTask?, coro: Value?,
              fields: [(String, JSONValue)]) throws {
        try observer?.schedulerEvent(kind, task: task?.id, coro: coro, time: now, fields: fields, vm: vm)
    }

    /// Who is acting right now: a task, a timer or another callback.
    func actor(_ vm: Interpreter) throws -> JSONValue {
        if let task = currentTask { return task.actorJSON }
        guard let handle = runningHandle, handle.action != nil else { return .null }
        let name = try runtime.callbackName(vm, handle)
        if handle.isTimer { return .object([("timer", .string(name)), ("when", .double(handle.when))]) }
        return .object([("callback", .string(name))])
    }

    private func traceCallback(_ vm: Interpreter, _ handle: PyHandle) throws {
        guard case .call(let fn, _)? = handle.action else { return }
        try emit(vm, "callback", task: nil, coro: nil, fields: [
            ("callback", .string(try runtime.callbackName(vm, handle))),
            ("timer", .bool(handle.isTimer)),
            ("internal", .bool(try runtime.isInternal(vm, fn)))])
    }
}
