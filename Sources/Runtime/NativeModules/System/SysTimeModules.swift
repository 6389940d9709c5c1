/// `sys` (the core's module plus `stdout`/`stderr` objects and `argv`) and a
/// virtual-clock `time`.
enum SysTimeModules {
    static let modules: [(String, (Interpreter) throws -> PyModule)] = [
        ("sys", makeSys), ("time", makeTime),
    ]

    /// Name of the `_interleave` hook a scheduler registers (in
    /// `Interpreter.interleaveHooks`) to expose its virtual clock to `time`.
    static let clockHook = "virtual_time"

    /// The type of `sys.stdout` / `sys.stderr`.
    static let streamType: PyType = {
        let t = PyType(name: "TextIOWrapper", bases: [BuiltinTypes.object], builtin: true, layout: .native,
                       module: "_io")
        t.defineMethod("write") { vm, a in
            try a.check("write", min: 2, max: 2, skipSelf: 1)
            guard let text = a[1].stringValue else {
                throw PyError.typeError("write() argument must be str, not \(a[1].type.name)")
            }
            guard case .object(let o) = a[0], let stream = o as? PyTextStream else { return .none }
            if stream.isError { vm.stderrSink?(text) } else { try vm.write(text) }
            return .int(text.unicodeScalars.count)
        }
        t.defineMethod("flush") { _, _ in .none }
        t.defineMethod("isatty") { _, _ in .false }
        return t
    }()

    static func makeSys(_ vm: Interpreter) throws -> PyModule {
        let m = try CoreModules.makeSys(vm)
        m.add("stdout", .object(PyTextStream(isError: false)))
        m.add("stderr", .object(PyTextStream(isError: true)))
        m.add("argv", .object(PyList([.str("prog.py")])))
        m.addFunction("exit") { _, a in
            try a.check("exit", min: 0, max: 1)
            throw PyError(BuiltinTypes.systemExit, args: a.count == 1 ? [a[0]] : [])
        }
        return m
    }

    static func makeTime(_ vm: Interpreter) throws -> PyModule {
        let m = PyModule(name: "time")
        for name in ["time", "monotonic", "perf_counter"] {
            m.addFunction(name) { vm, a in
                try a.check(name, min: 0, max: 0)
                return .float(try virtualNow(vm))
            }
        }
        m.addFunction("process_time") { _, a in
            try a.check("process_time", min: 0, max: 0)
            return .float(0.0)
        }
        for name in ["time_ns", "monotonic_ns", "perf_counter_ns"] {
            m.addFunction(name) { vm, a in
                try a.check(name, min: 0, max: 0)
                return .integer(BigIntValue((try virtualNow(vm) * 1e9).rounded(.down)))
            }
        }
        m.addFunction("sleep") { _, a in
            try a.check("sleep", min: 1, max: 1)
            throw PyError(BuiltinTypes.notImplementedError,
                          "time.sleep() would block the playground's scheduler; use 'await asyncio.sleep(...)' "
                          + "inside a coroutine instead")
        }
        return m
    }

    /// The run's virtual clock: the scheduler's hook when one is installed,
    /// else the running asyncio loop's `time()` (only if asyncio is already
    /// imported; it is never imported from here), else 0.0 — outside the
    /// event loop time never moves.
    static func virtualNow(_ vm: Interpreter) throws -> Double {
        if let hook = vm.interleaveHooks.first(where: { $0.0 == clockHook })?.1 {
            return try vm.toDouble(try hook(vm, Args()))
        }
        if let events = vm.modules["asyncio.events"],
           let running = events.namespace.getStr("_get_running_loop") {
            let loop = try vm.call(running, [])
            if !loop.isNone { return try vm.toDouble(try vm.callMethod(loop, "time")) }
        }
        return 0.0
    }
}

/// `sys.stdout` / `sys.stderr`: writes go to the program's output (or the
/// diagnostics sink), so they interleave with `print` exactly.
final class PyTextStream: PyObject {
    let isError: Bool
    init(isError: Bool) {
        self.isError = isError
        super.init(type: nil)
    }
    override var exactBuiltinType: PyType { SysTimeModules.streamType }
}
