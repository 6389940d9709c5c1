/// Builtin functions the sandbox cannot offer, defined so that using them
/// fails with an error naming the builtin (DESIGN.md: never a confusing
/// NameError). Missing builtin *types* (bytearray, memoryview, complex) stay
/// undefined: Lib/_abc_containers.py probes them by NameError.
enum SandboxedBuiltins {
    static let functions: [(String, NativeFunction)] =
        [("input", input), ("open", open), ("breakpoint", breakpoint)]
        + ["help"].map { name in
            (name, { _, _ in
                throw PyError(BuiltinTypes.notImplementedError, "\(name)() is not supported in the playground")
            })
        }

    /// `breakpoint(*args, **kws)`: calls `sys.breakpointhook` when the
    /// program has set one, else Lib/pdb.py's `_breakpointhook` (CPython's
    /// default hook: PYTHONBREAKPOINT in `os.environ` names the function,
    /// '0' disables it, unset means `pdb.set_trace`, which in the playground
    /// prints nothing and returns: there is no terminal to debug from).
    static func breakpoint(_ vm: Interpreter, _ a: Args) throws -> Value {
        if let sys = vm.modules["sys"], let hook = sys.namespace.getStr("breakpointhook") {
            return try vm.call(hook, a)
        }
        guard let hook = try vm.importModule("pdb").namespace.getStr("_breakpointhook") else {
            throw PyError(BuiltinTypes.runtimeError, "lost sys.breakpointhook")
        }
        return try vm.call(hook, a)
    }

    /// `input()`: the playground has no stdin, so this is CPython's
    /// behaviour at end of input.
    static func input(_ vm: Interpreter, _ a: Args) throws -> Value {
        try a.check("input", min: 0, max: 1)
        if let prompt = a.optional(0) { try vm.write(try vm.str(prompt)) }
        throw PyError(BuiltinTypes.eofError, "EOF when reading a line")
    }

    /// `open()`: the sandbox's file system is empty and read-only. Reading
    /// fails as CPython does for a missing file (`FileNotFoundError`, so a
    /// program's "no config file, use defaults" path runs); any mode that
    /// writes raises `PermissionError` saying why.
    static func open(_ vm: Interpreter, _ a: Args) throws -> Value {
        let slots = try a.bind("open", ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd",
                                        "opener"], required: 1)
        guard var file = slots[0] else { throw PyError.typeError("open() missing required argument 'file' (pos 1)") }
        // A path is a str, bytes or an os.PathLike (its __fspath__), as
        // CPython's FileIO takes it; an int is a file descriptor, none of
        // which is open here.
        var descriptor = false
        switch file {
        case .int, .bool: descriptor = true
        case .object(let o) where o is PyStr || o is PyBytes: break
        default:
            if file.bigIntValue != nil { descriptor = true; break }
            guard let fspath = try vm.lookupAttribute(file, Names.intern("__fspath__")) else {
                throw PyError.typeError("expected str, bytes or os.PathLike object, not \(file.type.name)")
            }
            let path = try vm.call(fspath, [])
            guard case .object(let p) = path, p is PyStr || p is PyBytes else {
                throw PyError.typeError("expected \(file.type.name).__fspath__() to return str or bytes, "
                                        + "not \(path.type.name)")
            }
            file = path
        }
        var mode = "r"
        if let m = slots[1] {
            guard let text = m.stringValue else {
                throw PyError.typeError("open() argument 'mode' must be str, not \(m.type.name)")
            }
            mode = text
        }
        if mode.contains(where: { "wax+".contains($0) }) {
            throw PyError(OSErrorTypes.permissionError,
                          "open() cannot write files in the playground (its file system is empty and read-only)")
        }
        if descriptor {
            let error = try vm.call(.object(BuiltinTypes.osError), [.int(9), .str("Bad file descriptor")])
            throw PyError(try vm.makeException(error))
        }
        // OSError(2, ...) is CPython's FileNotFoundError with its fields.
        let error = try vm.call(.object(BuiltinTypes.osError), [.int(2), .str("No such file or directory"), file])
        throw PyError(try vm.makeException(error))
    }
}
