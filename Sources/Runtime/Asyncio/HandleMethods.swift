/// The Python-visible methods and attributes of Handle and TimerHandle
/// (Lib/asyncio/events.py is the reference).
enum HandleMethods {
    static func install(_ t: PyType) {
        t.defineNew { vm, _, a in
            let s = try a.bind("Handle", ["callback", "args", "loop", "context"], required: 3)
            let loop = try AsyncioTypes.loop(s[2] ?? .none, "Handle")
            let args = try vm.toArray(s[1] ?? .none)
            return .object(PyHandle(.call(s[0] ?? .none, args), loop: loop, task: nil))
        }
        t.defineMethod("cancel") { vm, a in
            try AsyncioTypes.handle(a[0], "cancel").cancel(vm)
            return .none
        }
        t.defineMethod("cancelled") { _, a in .bool(try AsyncioTypes.handle(a[0], "cancelled").cancelled) }
        t.defineMethod("_run") { vm, a in
            try AsyncioTypes.handle(a[0], "_run").runReportingErrors(vm)
            return .none
        }
        t.defineMethod("__repr__") { vm, a in .str(try AsyncioTypes.handle(a[0], "__repr__").pyRepr(vm)) }
        func handle(_ a: Args) throws -> PyHandle { try AsyncioTypes.handle(a[0], "attribute") }
        t.defineProperty("_callback", get: { vm, a in try handle(a).callbackValue(vm) })
        t.defineProperty("_args", get: { _, a in try handle(a).argsValue })
        t.defineProperty("_cancelled", get: { _, a in .bool(try handle(a).cancelled) })
        t.defineProperty("_loop", get: { _, a in .object(try handle(a).loop) })
        t.defineProperty("_task", get: { _, a in try handle(a).task.map { .object($0) } ?? .none })
    }

    static func installTimer(_ t: PyType) {
        t.defineNew { vm, _, a in
            let s = try a.bind("TimerHandle", ["when", "callback", "args", "loop", "context"], required: 4)
            let loop = try AsyncioTypes.loop(s[3] ?? .none, "TimerHandle")
            let args = try vm.toArray(s[2] ?? .none)
            let when = try vm.toDouble(s[0] ?? .none)
            return .object(PyHandle(.call(s[1] ?? .none, args), loop: loop, task: nil, when: when, given: s[0]))
        }
        t.defineMethod("when") { _, a in try AsyncioTypes.handle(a[0], "when").whenValue }
        func handle(_ a: Args) throws -> PyHandle { try AsyncioTypes.handle(a[0], "attribute") }
        t.defineProperty("_when", get: { _, a in try handle(a).whenValue })
        t.defineProperty("_scheduled", get: { _, a in .bool(try handle(a).scheduled) })
    }
}
