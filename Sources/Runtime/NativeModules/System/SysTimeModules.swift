/// `sys` (the core's module plus `stdout`/`stderr` objects and `argv`);
/// NativeModules/SysExtras completes it. (`time` is Lib/time.py over the
/// native virtual clock in NativeModules/Clock.)
enum SysTimeModules {
    static let modules: [(String, (Interpreter) throws -> PyModule)] = [
        ("sys", makeSys),
    ]

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
        // sys.argv[0] is the program's file name, as `python3 FILE` sets it.
        let program = vm.modules["__main__"]?.namespace.getStr("__file__") ?? .str("prog.py")
        m.add("argv", .object(PyList([program])))
        m.addFunction("exit") { _, a in
            try a.check("exit", min: 0, max: 1)
            // sys.exit(None) raises a SystemExit without arguments, as CPython's.
            throw PyError(BuiltinTypes.systemExit, args: a.count == 1 && !a[0].isNone ? [a[0]] : [])
        }
        return m
    }
}

/// `sys.stdout` / `sys.stderr`: writes go to the program's output (or the
/// diagnostics sink), so they interleave with `print` exactly.
final class PyTextStream: PyObject {
    let isError: Bool
    /// `buffer`, made on first use (NativeModules/SysExtras/SysBinaryStreams.swift).
    var binary: PyObject?
    init(isError: Bool) {
        self.isError = isError
        super.init(type: nil)
    }
    override var exactBuiltinType: PyType { SysTimeModules.streamType }
}
