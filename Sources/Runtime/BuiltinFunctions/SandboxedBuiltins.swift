/// Builtin functions the sandbox cannot offer, defined so that using them
/// fails with an error naming the builtin (DESIGN.md: never a confusing
/// NameError). Missing builtin *types* (bytearray, memoryview, complex) stay
/// undefined: Lib/_abc_containers.py probes them by NameError.
enum SandboxedBuiltins {
    static let functions: [(String, NativeFunction)] =
        [("input", input), ("open", open)]
        + ["breakpoint", "help"].map { name in
            (name, { _, _ in
                throw PyError(BuiltinTypes.notImplementedError, "\(name)() is not supported in the playground")
            })
        }

    /// `input()`: the playground has no stdin, so this is CPython's
    /// behaviour at end of input.
    static func input(_ vm: Interpreter, _ a: Args) throws -> Value {
        try a.check("input", min: 0, max: 1)
        if let prompt = a.optional(0) { try vm.write(try vm.str(prompt)) }
        throw PyError(BuiltinTypes.eofError, "EOF when reading a line")
    }

    /// `open()`: there is no file system in the sandbox.
    static func open(_ vm: Interpreter, _ a: Args) throws -> Value {
        throw PyError(BuiltinTypes.osError, "open() is not available in the playground (no file access)")
    }
}
