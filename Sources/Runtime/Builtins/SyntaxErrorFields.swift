/// `SyntaxError`'s fields as CPython 3.11 has them: `SyntaxError(msg,
/// (filename, lineno, offset, text[, end_lineno, end_offset]))` sets `msg`,
/// `filename`, `lineno`, `offset`, `text`, `end_lineno`, `end_offset`
/// (`print_file_and_line` stays None), all writable; `str()` is
/// `msg (file, line N)` with the file's base name. The eight values live in
/// `PyException.payload` as a list, in that order.
enum SyntaxErrorFields {
    static let names = ["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset",
                        "print_file_and_line"]

    static func install() {
        let t = BuiltinTypes.syntaxError
        // Exceptions are built by __new__ (the VM calls a builtin __init__
        // only for keywords), so both fill the fields, as CPython's
        // SyntaxError_init does for `super().__init__(msg, details)`.
        t.defineNew { _, cls, a in
            let e = Interpreter.newException(cls, a.positional)
            try fill(e, a.positional)
            return .object(e)
        }
        t.defineMethod("__init__") { _, a in
            guard let e = a[0].object as? PyException else { return .none }
            if !a.keywords.isEmpty { throw PyError.typeError("\(e.type.name)() takes no keyword arguments") }
            let args = Array(a.positional.dropFirst())
            e.args = args
            try fill(e, args)
            return .none
        }
        for (index, name) in names.enumerated() {
            t.defineProperty(name, get: { _, a in field(a[0], index) }, set: { _, a in
                guard let e = a[0].object as? PyException else { return .none }
                storage(e).items[index] = a[1]
                return .none
            })
        }
        t.defineMethod("__str__") { vm, a in
            guard let e = a[0].object as? PyException else { return .str("") }
            return .str(try vm.exceptionStr(e))
        }
    }

    private static func fill(_ e: PyException, _ args: [Value]) throws {
        var fields = [Value](repeating: .none, count: names.count)
        if let msg = args.first { fields[0] = msg }
        if args.count == 2 {
            guard case .object(let o) = args[1], let info = o as? PyTuple else {
                throw PyError.typeError("'\(args[1].type.cTypeName)' object is not subscriptable")
            }
            guard (4...6).contains(info.items.count) else { throw PyError.indexError("tuple index out of range") }
            for (i, v) in info.items.enumerated() { fields[i + 1] = v }
        }
        e.payload = .object(PyList(fields))
    }

    private static func storage(_ e: PyException) -> PyList {
        if let l = e.payload.object as? PyList, l.items.count == names.count { return l }
        let l = PyList([Value](repeating: .none, count: names.count))
        e.payload = .object(l)
        return l
    }

    private static func field(_ v: Value, _ index: Int) -> Value {
        guard let e = v.object as? PyException, let l = e.payload.object as? PyList, index < l.items.count else {
            return .none
        }
        return l.items[index]
    }

    /// CPython's `SyntaxError_str` (`exceptionStr` uses it once the fields
    /// exist; a SyntaxError the VM raised itself carries a finished message).
    static func str(_ e: PyException, _ vm: Interpreter) throws -> String {
        let msg = try vm.str(field(.object(e), 0))
        let filename = field(.object(e), 1).stringValue.map { String($0.split(separator: "/", omittingEmptySubsequences: false).last ?? "") }
        let lineno = field(.object(e), 2).intValue
        switch (filename, lineno) {
        case let (f?, l?): return "\(msg) (\(f), line \(l))"
        case let (f?, nil): return "\(msg) (\(f))"
        case let (nil, l?): return "\(msg) (line \(l))"
        default: return msg
        }
    }
}
