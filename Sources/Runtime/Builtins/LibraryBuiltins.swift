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
        var pieces: [String] = []
        for (i, v) in a.positional.enumerated() {
            if i > 0 { pieces.append(sep) }
            pieces.append(try vm.str(v))
        }
        pieces.append(end)
        let out = pieces.joined()
        if file.isNone {
            // sys.stdout may have been replaced (contextlib.redirect_stdout).
            if let sys = vm.modules["sys"], let current = sys.namespace.getStr("stdout"), !current.isNone {
                file = current
            } else {
                try vm.write(out)
                return .none
            }
        }
        if let stream = file.object as? PyTextStream {
            if stream.isError { vm.stderrSink?(out) } else { try vm.write(out) }
            return .none
        }
        guard let write = try vm.lookupAttribute(file, PyStr("write")) else {
            throw PyError.attributeError("'\(file.type.cTypeName)' object has no attribute 'write'")
        }
        // CPython writes each argument, separator and the end separately.
        for piece in pieces { _ = try vm.call(write, [.str(piece)]) }
        if flush { _ = try vm.callMethod(file, "flush") }
        return .none
    }
}
