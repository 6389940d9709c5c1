/// `_interleave_tb`: the native half of Lib/traceback.py. Exceptions carry
/// their traceback as `TracebackEntry`s and `exc.__traceback__` is an opaque
/// `PyTraceback`.
/// - `entries(tb_or_exc)` returns, outermost first as CPython's tb_next
///   chain would yield them, `(filename, lineno, name, end_lineno, colno,
///   end_colno, anchor)` where the columns are UTF-8 byte offsets (None when
///   unknown) and `anchor` is None or `(kind, from, to)` (see `CodeAnchor`:
///   kind 1 is a binary operator, 2 a subscript).
/// - `source_line(filename, lineno)` returns that line of the program's own
///   source (with its newline), or None, like `linecache.getline`.
/// - `library_source(filename)` returns the whole source of the embedded
///   library module whose file name (`<lib>/json/__init__.py`) is given, or
///   None (linecache serves library lines from it).
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
            return .object(PyList(entries.reversed().map(entryTuple)))
        }
        m.addFunction("source_line") { vm, a in
            try a.check("source_line", min: 2, max: 2)
            guard let name = a[0].stringValue, let lines = vm.sourceLines[name] else { return .none }
            let n = try vm.indexInt(a[1])
            // A source ending with a newline splits into a last, empty
            // piece that is no line of the file (linecache has no such line).
            let count = lines.last == "" ? lines.count - 1 : lines.count
            guard n >= 1, n <= count else { return .none }
            return try vm.newStr(lines[n - 1] + "\n")
        }
        m.addFunction("library_source") { vm, a in
            try a.check("library_source", min: 1, max: 1)
            guard let name = a[0].stringValue, name.hasPrefix(libraryPrefix) else { return .none }
            let path = String(name.dropFirst(libraryPrefix.count))
            guard let module = EmbeddedLibrary.modules.values.first(where: { $0.path == path }) else {
                return .none
            }
            return try vm.newStr(module.source)
        }
        return m
    }

    /// The prefix of an embedded library module's file name (LibraryCodeCache).
    static let libraryPrefix = "<lib>/"

    static func entryTuple(_ e: TracebackEntry) -> Value {
        let p = e.position
        let known = p.isKnown
        let anchor: Value = e.anchor.map {
            .object(PyTuple([.int($0.kind.rawValue), .int(Int($0.from)), .int(Int($0.to))]))
        } ?? .none
        return .object(PyTuple([
            .str(e.filename), .int(e.line), .str(e.function),
            known ? .int(Int(p.endLine)) : .none,
            known ? .int(Int(p.column)) : .none,
            known ? .int(Int(p.endColumn)) : .none,
            anchor,
        ]))
    }
}
