/// The run's virtual clocks (shared/DESIGN.md, "Clocks"), as the native
/// half of the pure-Python `time` module (Lib/_virtual_time.py):
///
/// - `_interleave_clock.elapsed()`: virtual seconds elapsed in the run so
///   far (`Interpreter.virtualElapsed`): every jump of an event loop's
///   clock and every blocking sleep, added in the order they happened;
/// - `_interleave_clock.sleep(s)`: `time.sleep` — blocks: advances the
///   running loop's clock (or, outside a loop, the run's) by `s` seconds
///   without running anything else.
///
/// `time` itself is served from Lib/_virtual_time.py under the name `time`
/// (this registration replaces the older native `time` of
/// NativeModules/System, which had no wall clock, strftime or sleep).
enum VirtualClockModule {
    static let modules: [(String, (Interpreter) throws -> PyModule)] = [
        ("_interleave_clock", make),
        ("time", { vm in
            let m = try vm.importModule("_virtual_time")
            m.namespace.setStr("__name__", .str("time"))
            return m
        }),
    ]

    static func make(_ vm: Interpreter) throws -> PyModule {
        let m = PyModule(name: "_interleave_clock")
        m.addFunction("elapsed") { vm, a in
            try a.check("elapsed", min: 0, max: 0)
            return .float(vm.virtualElapsed)
        }
        m.addFunction("sleep") { vm, a in
            try a.check("sleep", min: 1, max: 1)
            let secs: Double
            switch a[0] {
            case .int(let i): secs = Double(i)
            case .float(let d): secs = d
            case .bool(let b): secs = b ? 1 : 0
            default:
                if a[0].object is PyBigInt { secs = try vm.toDouble(a[0]) } else {
                    throw PyError.typeError("'\(a[0].type.cTypeName)' object cannot be interpreted as an integer")
                }
            }
            if secs.isNaN { throw PyError.valueError("Invalid value NaN (not a number)") }
            if secs < 0 { throw PyError.valueError("sleep length must be non-negative") }
            if let runtime = AsyncioRuntime.of(vm), case .object(let o) = runtime.runningLoop,
               let loop = o as? PyLoop {
                let limit = runtime.observer?.timeLimit ?? vm.limits.virtualSeconds
                if loop.now + secs > limit {
                    throw LimitExceeded(name: "time", value: limit.isFinite ? Int(limit) : 0)
                }
                let previous = loop.now
                loop.now += secs
                vm.virtualElapsed += secs
                try reportBlockingSleep(vm, loop, seconds: secs, from: previous)
            } else {
                if vm.virtualElapsed + secs > vm.limits.virtualSeconds {
                    let limit = vm.limits.virtualSeconds
                    throw LimitExceeded(name: "time", value: limit.isFinite ? Int(limit) : 0)
                }
                vm.virtualElapsed += secs
            }
            return .none
        }
        return m
    }

    /// `time.sleep` inside a running loop froze it: the trace gets a `clock`
    /// event (`blocking`: the seconds) and a `blocking-call` warning at the
    /// program line that slept (DESIGN.md "Clocks").
    static func reportBlockingSleep(_ vm: Interpreter, _ loop: PyLoop, seconds: Double, from previous: Double) throws {
        guard loop.tracing else { return }
        try loop.emit(vm, "clock", task: nil, coro: nil,
                      fields: [("from", .double(previous)), ("blocking", .double(seconds))])
        let line = vm.frameStack.innermost { vm.sourceLines[$0.code.filename] != nil }?.currentLine
        var fields: [(String, JSONValue)] = [
            ("warning", .string("blocking-call")), ("seconds", .double(seconds)),
            ("message", .string("time.sleep(\(FloatRepr.repr(seconds))) blocked the event loop for \(FloatRepr.repr(seconds)) s")),
        ]
        if let line { fields.append(("line", .int(line))) }
        try loop.emit(vm, "warning", task: loop.currentTask, coro: nil, fields: fields)
    }
}
