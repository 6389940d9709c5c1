/// Native modules provided by the core: `_interleave` (hooks the pure-Python
/// library uses) and a small `sys`.
enum CoreModules {
    static let modules: [(String, (Interpreter) throws -> PyModule)] = [
        ("_interleave", makeInterleave),
        ("sys", makeSys),
        ("builtins", { vm in vm.builtinsModule }),
    ]

    static func makeInterleave(_ vm: Interpreter) throws -> PyModule {
        let m = PyModule(name: "_interleave")
        m.addFunction("mark_iterable_coroutine") { _, a in
            try a.check("mark_iterable_coroutine", min: 1, max: 1)
            if case .object(let o) = a[0], let f = o as? PyFunction { f.code.isIterableCoroutineFlag = true }
            return a[0]
        }
        m.addFunction("stderr") { vm, a in
            vm.stderrSink?(a.count > 0 ? (a[0].stringValue ?? "") : "")
            return .none
        }
        m.addFunction("deadlock") { _, a in
            throw DeadlockDetected(graph: a.count > 0 ? a[0] : .none)
        }
        m.addFunction("limit") { vm, a in
            let name = a.count > 0 ? (a[0].stringValue ?? "limit") : "limit"
            let value = a.count > 1 ? (a[1].intValue ?? Int((try? vm.toDouble(a[1])) ?? 0)) : 0
            throw LimitExceeded(name: name, value: value)
        }
        m.addFunction("time_limit") { vm, _ in .float(vm.limits.virtualSeconds) }
        m.addFunction("set_asyncgen_hooks") { vm, a in
            let s = try a.bind("set_asyncgen_hooks", ["firstiter", "finalizer"], required: 0)
            if let f = s[0] { vm.asyncgenFirstIter = f.isNone ? nil : f }
            if let f = s[1] { vm.asyncgenFinalizer = f.isNone ? nil : f }
            return .none
        }
        m.addFunction("WeakSet") { _, _ in .object(PyWeakObjectSet()) }
        // c_type_name(cls) -> cls: `cls` stands for a type CPython implements
        // in C, so error messages name it with its module
        // (`'datetime.datetime' object is not callable`).
        m.addFunction("c_type_name") { _, a in
            try a.check("c_type_name", min: 1, max: 1)
            guard case .object(let o) = a[0], let t = o as? PyType, !t.isBuiltin else {
                throw PyError.typeError("c_type_name() expects a class defined in Python")
            }
            t.namedWithModule = true
            return a[0]
        }
        // install_module(name, module): `import name` now finds `module`
        // (os installs posixpath as os.path, as CPython's os does).
        m.addFunction("install_module") { vm, a in
            try a.check("install_module", min: 2, max: 2)
            guard let name = a[0].stringValue, case .object(let o) = a[1], let module = o as? PyModule else {
                throw PyError.typeError("install_module(name, module) expects a str and a module")
            }
            vm.registerModule(name, module)
            return .none
        }
        m.addFunction("get_asyncgen_hooks") { vm, _ in
            .object(PyTuple([vm.asyncgenFirstIter ?? .none, vm.asyncgenFinalizer ?? .none]))
        }
        for (name, fn) in vm.interleaveHooks { m.addFunction(name, fn) }
        return m
    }

    static func makeSys(_ vm: Interpreter) throws -> PyModule {
        let m = PyModule(name: "sys")
        m.add("maxsize", .int(Int.max))
        m.add("version_info", .object(PyTuple([.int(3), .int(11), .int(7), .str("final"), .int(0)])))
        m.add("version", .str("3.11.7 (interleave)"))
        m.add("platform", .str("linux"))  // the oracle CPython programs are compared with
        m.add("byteorder", .str("little"))
        // The program's recursion limit (Interpreter.recursionLimit): a
        // call past it raises RecursionError, unless the sandbox's depth
        // limit is lower (then that named limit ends the run).
        m.addFunction("getrecursionlimit") { vm, a in
            try a.check("getrecursionlimit", min: 0, max: 0)
            return .int(vm.recursionLimit)
        }
        m.addFunction("setrecursionlimit") { vm, a in
            try a.check("setrecursionlimit", min: 1, max: 1)
            if case .float = a[0] { throw PyError.typeError("'float' object cannot be interpreted as an integer") }
            let n = try vm.indexInt(a[0])
            if n < 1 { throw PyError.valueError("recursion limit must be greater or equal than 1") }
            // CPython counts this builtin's own call in the depth.
            let current = vm.depth + 1
            if n <= current {
                throw PyError(BuiltinTypes.recursionError,
                              "cannot set the recursion limit to \(n) at the recursion depth \(current): the limit is too low")
            }
            vm.recursionLimit = n
            return .none
        }
        m.addFunction("exc_info") { vm, _ in
            guard let e = vm.handledExceptions.last else { return .object(PyTuple([.none, .none, .none])) }
            let tb: Value = e.traceback.isEmpty ? .none : .object(PyTraceback(e.traceback))
            return .object(PyTuple([.object(e.type), .object(e), tb]))
        }
        m.addFunction("exception") { vm, _ in vm.handledExceptions.last.map { .object($0) } ?? .none }
        return m
    }
}
