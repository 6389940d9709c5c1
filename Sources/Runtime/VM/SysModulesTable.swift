/// `sys.modules` as a program sees it: one live dict per run.
///
/// DESIGN: the import system keeps its own Swift table (`modules`), which
/// library code and the warm image read by name without hashing Python
/// strings. Most programs never read `sys.modules`; the first read makes the
/// dict from the table, and from then on the dict is the authority for
/// imports, as in CPython: a module the program stores there (a stand-in,
/// a lazily built namespace, any object) is what `import name` gives, and a
/// name it deletes is imported again. Every module imported later is added
/// to both.
extension Interpreter {
    /// The run's `sys.modules` dict, made on first use.
    func sysModules() throws -> PyDict {
        if let d = sysModulesDict { return d }
        let d = PyDict()
        for name in modules.keys.sorted() {
            if let module = modules[name] { try d.set(.str(name), .object(module), self) }
        }
        sysModulesDict = d
        return d
    }

    /// What `sys.modules` holds for `name` once the program has seen it:
    /// `.missing` when the program never read `sys.modules` (the import
    /// table decides), else the entry or `.absent`.
    enum SysModulesEntry {
        case missing
        case absent
        case module(PyModule)
        case other(Value)
    }

    func sysModulesEntry(_ name: String) -> SysModulesEntry {
        guard let d = sysModulesDict else { return .missing }
        guard let v = d.getStr(name) else { return .absent }
        if case .object(let o) = v, let m = o as? PyModule { return .module(m) }
        return .other(v)
    }

    /// Records an imported module in the table and, once it exists, in the
    /// program's `sys.modules`.
    func registerModule(_ name: String, _ module: PyModule) {
        modules[name] = module
        sysModulesDict?.setStr(name, .object(module))
    }

    /// Forgets a module whose import failed.
    func unregisterModule(_ name: String) {
        modules[name] = nil
        _ = sysModulesDict?.removeStr(PyStr(name))
    }
}
