import Script

extension Interpreter {
    /// `IMPORT_NAME`: resolves relative names, imports, and returns the
    /// top-level package (plain `import a.b`) or the module itself (`from`).
    func importName(_ name: String, fromlist: Value, level: Int, globals: PyDict) throws -> Value {
        var absName = name
        if level > 0 {
            var pkg = globals.getStr("__package__")?.stringValue ?? ""
            if pkg.isEmpty, let modName = globals.getStr(Names.name)?.stringValue {
                pkg = globals.getStr("__path__") != nil ? modName : String(modName.split(separator: ".").dropLast().joined(separator: "."))
            }
            var parts = pkg.split(separator: ".").map(String.init)
            if level - 1 > parts.count {
                throw PyError(BuiltinTypes.importError, "attempted relative import beyond top-level package")
            }
            parts.removeLast(level - 1)
            if parts.isEmpty { throw PyError(BuiltinTypes.importError, "attempted relative import with no known parent package") }
            absName = (parts + (name.isEmpty ? [] : [name])).joined(separator: ".")
        }
        let plain = fromlist.isNone || ((try? length(fromlist)) ?? 0) == 0
        // Whatever object the program stored in sys.modules is what it imports.
        if case .other(let v) = sysModulesEntry(absName), plain ? !absName.contains(".") : true { return v }
        let m = try importModule(absName)
        if plain {
            if level == 0, let top = absName.split(separator: ".").first {
                let topName = String(top)
                switch sysModulesEntry(topName) {
                case .module(let tm): return .object(tm)
                case .other(let v): return v
                case .missing, .absent: if let tm = modules[topName] { return .object(tm) }
                }
            }
        }
        return .object(m)
    }

    /// Imports a module by absolute dotted name (parents first).
    public func importModule(_ absName: String) throws -> PyModule {
        if let m = try alreadyImported(absName) { return m }
        var parent: PyModule?
        if let dot = absName.lastIndex(of: ".") {
            parent = try importModule(String(absName[..<dot]))
            // The parent's __init__ may have imported this very module.
            if let m = try alreadyImported(absName) { return m }
        }
        let m: PyModule
        if let factory = moduleFactories[absName] ?? Registry.nativeModules[absName] {
            m = try factory(self)
            registerModule(absName, m)
        } else if let lib = EmbeddedLibrary.module(named: absName) {
            let isPackage = lib.isPackage
            m = PyModule(name: absName)
            let ns = m.namespace
            ns.setStr("__package__", .str(isPackage ? absName : String(absName.split(separator: ".").dropLast().joined(separator: "."))))
            if isPackage { ns.setStr("__path__", .object(PyList())) }
            ns.setStr("__file__", .str("<lib>/\(lib.path)"))
            ns.setStr(Names.builtinsName, .object(builtinsModule))
            registerModule(absName, m)
            do {
                let code = try LibraryCodeCache.current.code(for: absName, vm: self) {
                    try compileSource(lib.source, filename: "<lib>/\(lib.path)")
                }
                _ = try runModuleCode(code, ns)
            } catch {
                unregisterModule(absName)
                throw error
            }
        } else {
            var message = "No module named '\(absName)'"
            if let p = parent, p.namespace.getStr("__path__") == nil {
                message += "; '\(p.name)' is not a package"
            }
            let e = PyError(BuiltinTypes.moduleNotFoundError, message)
            e.exception.payload = .str(absName)
            throw e
        }
        if let p = parent, let last = absName.split(separator: ".").last {
            p.namespace.setStr(String(last), .object(m))
        }
        return m
    }

    /// The module already imported as `absName`: the program's
    /// `sys.modules` decides once it has read it (an entry it deleted is
    /// imported again; an entry that is not a module cannot be a parent).
    private func alreadyImported(_ absName: String) throws -> PyModule? {
        switch sysModulesEntry(absName) {
        case .missing: return modules[absName]
        case .absent: return nil
        case .module(let m):
            modules[absName] = m
            return m
        case .other(let v):
            throw PyError(BuiltinTypes.moduleNotFoundError,
                          "No module named '\(absName)'; '\(absName)' is a \(v.type.name), not a module")
        }
    }

    /// Compiles program text into a module code object.
    public func compileSource(_ source: String, filename: String) throws -> CodeObject {
        do {
            let ast = try Parser.parse(source, filename: filename)
            return try Compiler.compile(ast, filename: filename)
        } catch let e as SyntaxError {
            let t: PyType
            switch e.kind {
            case .syntaxError: t = BuiltinTypes.syntaxError
            case .indentationError, .tabError: t = BuiltinTypes.indentationError
            case .notImplementedError: t = BuiltinTypes.notImplementedError
            }
            throw PyError(t, "\(e.message) (\(e.filename), line \(e.line))")
        }
    }

    /// Runs a module body with `ns` as its globals.
    public func runModuleCode(_ code: CodeObject, _ ns: PyDict) throws -> Value {
        let frame = Frame(code: code, globals: ns, localsDict: nil, function: nil)
        switch try execute(frame) {
        case .returned(let v), .yielded(let v): return v
        }
    }

    /// `from m import name`.
    func importFrom(_ m: Value, _ name: String) throws -> Value {
        // A module `__getattr__` raising AttributeError counts as missing
        // (CPython's IMPORT_FROM), so a submodule is still found.
        do {
            if let v = try lookupAttribute(m, PyStr(name)) { return v }
        } catch let e as PyError where e.exception.type.isSubtype(of: BuiltinTypes.attributeError) {}
        if case .object(let o) = m, let mod = o as? PyModule {
            // As CPython's _handle_fromlist: only a missing submodule falls
            // through to the ImportError; anything else its import raised
            // (a limit included) propagates.
            let full = mod.name + "." + name
            do {
                return .object(try importModule(full))
            } catch let e as PyError where e.exception.type.isSubtype(of: BuiltinTypes.moduleNotFoundError)
                                          && e.exception.payload.stringValue == full {}
            let e = PyError(BuiltinTypes.importError, "cannot import name '\(name)' from '\(mod.name)' (unknown location)")
            e.exception.payload = .str(mod.name)  // ImportError.name: the module, as CPython sets it
            throw e
        }
        throw PyError(BuiltinTypes.importError, "cannot import name '\(name)'")
    }

    /// `from m import *`.
    func importStar(_ m: Value, into ns: PyDict) throws {
        guard case .object(let o) = m, let d = o.dict else { return }
        if let all = d.getStr(Names.all) {
            for n in try toArray(all) {
                guard let s = n.asStr else { continue }
                ns.setStr(s, try getAttribute(m, s))
            }
            return
        }
        for (k, v) in d.items {
            if let s = k.asStr, !s.value.hasPrefix("_") { ns.setStr(s, v) }
        }
    }

    /// The `builtins` module object wrapping this interpreter's namespace.
    public var builtinsModule: PyModule {
        if let m = modules["builtins"] { return m }
        let m = PyModule(name: "builtins")
        m.dict = builtins
        modules["builtins"] = m
        return m
    }
}
