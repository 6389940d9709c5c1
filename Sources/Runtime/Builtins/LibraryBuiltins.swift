/// Builtins the standard library and programs need beyond the core ones:
/// - `print(..., file=f, flush=b)` honours `file` (sys.stderr goes to the
///   run's stderr, any other object gets `f.write(text)`; the core print
///   always wrote to stdout);
/// - the warning categories the core lacks (`PendingDeprecationWarning`,
///   `SyntaxWarning`, `FutureWarning`, `ImportWarning`, `UnicodeWarning`,
///   `BytesWarning`, `ResourceWarning`, `EncodingWarning`).
enum LibraryBuiltins {
    static let functions: [(String, NativeFunction)] = [("print", print)]

    static let warningTypes: [PyType] = {
        func make(_ name: String) -> PyType {
            PyType(name: name, bases: [BuiltinTypes.warning], builtin: true, layout: .exception, module: "builtins")
        }
        return ["PendingDeprecationWarning", "SyntaxWarning", "FutureWarning", "ImportWarning",
                "UnicodeWarning", "BytesWarning", "ResourceWarning", "EncodingWarning"].map(make)
    }()

    static func print(_ vm: Interpreter, _ a: Args) throws -> Value {
        var sep = " ", end = "\n"
        var file: Value = .none
        var flush = false
        for (k, v) in a.keywords {
            switch k {
            case "sep": if !v.isNone {
                guard let s = v.stringValue else { throw PyError.typeError("sep must be None or a string, not \(v.type.name)") }
                sep = s }
            case "end": if !v.isNone {
                guard let s = v.stringValue else { throw PyError.typeError("end must be None or a string, not \(v.type.name)") }
                end = s }
            case "file": file = v
            case "flush": flush = try vm.isTruthy(v)
            default: throw PyError.typeError("'\(k)' is an invalid keyword argument for print()")
            }
        }
        if file.isNone {
            // sys.stdout may have been replaced (contextlib.redirect_stdout).
            if let sys = vm.modules["sys"], let current = sys.namespace.getStr("stdout"), !current.isNone {
                file = current
            }
        }
        let stream = file.isNone ? nil : file.object as? PyTextStream
        if file.isNone || stream != nil {
            let toStderr = stream?.isError ?? false
            try printText(vm, a.positional, sep: sep, end: end, limitedByOutput: !toStderr) { text in
                if toStderr { vm.stderrSink?(text) } else { try vm.write(text) }
            }
            return .none
        }
        guard let write = try vm.lookupAttribute(file, PyStr("write")) else {
            throw PyError.attributeError("'\(file.type.cTypeName)' object has no attribute 'write'")
        }
        // CPython converts and writes each argument, separator and the end
        // in turn.
        for (i, v) in a.positional.enumerated() {
            try vm.nativeWork()
            if i > 0 { _ = try vm.call(write, [.str(sep)]) }
            _ = try vm.call(write, [.str(try vm.str(v))])
        }
        _ = try vm.call(write, [.str(end)])
        if flush { _ = try vm.callMethod(file, "flush") }
        return .none
    }

    /// Prints to the run's stdout or stderr in one write, as CPython's
    /// buffered stream shows it: the pieces written before an argument's
    /// `__str__` raises still appear. The text grows under the limits: a
    /// stdout text longer than the output left is written at once (the
    /// output limit, not a gigabyte joined first: `print(*range(10**6),
    /// sep='x' * 1000)`), and a long one is charged to the memory limit.
    private static func printText(_ vm: Interpreter, _ items: [Value], sep: String, end: String,
                                  limitedByOutput: Bool, write: (String) throws -> Void) throws {
        var out = ""
        func add(_ piece: String) throws {
            out += piece
            let length = out.utf8.count
            if limitedByOutput, length > vm.limits.outputBytes - vm.outputCount {
                try write(out)
                out = ""
            } else if length >= 1 << 16 {
                try vm.charge(length)
            }
        }
        for (i, v) in items.enumerated() {
            try vm.nativeWork()
            if i > 0 { try add(sep) }
            let text: String
            do { text = try vm.str(v) } catch let error as PyError {
                if !out.isEmpty { try write(out) }
                throw error
            }
            try add(text)
        }
        try add(end)
        try write(out)
    }
}
