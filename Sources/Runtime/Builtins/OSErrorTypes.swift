/// The builtin subclasses of `OSError` (CPython 3.11's hierarchy), plus
/// `TabError` and `UnicodeTranslateError`. Programs raise and catch them
/// (`ConnectionError` in retry loops, `FileNotFoundError`...) even though
/// the sandbox never produces them itself. `EnvironmentError` and `IOError`
/// are aliases of `OSError` (Registry.populate). `OSError(errno, strerror
/// [, filename[, winerror[, filename2]]])` has CPython's attributes and
/// `[Errno N] text: 'file'` str, and `OSError(errno, ...)` builds the
/// subclass for that errno (`OSError(2, 'x')` is a FileNotFoundError).
enum OSErrorTypes {
    private static func make(_ name: String, _ base: PyType) -> PyType {
        PyType(name: name, bases: [base], builtin: true, layout: .exception, module: "builtins")
    }

    static let connectionError = make("ConnectionError", BuiltinTypes.osError)
    /// What the sandbox raises for an operation that would write to the host.
    static let permissionError = make("PermissionError", BuiltinTypes.osError)

    static let types: [PyType] = [
        make("BlockingIOError", BuiltinTypes.osError),
        make("ChildProcessError", BuiltinTypes.osError),
        connectionError,
        make("BrokenPipeError", connectionError),
        make("ConnectionAbortedError", connectionError),
        make("ConnectionRefusedError", connectionError),
        make("ConnectionResetError", connectionError),
        make("FileExistsError", BuiltinTypes.osError),
        make("FileNotFoundError", BuiltinTypes.osError),
        make("InterruptedError", BuiltinTypes.osError),
        make("IsADirectoryError", BuiltinTypes.osError),
        make("NotADirectoryError", BuiltinTypes.osError),
        permissionError,
        make("ProcessLookupError", BuiltinTypes.osError),
        make("TabError", BuiltinTypes.indentationError),
        make("UnicodeTranslateError", BuiltinTypes.unicodeError),
    ]

    /// CPython's errno -> subclass table (Linux numbers).
    static let byErrno: [Int: String] = [
        11: "BlockingIOError", 114: "BlockingIOError", 115: "BlockingIOError", 10: "ChildProcessError",
        32: "BrokenPipeError", 108: "BrokenPipeError", 103: "ConnectionAbortedError",
        111: "ConnectionRefusedError", 104: "ConnectionResetError", 17: "FileExistsError",
        2: "FileNotFoundError", 21: "IsADirectoryError", 20: "NotADirectoryError", 4: "InterruptedError",
        13: "PermissionError", 1: "PermissionError", 3: "ProcessLookupError", 110: "TimeoutError",
    ]

    static func install() {
        let os = BuiltinTypes.osError
        os.defineNew { _, cls, a in
            var type = cls
            if cls === BuiltinTypes.osError, a.count >= 2, a.count <= 5, let n = a[0].intValue,
               let name = byErrno[n] {
                type = name == "TimeoutError" ? BuiltinTypes.timeoutError : (types.first { $0.name == name } ?? cls)
            }
            let e = Interpreter.newException(type, a.positional)
            if a.count >= 3, a.count <= 5 {
                // CPython keeps only (errno, strerror) in `args` when a
                // filename is given; the full fields live in the payload.
                e.payload = .object(PyTuple(a.positional))
                e.args = Array(a.positional.prefix(2))
            }
            return .object(e)
        }
        func field(_ index: Int, _ a: Args) -> Value {
            guard let e = a[0].object as? PyException, let f = fields(e) else { return .none }
            if index == 4 { return f.count == 5 ? f[4] : .none }
            return index < f.count ? f[index] : .none
        }
        os.defineProperty("errno", get: { _, a in field(0, a) })
        os.defineProperty("strerror", get: { _, a in field(1, a) })
        os.defineProperty("filename", get: { _, a in field(2, a) })
        os.defineProperty("filename2", get: { _, a in field(4, a) })
    }

    /// `str(e)` for an OSError with errno and strerror; nil otherwise.
    static func str(_ vm: Interpreter, _ e: PyException) throws -> String? {
        guard let args = fields(e) else { return nil }
        let head = "[Errno \(try vm.str(args[0]))] \(try vm.str(args[1]))"
        if args.count == 5, !args[4].isNone, args.count >= 3, !args[2].isNone {
            return "\(head): \(try vm.repr(args[2])) -> \(try vm.repr(args[4]))"
        }
        if args.count >= 3, !args[2].isNone { return "\(head): \(try vm.repr(args[2]))" }
        return head
    }

    /// (errno, strerror[, filename[, winerror[, filename2]]]) of an OSError
    /// built with them; nil when it was built with other arguments.
    static func fields(_ e: PyException) -> [Value]? {
        if case .object(let o) = e.payload, let t = o as? PyTuple { return t.items }
        return e.args.count == 2 ? e.args : nil
    }
}
