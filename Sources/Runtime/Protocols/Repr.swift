import BigInt

/// Modules that CPython 3.11 (Linux) compiles in (`sys.builtin_module_names`
/// among the ones a program can import here): their repr says `(built-in)`.
private let builtinModuleNames: Set<String> = ["builtins", "sys", "time", "itertools", "_abc", "_collections",
                                               "_functools", "_operator", "_weakref", "_warnings", "_string"]

/// The module global a library module (Lib/) sets to the names of its
/// functions that CPython implements in C (`operator.add`, `heapq.heappush`):
/// they show as `<built-in function add>`, as there.
private let builtinReprNames = PyStr("__builtin_function_names__")

extension Interpreter {
    /// Whether a Python function stands for a C function of CPython's (see
    /// `builtinReprNames`): a module-level function named in its module's list.
    func reprsAsBuiltin(_ f: PyFunction) -> Bool {
        guard f.qualname == f.name, let names = f.globals.getStr(builtinReprNames),
              case .object(let o) = names, let tuple = o as? PyTuple else { return false }
        return tuple.items.contains { $0.stringValue == f.name }
    }

    /// `repr(v)`.
    public func repr(_ v: Value) throws -> String {
        switch v {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return FloatRepr.repr(d)
        case .object(let o):
            if let userCls = o.userClass, let m = userCls.lookupUser(Names.repr) {
                let r = try callOne(m, v)
                guard let s = r.stringValue else {
                    throw PyError.typeError("__repr__ returned non-string (type \(r.type.name))")
                }
                return s
            }
            return try builtinRepr(o)
        }
    }

    /// `str(v)`.
    public func str(_ v: Value) throws -> String {
        switch v {
        case .object(let o):
            if let s = o as? PyStr, o.typeStorage == nil { return s.value }
            if !o.type.isBuiltin {
                if let m = o.type.lookupUser(Names.str) {
                    let r = try call(m, [v])
                    guard let s = r.stringValue else {
                        throw PyError.typeError("__str__ returned non-string (type \(r.type.name))")
                    }
                    return s
                }
                // str and BaseException define __str__ themselves: a
                // subclass's __repr__ does not change its str().
                if !(o is PyStr || o is PyException), let m = o.type.lookupUser(Names.repr) {
                    let r = try call(m, [v])
                    guard let s = r.stringValue else {
                        throw PyError.typeError("__repr__ returned non-string (type \(r.type.name))")
                    }
                    return s
                }
            }
            if let s = o as? PyStr { return s.value }
            if let e = o as? PyException { return try exceptionStr(e) }
            if let p = o as? PyMappingProxy { return try str(p.view(self)) }  // str() of the mapping
            return try builtinRepr(o)
        default:
            return try repr(v)
        }
    }

    /// `str(exc)`: the message part of a traceback's last line.
    public func exceptionStr(_ e: PyException) throws -> String {
        if e.type.isSubtype(of: BuiltinTypes.keyError), e.args.count == 1 { return try repr(e.args[0]) }
        // A group's message and its exceptions, whatever `__init__` made
        // of `args` (a subclass's `__new__` may take more arguments).
        if e.type.isSubtype(of: BuiltinTypes.baseExceptionGroup),
           let msg = e.args.first?.stringValue, case .object(let o) = e.payload, let t = o as? PyTuple {
            let n = t.items.count
            return "\(msg) (\(n) sub-exception\(n == 1 ? "" : "s"))"
        }
        if e.type.isSubtype(of: BuiltinTypes.osError), let text = try OSErrorTypes.str(self, e) { return text }
        if e.type.isSubtype(of: BuiltinTypes.unicodeError), let text = UnicodeErrors.str(e) { return text }
        if e.type.isSubtype(of: BuiltinTypes.syntaxError), e.payload.object is PyList { return try SyntaxErrorFields.str(e, self) }
        switch e.args.count {
        case 0: return ""
        // `e = ValueError(e)` a hundred thousand times, or an exception
        // among its own args: the str of the str, bounded as CPython does.
        case 1: return try withNativeNesting(Interpreter.strNestingMessage) { try str(e.args[0]) }
        default: return try repr(.object(PyTuple(e.args)))
        }
    }

    /// Default `<module.Name object at 0x...>`.
    public func defaultRepr(_ o: PyObject) -> String {
        let t = o.type
        let mod = t.moduleName == "builtins" ? "" : "\(t.moduleName)."
        return "<\(mod)\(t.qualname) object at \(addressString(o))>"
    }

    /// The object's address as CPython prints it (`0x7f...`).
    public func addressString(_ o: PyObject) -> String {
        "0x" + String(identity(of: o), radix: 16).leftPadded(12)
    }

