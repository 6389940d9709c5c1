/// `_interleave_tb`: the native half of Lib/traceback.py. Exceptions carry
/// their traceback as `TracebackEntry`s (file, function, line) and
/// `exc.__traceback__` is an opaque `PyTraceback`; `entries(tb_or_exc)`
/// returns `[(filename, lineno, name), ...]` outermost first, as CPython's
/// tb_next chain would yield them.
enum TracebackEntriesModule {
    static let modules: [(String, (Interpreter) throws -> PyModule)] = [("_interleave_tb", make)]

    static func make(_ vm: Interpreter) throws -> PyModule {
        let m = PyModule(name: "_interleave_tb")
        m.addFunction("entries") { _, a in
            try a.check("entries", min: 1, max: 1)
            let entries: [TracebackEntry]
            switch a[0].object {
            case let tb as PyTraceback: entries = tb.entries
            case let e as PyException: entries = e.traceback
            default:
                if a[0].isNone { return .object(PyList([])) }
                throw PyError.typeError("entries() expects a traceback or an exception, not \(a[0].type.name)")
            }
            return .object(PyList(entries.reversed().map {
                .object(PyTuple([.str($0.filename), .int($0.line), .str($0.function)]))
            }))
        }
        return m
    }
}
