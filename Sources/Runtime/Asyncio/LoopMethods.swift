/// The Python-visible methods and attributes of the native loop core that
/// Lib/asyncio/base_events.py's BaseEventLoop subclasses.
enum LoopMethods {
    static func install(_ t: PyType) {
        t.defineNew { vm, cls, _ in
            guard let runtime = AsyncioRuntime.of(vm) else {
                throw PyError.runtimeError("asyncio is not set up")
            }
            return .object(PyLoop(type: cls, runtime: runtime))
        }
        t.defineMethod("__init__") { vm, a in
            let loop = try AsyncioTypes.loop(a[0], "__init__")
            if loop.tracing {
                try loop.emit(vm, "clock", task: nil, coro: nil, fields: [("from", .null), ("reset", .bool(true))])
            }
            return .none
        }
        t.defineMethod("time") { _, a in .float(try AsyncioTypes.loop(a[0], "time").now) }
        t.defineMethod("_call_soon") { vm, a in
            try a.check("_call_soon", min: 4, max: 4, skipSelf: 1)
            let loop = try AsyncioTypes.loop(a[0], "_call_soon")
            let task = a[3].object as? PyTask
            return .object(try loop.callSoon(vm, .call(a[1], try vm.toArray(a[2])), task: task))
        }
        let callSoon: NativeFunction = { vm, a in
            let loop = try AsyncioTypes.loop(a[0], "call_soon")
            let (callback, args) = try callbackArguments(a, from: 1, "call_soon")
            return .object(try loop.callSoon(vm, .call(callback, args)))
        }
        t.defineMethod("call_soon", callSoon)
        t.defineMethod("call_soon_threadsafe", callSoon)
        t.defineMethod("call_later") { vm, a in
            let loop = try AsyncioTypes.loop(a[0], "call_later")
            guard a.count > 1 else { throw PyError.typeError("call_later() missing required argument 'delay'") }
            if a[1].isNone { throw PyError.typeError("delay must not be None") }
            let (callback, args) = try callbackArguments(a, from: 2, "call_later")
            let when = try vm.toDouble(vm.binaryOp(.float(loop.now), a[1], .add))
            return .object(try loop.callAt(vm, when, .call(callback, args)))
        }
        t.defineMethod("call_at") { vm, a in
            let loop = try AsyncioTypes.loop(a[0], "call_at")
            guard a.count > 1 else { throw PyError.typeError("call_at() missing required argument 'when'") }
            if a[1].isNone { throw PyError.typeError("when cannot be None") }
            let (callback, args) = try callbackArguments(a, from: 2, "call_at")
            return .object(try loop.callAt(vm, try vm.toDouble(a[1]), .call(callback, args), given: a[1]))
        }
        t.defineMethod("create_future") { vm, a in
            let loop = try AsyncioTypes.loop(a[0], "create_future")
            return .object(loop.runtime.createFuture(loop))
        }
        t.defineMethod("create_task") { vm, a in
            let s = try a.bind("create_task", ["coro", "name", "context"], required: 1, maxPositional: 1, skipSelf: 1)
            return try AsyncioTypes.loop(a[0], "create_task").createTask(vm, s[0] ?? .none, name: s[1],
                                                                             context: s[2])
        }
        t.defineMethod("stop") { vm, a in
            let loop = try AsyncioTypes.loop(a[0], "stop")
            if let log = vm.accessLog { log.loopStopped(loop) }
            loop.stopping = true
            return .none
        }
        t.defineMethod("_run_once") { vm, a in
            try AsyncioTypes.loop(a[0], "_run_once").runOnce(vm)
            return .none
        }
        t.defineMethod("_run_until_stopped") { vm, a in
            try AsyncioTypes.loop(a[0], "_run_until_stopped").runUntilStopped(vm)
            return .none
        }
        t.defineMethod("_clear_queues") { _, a in
            let loop = try AsyncioTypes.loop(a[0], "_clear_queues")
            loop.ready.removeAll()
            loop.scheduled.removeAll()
            return .none
        }
        installProperties(t)
        LoopRunning.install(t)
    }

    /// `callback, *args, context=None` of call_soon/call_later/call_at.
    private static func callbackArguments(_ a: Args, from index: Int, _ name: String) throws -> (Value, [Value]) {
        for (key, _) in a.keywords where key != "context" {
            throw PyError.typeError("\(name)() got an unexpected keyword argument '\(key)'")
        }
        guard a.count > index else { throw PyError.typeError("\(name)() missing required argument 'callback'") }
        return (a[index], Array(a.positional[(index + 1)...]))
    }

    private static func installProperties(_ t: PyType) {
        func loop(_ a: Args) throws -> PyLoop { try AsyncioTypes.loop(a[0], "attribute") }
        t.defineProperty("_now", get: { _, a in .float(try loop(a).now) })
        t.defineProperty("_ready", get: { _, a in .object(PyList(try loop(a).ready.handles.map { .object($0) })) })
        t.defineProperty("_scheduled", get: { _, a in
            .object(PyList(try loop(a).scheduled.items.map { .object($0) }))
        })
        t.defineProperty("_current_task", get: { _, a in try loop(a).currentTask.map { .object($0) } ?? .none },
                         set: { _, a in try loop(a).currentTask = a[1].object as? PyTask; return .none })
        t.defineProperty("_running_handle", get: { _, a in try loop(a).runningHandle.map { .object($0) } ?? .none })
        t.defineProperty("_stopping", get: { _, a in .bool(try loop(a).stopping) },
                         set: { vm, a in try loop(a).stopping = try vm.isTruthy(a[1]); return .none })
        t.defineProperty("_closed", get: { _, a in .bool(try loop(a).closed) },
                         set: { vm, a in try loop(a).closed = try vm.isTruthy(a[1]); return .none })
        t.defineProperty("_clock_resolution", get: { _, _ in .float(PyLoop.clockResolution) })
        t.defineProperty("_timer_cancelled_count", get: { _, a in .int(try loop(a).timerCancelledCount) })
        t.defineProperty("_failed_tasks", get: { _, a in .object(PyList(try loop(a).failedTasks.map { .object($0) })) },
                         set: { vm, a in
                             try loop(a).failedTasks = try vm.toArray(a[1]).compactMap { $0.object as? PyTask }
                             return .none
                         })
    }
}
