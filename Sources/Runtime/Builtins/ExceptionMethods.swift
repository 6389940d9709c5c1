/// Attributes and methods of `BaseException` and its builtin subclasses.
enum ExceptionMethods {
    /// `e.__traceback__ = tb` / `e.with_traceback(tb)`: a traceback or None.
    static func setTraceback(_ e: PyException?, _ tb: Value) throws {
        if tb.isNone { e?.traceback = []; return }
        guard let t = tb.object as? PyTraceback else {
            throw PyError.typeError("__traceback__ must be a traceback or None")
        }
        e?.traceback = t.entries
    }

    static func install() {
        func exc(_ a: Args) -> PyException? { a[0].object as? PyException }
        let b = BuiltinTypes.baseException
        b.defineNew { _, cls, a in .object(Interpreter.newException(cls, a.positional)) }
        b.defineMethod("__init__") { _, a in
            if let e = a[0].object as? PyException {
                if !a.keywords.isEmpty { throw PyError.typeError("\(e.type.name)() takes no keyword arguments") }
                e.args = Array(a.positional.dropFirst())
                if e.type.isSubtype(of: BuiltinTypes.stopIteration) { e.payload = e.args.first ?? .none }
            }
            return .none
        }
        b.defineMethod("__str__") { vm, a in
            guard let e = a[0].object as? PyException else { return .str("") }
            return .str(try vm.exceptionStr(e))
        }
        b.defineMethod("__repr__") { vm, a in
            guard let e = a[0].object as? PyException else { return .str("") }
            return .str(try vm.builtinRepr(e))
        }
        b.defineMethod("with_traceback") { _, a in
            try a.check("with_traceback", min: 2, max: 2, skipSelf: 1)
            try setTraceback(exc(a), a[1])
            return a[0]
        }
        b.defineMethod("add_note") { _, a in
            try a.check("add_note", min: 2, max: 2, skipSelf: 1)
            guard let e = a[0].object as? PyException else { return .none }
            guard a[1].asStr != nil else {
                throw PyError.typeError("note must be a str, not '\(a[1].type.cTypeName)'")
            }
            let notes: PyList
            if let existing = e.dict?.getStr("__notes__") {
                guard let n = existing.object as? PyList else {
                    throw PyError.typeError("Cannot add note: __notes__ is not a list")
                }
                notes = n
            } else {
                notes = PyList(); e.dict?.setStr("__notes__", .object(notes))
            }
            notes.items.append(a[1])
            return .none
        }
        b.defineProperty("args", get: { _, a in .object(PyTuple(exc(a)?.args ?? [])) },
                         set: { vm, a in exc(a)?.args = try vm.toArray(a[1]); return .none })
        b.defineProperty("__cause__", get: { _, a in exc(a)?.cause.map { .object($0) } ?? .none },
                         set: { _, a in
                             exc(a)?.cause = a[1].object as? PyException
                             exc(a)?.suppressContext = true
                             return .none })
        b.defineProperty("__context__", get: { _, a in exc(a)?.context.map { .object($0) } ?? .none },
                         set: { _, a in exc(a)?.context = a[1].object as? PyException; return .none })
        b.defineProperty("__suppress_context__", get: { _, a in .bool(exc(a)?.suppressContext ?? false) },
                         set: { vm, a in exc(a)?.suppressContext = try vm.isTruthy(a[1]); return .none })
        b.defineProperty("__traceback__", get: { _, a in
            guard let e = exc(a), !e.traceback.isEmpty else { return .none }
            return .object(PyTraceback(e.traceback))
        }, set: { _, a in try setTraceback(exc(a), a[1]); return .none })
        BuiltinTypes.stopIteration.defineProperty("value", get: { _, a in exc(a)?.payload ?? .none },
                                                  set: { _, a in exc(a)?.payload = a[1]; return .none })
        // `SystemExit.code`: None without args, the arg, or the args tuple.
        BuiltinTypes.systemExit.defineProperty("code", get: { _, a in
            guard let args = exc(a)?.args else { return .none }
            return args.count == 1 ? args[0] : args.isEmpty ? .none : .object(PyTuple(args))
        })
        BuiltinTypes.stopIteration.defineMethod("__init__") { _, a in
            if let e = exc(a) { e.args = Array(a.positional.dropFirst()); e.payload = e.args.first ?? .none }
            return .none
        }
        for t in [BuiltinTypes.keyError] {
            t.defineMethod("__str__") { vm, a in .str(try exc(a).map { try vm.exceptionStr($0) } ?? "") }
        }
        ExceptionNameFields.install()
        SyntaxErrorFields.install()
        ExceptionGroups.install()
    }
}

/// A minimal traceback object (`exc.__traceback__`), enough for truthiness and `tb_lineno`.
public final class PyTraceback: PyObject {
    /// Entries innermost first.
    public let entries: [TracebackEntry]
    init(_ entries: [TracebackEntry]) { self.entries = entries; super.init(type: nil) }
    public override var exactBuiltinType: PyType { TracebackType.type }
}