    /// repr of builtin storage classes.
    func builtinRepr(_ o: PyObject) throws -> String {
        switch o {
        case let s as PyStr: return try StringRepr.repr(s.value) { try nativeWorkCheck() }
        case let b as PyBigInt:
            do { return try IntToString.decimal(b.value) } catch let f as PyFailure { throw pyError(from: f) }
        case let l as PyList:
            return try withReprGuard(o, "[...]") { "[" + (try reprItems(l.items)) + "]" }
        case let t as PyTuple:
            if t.items.count == 1 { return try withReprGuard(o, "(...)") { "(" + (try repr(t.items[0])) + ",)" } }
            return try withReprGuard(o, "(...)") { "(" + (try reprItems(t.items)) + ")" }
        case let d as PyDict:
            return try withReprGuard(o, "{...}") {
                "{" + (try d.items.map { try nativeWork(); return "\(try repr($0.0)): \(try repr($0.1))" }
                    .joined(separator: ", ")) + "}"
            }
        case let s as PySet:
            let name = s.type.name
            if s.count == 0 { return "\(name)()" }
            // Frozensets nest (`x = frozenset([x])` in a loop).
            let body = try withNativeNesting(Interpreter.reprNestingMessage) { try reprItems(s.elements) }
            return s.frozen || name != "set" ? "\(name)({\(body)})" : "{\(body)}"
        case let r as PyRange:
            return r.reprText
        case let s as PySlice:
            return try withNativeNesting(Interpreter.reprNestingMessage) {
                "slice(\(try repr(s.start)), \(try repr(s.stop)), \(try repr(s.step)))"
            }
        case let t as PyType:
            if t.isBuiltin && t.moduleName == "builtins" { return "<class '\(t.name)'>" }
            return "<class '\(t.moduleName).\(t.qualname)'>"
        case let f as PyFunction:
            if reprsAsBuiltin(f) { return "<built-in function \(f.name)>" }
            return "<function \(f.qualname) at \(addressString(o))>"
        case let f as PyBuiltinFunction:
            if let s = f.boundSelf {
                if case .object(let m) = s, m is PyModule { return "<built-in function \(f.name)>" }
                return "<built-in method \(f.name) of \(s.type.name) object at \(s.object.map(addressString) ?? "0x0")>"
            }
            if f.isMethod { return "<method '\(f.name)' of '\(f.qualname.split(separator: ".").first ?? "")' objects>" }
            return "<built-in function \(f.name)>"
        case let m as PyBoundMethod:
            let fname: String
            if case .object(let fo) = m.function, let f = fo as? PyFunction { fname = f.qualname } else { fname = "?" }
            return try withNativeNesting(Interpreter.reprNestingMessage) { "<bound method \(fname) of \(try repr(m.receiver))>" }
        case let m as PyModule:
            // CPython names the module by its __name__ and marks the ones
            // compiled into the interpreter; file paths of the others are
            // the host's, so none is shown.
            let name = m.dict?.getStr("__name__")?.stringValue ?? m.name
            return builtinModuleNames.contains(name) ? "<module '\(name)' (built-in)>" : "<module '\(name)'>"
        case let e as PyException:
            let name = e.type.name
            return try withNativeNesting(Interpreter.reprNestingMessage) {
                if e.args.count == 1 { return "\(name)(\(try repr(e.args[0])))" }
                return "\(name)(" + (try e.args.map { try repr($0) }.joined(separator: ", ")) + ")"
            }
        case let s as PySingleton:
            return s.name
        case let g as PyGenerator:
            let kind = g.kind == .generator ? "generator" : (g.kind == .coroutine ? "coroutine" : "async_generator")
            return "<\(kind) object \(g.qualname) at \(addressString(o))>"
        case let c as PyCell:
            return "<cell at \(addressString(o)): \(c.value.map { $0.type.name } ?? "empty")>"
        case is PyProperty:
            return o.userClass == nil ? "<property object at \(addressString(o))>" : defaultRepr(o)
        case let w as PyMethodWrapper:
            return try withNativeNesting(Interpreter.reprNestingMessage) {
                "<\(w.isClassMethod ? "classmethod" : "staticmethod")(\(try repr(w.function)))>"
            }
        default:
            if let r = try (o as? CustomPyRepr)?.pyRepr(self) { return r }
            return defaultRepr(o)
        }
    }

    /// The reprs of `items` joined by ", ", each one native work (a flat
    /// list of millions of ints is as long a walk as a deep one).
    func reprItems(_ items: [Value]) throws -> String {
        try items.map { item in
            try nativeWork()
            return try repr(item)
        }.joined(separator: ", ")
    }

    /// Runs `body` unless `o` is already being repr'd (recursive containers print `[...]`).
    func withReprGuard(_ o: PyObject, _ placeholder: String, _ body: () throws -> String) throws -> String {
        let id = ObjectIdentifier(o)
        if reprActive.contains(id) { return placeholder }
        reprActive.insert(id)
        defer { reprActive.remove(id) }
        return try withNativeNesting(Interpreter.reprNestingMessage, body)
    }

    /// CPython's RecursionError text for a repr nested past the recursion limit.
    static let reprNestingMessage = "maximum recursion depth exceeded while getting the repr of an object"
    /// CPython's RecursionError text for a str nested past the recursion limit.
    static let strNestingMessage = "maximum recursion depth exceeded while getting the str of an object"
}

/// Storage classes defined outside this file can supply their own repr.
public protocol CustomPyRepr {
    /// The repr text.
    func pyRepr(_ vm: Interpreter) throws -> String
}

extension String {
    func leftPadded(_ n: Int) -> String {
        count >= n ? self : String(repeating: "0", count: n - count) + self
    }
}

