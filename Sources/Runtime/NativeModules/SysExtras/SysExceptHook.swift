/// `sys.excepthook` / `sys.__excepthook__`: the default hook writes the
/// exception's traceback to stderr as CPython's does. When a program
/// replaces `sys.excepthook`, an uncaught exception in the main program is
/// handed to the replacement instead (`ProgramRunner`), as CPython does.
enum SysExceptHook {
    static func install(into m: PyModule, _ vm: Interpreter) {
        m.addFunction("excepthook") { vm, a in
            try a.check("excepthook", min: 3, max: 3)
            guard case .object(let o) = a[1], let exc = o as? PyException else {
                vm.stderrSink?("TypeError: print_exception(): Exception expected for value, \(a[1].type.name) found\n")
                return .none
            }
            vm.stderrSink?(formatter(vm).format(exc))
            return .none
        }
        if let hook = m.namespace.getStr("excepthook") { m.add("__excepthook__", hook) }
    }

    static func formatter(_ vm: Interpreter) -> TracebackFormatter {
        let file = vm.modules["__main__"]?.namespace.getStr("__file__")?.stringValue ?? "prog.py"
        return TracebackFormatter(vm: vm, mainFile: file, mainLines: vm.sourceLines[file] ?? [])
    }

    /// Runs a program's own `sys.excepthook` for the uncaught `exc`; nil
    /// when the hook is the default one (the caller prints the traceback),
    /// else what goes to stderr besides the hook's own output: nothing, or
    /// CPython's report of a hook that raised, with the original traceback.
    static func runProgramHook(_ vm: Interpreter, _ exc: PyException, original: String) throws -> String? {
        guard let sys = vm.modules["sys"], let hook = sys.namespace.getStr("excepthook"),
              let initial = sys.namespace.getStr("__excepthook__") else { return nil }
        if case .object(let h) = hook, case .object(let d) = initial, h === d { return nil }
        let value = Value.object(exc)
        let tb = (try? vm.getAttribute(value, "__traceback__")) ?? .none
        do {
            _ = try vm.call(hook, [.object(exc.type), value, tb])
            return ""
        } catch let e as PyError {
            if e.exception.type.isSubtype(of: BuiltinTypes.systemExit) { throw e }
            return "Error in sys.excepthook:\n" + formatter(vm).format(e.exception)
                + "\nOriginal exception was:\n" + original
        }
    }
}
